/**
 * The shape every presidium and unit command that changes an existing item shares: a validated input carrying
 * `itemId` (and optionally the `expectedVersion` the person saw), the caller's actor, one `changeItem` call.
 *
 * Guarantees: the change goes through `changeItem` (one transaction: version check, `decide`, timeline event,
 * outbox rows, deadline fields), so authorization of the particular item and every guard are the domain's; the
 * result names the item, its new status and version, so the mini-program can refresh without re-reading.
 *
 * Database requests of a command built here: 2 settings reads, then the transaction (start, request log, item,
 * whatever `build` reads through `tx`, item write, event write, outbox rows, extra writes, log row, commit), plus
 * whatever `prepare` reads before it (stated on each command).
 */
import type { z } from 'zod';
import { DomainError } from '../../domain/errors';
import type { Actor } from '../../domain/opinion/commands';
import type { Item } from '../../domain/opinion/item';
import type { ItemStatus } from '../../domain/opinion/status';
import type { Role } from '../../domain/roles';
import type { TownshipSettings } from '../../ports/settings';
import type { TxReader } from '../../ports/transactor';
import { command, type CommandContext, type CommandSpec } from '../shared/dispatcher';
import { changeItem, type BuiltCommand, type ItemChangeRequest, type ItemChangeResult } from '../shared/item-change';

export interface ItemRefInput {
  itemId: string;
  expectedVersion?: number | undefined;
}

export interface Changed {
  itemId: string;
  status: ItemStatus;
  version: number;
}

export interface ItemCommandSpec<I extends ItemRefInput, P, X> {
  input: z.ZodType<I>;
  roles: readonly Role[];
  /** Reads made before the transaction (directory names, validation against settings); optional. */
  prepare?: (ctx: CommandContext, actor: Actor, input: I) => Promise<P>;
  build: (args: {
    input: I;
    item: Item;
    tx: TxReader;
    settings: TownshipSettings;
    actor: Actor;
    now: Date;
    prepared: P;
  }) => Promise<BuiltCommand> | BuiltCommand;
  eventPayload?: (input: I, prepared: P) => Record<string, unknown>;
  recipients?: (input: I, prepared: P) => ItemChangeRequest['recipients'];
  /** Extra result fields (e.g. the registration number, the due instant). */
  result?: (change: ItemChangeResult) => X;
}

export function changedOf(change: ItemChangeResult): Changed {
  return { itemId: change.item._id, status: change.item.status, version: change.item.version };
}

export function requireActor(actor: Actor | undefined): Actor {
  // The dispatcher only runs a handler for a caller holding one of its roles; this narrows the type.
  if (!actor) throw new DomainError('AUTH.FORBIDDEN');
  return actor;
}

export function itemCommand<I extends ItemRefInput, P = undefined, X = object>(
  spec: ItemCommandSpec<I, P, X>,
): CommandSpec<I, Changed & X> {
  return command<I, Changed & X>({
    input: spec.input,
    mutating: true,
    roles: spec.roles,
    async handle(ctx, input) {
      const actor = requireActor(ctx.actor);
      const prepared = (spec.prepare ? await spec.prepare(ctx, actor, input) : undefined) as P;
      const request: ItemChangeRequest = {
        itemId: input.itemId,
        expectedVersion: input.expectedVersion,
        actor,
        command: (item, tx, settings) => spec.build({ input, item, tx, settings, actor, now: ctx.now, prepared }),
      };
      const payload = spec.eventPayload?.(input, prepared);
      if (payload) request.eventPayload = payload;
      const recipients = spec.recipients?.(input, prepared);
      if (recipients) request.recipients = recipients;
      const change = await changeItem(ctx, request);
      return { ...changedOf(change), ...((spec.result?.(change) ?? {}) as X) };
    },
  });
}
