/**
 * Account services: who the caller is and what they may open.
 *
 * Guarantees: pages get view models, never raw server records; the role-to-workspace mapping lives here so a
 * page only renders what it receives.
 */
import type { Role } from '../../core/domain/roles';
import { roleLabel } from '../utils/role-labels';
import { callFunction, type CallResult } from './call';
import type { WhoamiData } from './wire';

export interface RoleView {
  code: Role;
  label: string;
  /** Page that opens this role's workspace, or '' when the role has none yet. */
  home: string;
}

export interface AccountView {
  roles: RoleView[];
  /** True when the caller holds no role besides resident. */
  residentOnly: boolean;
}

const DEPUTY_HOME = '/packages/deputy/pages/home/index';
const PRESIDIUM_HOME = '/packages/presidium/pages/home/index';
const UNIT_HOME = '/packages/unit/pages/home/index';

const ROLE_HOMES: Readonly<Record<Role, string>> = {
  resident: '',
  deputy: DEPUTY_HOME,
  stationClerk: DEPUTY_HOME,
  stationHead: DEPUTY_HOME,
  groupLeader: DEPUTY_HOME,
  staff: PRESIDIUM_HOME,
  presidiumMember: PRESIDIUM_HOME,
  chair: PRESIDIUM_HOME,
  viceChair: PRESIDIUM_HOME,
  viewer: PRESIDIUM_HOME,
  unitHandler: UNIT_HOME,
  unitLeader: UNIT_HOME,
  leaderInCharge: UNIT_HOME,
  system: '',
};

export function toAccountView(data: WhoamiData): AccountView {
  const codes = data.roles.length > 0 ? data.roles : (['resident'] as Role[]);
  const roles = codes.map((code) => ({ code, label: roleLabel(code), home: ROLE_HOMES[code] ?? '' }));
  return { roles, residentOnly: roles.every((r) => r.code === 'resident') };
}

export async function whoami(): Promise<CallResult<AccountView>> {
  const result = await callFunction<WhoamiData>('account', 'whoami', {});
  return result.ok ? { ok: true, data: toAccountView(result.data) } : result;
}
