/**
 * deputy.myRecord: the item part of the deputy's duty record (一人一档): items received, answered on the spot,
 * referred to the village, forwarded, and the mean time to triage. Counted in the database (a count and one
 * aggregate over indexed fields), never by reading the items.
 * Database requests: 2 (items count, itemEvents aggregate).
 */
import type { DeputyRecordView } from '../../contracts/deputy-extra';
import type { Actor } from '../../domain/opinion/commands';
import type { CommandContext } from '../shared/dispatcher';
import { deputyIdFor } from './deputy-actor';

export function myRecord(ctx: CommandContext): Promise<DeputyRecordView> {
  const actor = ctx.actor as Actor;
  return ctx.ports.items.deputyRecord(actor.townshipId, deputyIdFor(actor));
}
