/**
 * CallerDirectory on CloudBase: the openid's role bindings and resident registration become domain actors.
 *
 * Database requests: 2 (roleBindings by openid, residents by openid), plus 1 per unit-staff or official binding
 * to read the person document for the fields actors carry (unit, deputy link, name).
 */
import type { Official, Resident, RoleBinding, UnitStaff, Deputy } from '../../domain/directory';
import type { Actor } from '../../domain/opinion/commands';
import type { Caller, CallerDirectory } from '../../app/shared/caller';
import type { WxDatabase } from './sdk';

async function byId<T>(db: WxDatabase, collection: string, id: string): Promise<T | null> {
  const res = await db.collection(collection).where({ _id: id }).limit(1).get();
  return (res.data[0] as T | undefined) ?? null;
}

export class CloudbaseCallerDirectory implements CallerDirectory {
  constructor(private readonly db: WxDatabase) {}

  async resolve(openid: string): Promise<Caller> {
    const [bindings, residents] = await Promise.all([
      this.db.collection('roleBindings').where({ openid }).limit(20).get(),
      this.db.collection('residents').where({ openid }).limit(1).get(),
    ]);
    const actors: Actor[] = [];
    for (const raw of bindings.data) {
      const binding = raw as unknown as RoleBinding;
      if (binding.revokedAt) continue;
      actors.push(await this.actorOf(binding));
    }
    const resident = residents.data[0] as unknown as Resident | undefined;
    if (resident) {
      actors.push({ role: 'resident', id: resident._id, townshipId: resident.townshipId, name: resident.displayName });
    }
    return { openid, actors };
  }

  private async actorOf(binding: RoleBinding): Promise<Actor> {
    const base: Actor = { role: binding.role, id: binding.refId, townshipId: binding.townshipId };
    switch (binding.role) {
      case 'unitHandler':
      case 'unitLeader': {
        const staff = await byId<UnitStaff>(this.db, 'unitStaff', binding.refId);
        return staff ? { ...base, unitId: staff.unitId, name: staff.name } : base;
      }
      case 'deputy': {
        const deputy = await byId<Deputy>(this.db, 'deputies', binding.refId);
        return deputy ? { ...base, deputyId: deputy._id, stationId: deputy.stationId, name: deputy.name } : base;
      }
      case 'staff':
      case 'chair':
      case 'viceChair':
      case 'presidiumMember': {
        const official = await byId<Official>(this.db, 'officials', binding.refId);
        if (!official) return base;
        return official.deputyId
          ? { ...base, deputyId: official.deputyId, name: official.name }
          : { ...base, name: official.name };
      }
      default:
        return base;
    }
  }
}
