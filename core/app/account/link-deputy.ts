/**
 * account.linkDeputy / linkDeputyByScene: a resident chooses (or changes) the deputy their opinions go to, from
 * the station's list or by opening the deputy's 代表码. Items already submitted stay with their deputy.
 *
 * Database requests: 1 (resident) + 1 (deputy, or deputy by scene) + 1 (station, by scene only) + transaction
 * (start, request log, resident, write, log row, commit).
 */
import type { DeputyCard } from '../../contracts/views';
import type { Deputy, Resident } from '../../domain/directory';
import { DomainError } from '../../domain/errors';
import type { CommandContext } from '../shared/dispatcher';
import { toDeputyCard } from './deputy-card';

async function link(ctx: CommandContext, deputy: Deputy | null): Promise<string> {
  const { ports, caller } = ctx;
  const actor = ctx.actor;
  if (!actor) throw new DomainError('AUTH.NOT_REGISTERED');
  if (!deputy || !deputy.active || deputy.townshipId !== actor.townshipId)
    throw new DomainError('DIRECTORY.NOT_FOUND', '未找到该代表');
  const resident = await ports.directory.findResidentByOpenid(caller.openid);
  if (!resident) throw new DomainError('AUTH.NOT_REGISTERED');
  await ports.transactor.run(ctx.requestKey, async (tx) => {
    const current = await tx.get<Resident>('residents', resident._id);
    if (!current) throw new DomainError('AUTH.NOT_REGISTERED');
    return {
      writes: [{ kind: 'update', collection: 'residents', id: resident._id, patch: { linkedDeputyId: deputy._id } }],
      result: { linkedDeputyId: deputy._id },
    };
  });
  return deputy._id;
}

export async function linkDeputy(
  ctx: CommandContext,
  input: { deputyId: string },
): Promise<{ linkedDeputyId: string }> {
  const townshipId = ctx.actor?.townshipId ?? '';
  const deputy = await ctx.ports.directory.findDeputy(townshipId, input.deputyId);
  return { linkedDeputyId: await link(ctx, deputy) };
}

export async function linkDeputyByScene(
  ctx: CommandContext,
  input: { scene: string },
): Promise<{ linkedDeputyId: string; deputy: DeputyCard }> {
  const townshipId = ctx.actor?.townshipId ?? '';
  const deputy = await ctx.ports.directory.findDeputyByScene(townshipId, input.scene);
  const linkedDeputyId = await link(ctx, deputy);
  const station = await ctx.ports.directory.findStation(townshipId, deputy!.stationId);
  return { linkedDeputyId, deputy: toDeputyCard(deputy!, station) };
}
