/**
 * Staff overrides of the working-day calendar (e.g. a 调休 day the library does not know yet, a local closure):
 * list a year's, set one date, remove one date. The deadline policy reads them with the settings, so the next
 * assignment counts working days with them.
 *
 * Guarantees: one override per township and date (document id `<townshipId>-<date>`, unique index townshipDate);
 * setting a date again replaces it; removing a date without an override succeeds and writes nothing. Deadlines
 * already stored on items are not recomputed (they were announced to the unit).
 *
 * Database requests: list — 1; set/remove — transaction (start, request log, override, write, log row, commit).
 */
import { presidiumCommands } from '../../contracts/presidium';
import type { CalendarOverride } from '../../domain/calendar';
import { command } from '../shared/dispatcher';
import { requireActor } from './item-command';
import { STAFF_CALLERS } from './roles';

interface StoredOverride extends CalendarOverride {
  _id: string;
  townshipId: string;
  updatedAt: Date;
  updatedBy: string;
}

export function overrideId(townshipId: string, date: string): string {
  return `${townshipId}-${date}`;
}

export const listCalendarOverrides = command({
  input: presidiumCommands.listCalendarOverrides.input,
  mutating: false,
  roles: STAFF_CALLERS,
  async handle(ctx, input) {
    const rows = await ctx.ports.presidium.listCalendarOverrides(requireActor(ctx.actor).townshipId, input.year);
    return { overrides: rows.map((r) => ({ date: r.date, kind: r.kind, ...(r.note ? { note: r.note } : {}) })) };
  },
});

export const setCalendarOverride = command({
  input: presidiumCommands.setCalendarOverride.input,
  mutating: true,
  roles: STAFF_CALLERS,
  async handle(ctx, input) {
    const actor = requireActor(ctx.actor);
    const id = overrideId(actor.townshipId, input.date);
    const doc: StoredOverride = {
      _id: id,
      townshipId: actor.townshipId,
      date: input.date as CalendarOverride['date'],
      kind: input.kind,
      ...(input.note ? { note: input.note } : {}),
      updatedAt: ctx.now,
      updatedBy: actor.id,
    };
    const run = await ctx.ports.transactor.run(ctx.requestKey, async () => ({
      writes: [{ kind: 'set', collection: 'calendarOverrides', id, doc: doc as unknown as Record<string, unknown> }],
      result: { date: input.date },
    }));
    return run.result;
  },
});

export const removeCalendarOverride = command({
  input: presidiumCommands.removeCalendarOverride.input,
  mutating: true,
  roles: STAFF_CALLERS,
  async handle(ctx, input) {
    const actor = requireActor(ctx.actor);
    const id = overrideId(actor.townshipId, input.date);
    const run = await ctx.ports.transactor.run(ctx.requestKey, async (tx) => {
      const existing = await tx.get<StoredOverride>('calendarOverrides', id);
      return {
        writes: existing ? [{ kind: 'remove' as const, collection: 'calendarOverrides' as const, id }] : [],
        result: { date: input.date },
      };
    });
    return run.result;
  },
});
