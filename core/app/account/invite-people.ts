/**
 * Which directory document an invitable role binds to, and the person's name for invite views.
 * deputy, stationClerk, stationHead → deputies (station staff are deputies of the station in the directory);
 * presidium roles and viewer → officials; unit roles → unitStaff.
 */
import type { Invite } from '../../domain/directory';
import type { InvitableRole } from '../../domain/roles';
import type { InviteView } from '../../contracts/presidium';
import { inviteState } from '../../domain/directory';
import type { AppPorts } from '../shared/ports';

type PersonKind = 'deputy' | 'official' | 'unitStaff';

export function personKindOf(role: InvitableRole): PersonKind {
  switch (role) {
    case 'deputy':
    case 'stationClerk':
    case 'stationHead':
      return 'deputy';
    case 'unitHandler':
    case 'unitLeader':
      return 'unitStaff';
    default:
      return 'official';
  }
}

/** Names of the people the invites bind to. Database requests: up to 3 (one per person kind present). */
export async function personNames(
  ports: AppPorts,
  townshipId: string,
  refs: readonly { role: InvitableRole; refId: string }[],
): Promise<Map<string, string>> {
  const ids = (kind: PersonKind) => refs.filter((r) => personKindOf(r.role) === kind).map((r) => r.refId);
  const [deputies, officials, staff] = await Promise.all([
    ports.directory.findDeputies(townshipId, ids('deputy')),
    ports.directory.findOfficials(townshipId, ids('official')),
    ports.directory.findUnitStaff(townshipId, ids('unitStaff')),
  ]);
  return new Map([...deputies, ...officials, ...staff].map((p) => [p._id, p.name]));
}

export function toInviteView(invite: Invite, personName: string, now: Date): InviteView {
  return {
    code: invite.code,
    role: invite.role,
    refId: invite.refId,
    personName,
    expiresAt: new Date(invite.expiresAt).toISOString(),
    state: inviteState(invite, now),
  };
}
