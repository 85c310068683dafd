/**
 * Chinese names of the roles, as people read them on screen.
 *
 * Guarantees: one label per role code of core/domain/roles.ts; the `Record<Role, string>` type makes a role added
 * on the server without a label here a compile error rather than a blank chip.
 */
import type { Role } from '../../core/domain/roles';

export const ROLE_LABELS: Readonly<Record<Role, string>> = {
  resident: '群众',
  deputy: '人大代表',
  stationClerk: '联络员',
  stationHead: '站长',
  groupLeader: '代表小组组长',
  staff: '人大专干',
  presidiumMember: '主席团成员',
  chair: '人大主席',
  viceChair: '人大副主席',
  unitHandler: '承办人',
  unitLeader: '承办单位负责人',
  leaderInCharge: '分管领导',
  viewer: '查阅',
  system: '系统',
};

export function roleLabel(role: string): string {
  return (ROLE_LABELS as Readonly<Record<string, string>>)[role] ?? role;
}
