/**
 * Account services: who the caller is, registration, villages and deputies to choose from, linking a deputy.
 *
 * Guarantees: pages get view models, never raw server records; the role-to-workspace mapping lives here so a
 * page only renders what it receives.
 */
import type { SubscriptionTemplateView } from '../../core/contracts/pickers';
import type { DeputyCard, VillageOption } from '../../core/contracts/views';
import type { Role } from '../../core/domain/roles';
import { DEPUTY_LEVEL_LABELS } from '../utils/labels';
import { roleLabel } from '../utils/role-labels';
import { mapResult, mutate, query } from './api';
import type { CallResult } from './call';
import type { WhoamiData } from './wire';

export interface RoleView {
  code: Role;
  label: string;
  /** Page that opens this role's workspace, or '' when the role has none yet. */
  home: string;
}

export interface DeputyCardView {
  deputyId: string;
  name: string;
  levelLabel: string;
  stationName: string;
  intro: string;
  /** As the server gives it (masked for residents). */
  phone: string;
}

export interface AccountView {
  roles: RoleView[];
  /** True when the caller holds no role besides resident. */
  residentOnly: boolean;
  registered: boolean;
  isResident: boolean;
  displayName: string;
  villageId: string;
  linkedDeputy?: DeputyCardView;
}

const DEPUTY_HOME = '/packages/deputy/pages/home/index';
const PRESIDIUM_HOME = '/packages/presidium/pages/home/index';
const UNIT_HOME = '/packages/unit/pages/home/index';
export const RESIDENT_HOME = '/pages/home/index';

const ROLE_HOMES: Readonly<Record<Role, string>> = {
  resident: RESIDENT_HOME,
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

export function toDeputyCardView(card: DeputyCard): DeputyCardView {
  return {
    deputyId: card.deputyId,
    name: card.name,
    levelLabel: DEPUTY_LEVEL_LABELS[card.deputyLevel] ?? '',
    stationName: card.stationName,
    intro: card.intro ?? '',
    phone: card.phone ?? '',
  };
}

export function toAccountView(data: WhoamiData): AccountView {
  const seen = new Set<Role>();
  const roles: RoleView[] = [];
  for (const r of data.roles) {
    if (seen.has(r.role)) continue;
    seen.add(r.role);
    roles.push({ code: r.role, label: roleLabel(r.role), home: ROLE_HOMES[r.role] ?? '' });
  }
  if (roles.length === 0) roles.push({ code: 'resident', label: roleLabel('resident'), home: RESIDENT_HOME });
  const view: AccountView = {
    roles,
    residentOnly: roles.every((r) => r.code === 'resident'),
    registered: data.registered,
    isResident: data.resident !== undefined,
    displayName: data.resident?.displayName ?? '',
    villageId: data.resident?.villageId ?? '',
  };
  if (data.linkedDeputy) view.linkedDeputy = toDeputyCardView(data.linkedDeputy);
  return view;
}

export async function whoami(): Promise<CallResult<AccountView>> {
  return mapResult(await query('account', 'whoami', {}), toAccountView);
}

export async function listVillages(): Promise<CallResult<VillageOption[]>> {
  return mapResult(await query('account', 'listVillages', {}), (d) => d.villages);
}

export async function listDeputies(filter: {
  villageId?: string;
  stationId?: string;
}): Promise<CallResult<DeputyCardView[]>> {
  return mapResult(await query('account', 'listDeputies', filter), (d) => d.deputies.map(toDeputyCardView));
}

/** A QR code's scene: one deputy, or a station's deputies to choose from. */
export async function resolveScene(scene: string): Promise<CallResult<DeputyCardView[]>> {
  return mapResult(await query('account', 'resolveScene', { scene }), (d) =>
    d.kind === 'deputy' ? [toDeputyCardView(d.deputy)] : d.deputies.map(toDeputyCardView),
  );
}

export async function registerResident(input: {
  displayName: string;
  villageId: string;
  linkedDeputyId?: string;
}): Promise<CallResult<AccountView>> {
  return mapResult(await mutate('account', 'registerResident', input), toAccountView);
}

export async function linkDeputy(deputyId: string): Promise<CallResult<{ linkedDeputyId: string }>> {
  return mutate('account', 'linkDeputy', { deputyId }, `account.linkDeputy:${deputyId}`);
}

export async function bindRole(inviteCode: string): Promise<CallResult<{ roleLabel: string; name: string }>> {
  return mapResult(await mutate('account', 'bindRole', { inviteCode }), (d) => ({
    roleLabel: roleLabel(d.role),
    name: d.name,
  }));
}

export async function recordSubscriptions(
  templateKeys: string[],
): Promise<CallResult<{ credits: Record<string, number> }>> {
  return mutate('account', 'recordSubscriptions', { templateKeys });
}

/** The township's opinion categories (its settings), for the submit and entry forms. */
export async function listCategories(): Promise<CallResult<string[]>> {
  return mapResult(await query('account', 'listCategories', {}), (d) => d.categories);
}

/** Template key → WeChat template id for every template the township configured. */
export async function subscriptionTemplates(): Promise<CallResult<SubscriptionTemplateView[]>> {
  return mapResult(await query('account', 'subscriptionTemplates', {}), (d) => d.templates);
}
