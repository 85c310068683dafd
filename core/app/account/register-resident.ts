/**
 * account.registerResident: a visitor becomes a resident by choosing their village or community (and, optionally,
 * a deputy). The openid comes from the platform context only. Registering again updates the village, the name
 * and (when given) the linked deputy: one resident document per openid, always.
 *
 * Database requests: 1 (existing resident) + 1 (village) + 0–1 (deputy) + transaction (start, request log,
 * resident, write, log row, commit) + 2–4 (whoami after).
 */
import type { WhoAmIView } from '../../contracts/account-extra';
import type { Resident } from '../../domain/directory';
import { DomainError } from '../../domain/errors';
import type { CommandContext } from '../shared/dispatcher';
import { whoami } from './whoami';

const OPENID = /^[A-Za-z0-9_-]{1,64}$/;

export interface RegisterResidentInput {
  displayName: string;
  villageId: string;
  linkedDeputyId?: string | undefined;
}

export async function registerResident(ctx: CommandContext, input: RegisterResidentInput): Promise<WhoAmIView> {
  const { ports, caller, now } = ctx;
  const openid = caller.openid;
  if (!OPENID.test(openid)) throw new DomainError('AUTH.NOT_REGISTERED');
  const existing = await ports.directory.findResidentByOpenid(openid);
  const townshipId =
    existing?.townshipId ?? caller.actors[0]?.townshipId ?? (await ports.directory.defaultTownshipId());
  if (!townshipId) throw new DomainError('DIRECTORY.NOT_FOUND');
  const village = await ports.directory.findVillage(townshipId, input.villageId);
  if (!village) throw new DomainError('DIRECTORY.NOT_FOUND', '未找到该村(社区)');
  if (input.linkedDeputyId) {
    const deputy = await ports.directory.findDeputy(townshipId, input.linkedDeputyId);
    if (!deputy || !deputy.active) throw new DomainError('DIRECTORY.NOT_FOUND', '未找到该代表');
  }
  const id = existing?._id ?? `r-${openid}`;
  await ports.transactor.run(ctx.requestKey, async (tx) => {
    const current = await tx.get<Resident>('residents', id);
    const doc: Resident = {
      _id: id,
      townshipId,
      openid,
      displayName: input.displayName,
      villageId: village._id,
      linkedDeputyId: input.linkedDeputyId ?? current?.linkedDeputyId ?? null,
      registeredAt: current?.registeredAt ?? now,
    };
    if (current?.phone) doc.phone = current.phone;
    return {
      writes: [{ kind: 'set', collection: 'residents', id, doc: doc as unknown as Record<string, unknown> }],
      result: { residentId: id },
    };
  });
  return whoami(ports, await ports.callers.resolve(openid));
}
