/**
 * account.whoami: who the caller is (roles from the OPENID bindings), what they may see (tabs), their resident
 * profile and linked deputy. Open to visitors, who get `registered: false` and the resident tab (to register).
 *
 * Database requests: 2 (caller: bindings, residents — done by the dispatcher) + 1 per staff binding (dispatcher)
 * + 1 (resident profile) + 2 when linked (deputy, station).
 */
import type { WhoAmIView } from '../../contracts/account-extra';
import type { RoleView } from '../../contracts/views';
import type { Caller } from '../shared/caller';
import type { AppPorts } from '../shared/ports';
import { ROLE_LABELS, isPresidiumRole, isUnitRole } from '../../domain/roles';
import { toDeputyCard } from './deputy-card';

type Tab = WhoAmIView['tabs'][number];

export function tabsFor(caller: Caller): Tab[] {
  const tabs = new Set<Tab>();
  for (const actor of caller.actors) {
    if (actor.role === 'resident') tabs.add('resident');
    else if (actor.role === 'deputy' || actor.role === 'stationClerk' || actor.role === 'stationHead')
      tabs.add('deputy');
    else if (isPresidiumRole(actor.role) || actor.role === 'viewer') tabs.add('presidium');
    else if (isUnitRole(actor.role)) tabs.add('unit');
  }
  // Everyone can be a resident: a visitor sees the resident tab, which leads to registration.
  if (!tabs.has('resident') && tabs.size === 0) tabs.add('resident');
  const order: Tab[] = ['resident', 'deputy', 'presidium', 'unit'];
  return order.filter((t) => tabs.has(t));
}

export async function whoami(ports: AppPorts, caller: Caller): Promise<WhoAmIView> {
  const roles: RoleView[] = caller.actors.map((a) => ({
    role: a.role,
    refId: a.id,
    name: a.name ?? '',
    detail: ROLE_LABELS[a.role],
  }));
  const view: WhoAmIView = { registered: caller.actors.length > 0, roles, tabs: tabsFor(caller) };
  const townshipId = caller.actors[0]?.townshipId;
  if (townshipId) view.townshipId = townshipId;
  if (!caller.actors.some((a) => a.role === 'resident')) return view;
  const resident = await ports.directory.findResidentByOpenid(caller.openid);
  if (!resident) return view;
  view.resident = {
    residentId: resident._id,
    displayName: resident.displayName,
    villageId: resident.villageId,
    linkedDeputyId: resident.linkedDeputyId,
  };
  if (resident.linkedDeputyId) {
    const deputy = await ports.directory.findDeputy(resident.townshipId, resident.linkedDeputyId);
    if (deputy)
      view.linkedDeputy = toDeputyCard(
        deputy,
        await ports.directory.findStation(resident.townshipId, deputy.stationId),
      );
  }
  return view;
}
