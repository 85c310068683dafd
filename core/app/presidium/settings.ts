/**
 * `getSettings` / `updateSettings`: the township's categories, time rules and relay mode.
 *
 * Guarantees: stored time rules are a partial document over the defaults; an update merges the changed keys over
 * what is stored and the result must pass `resolveTimeRules` — a value looser than a statutory cap answers
 * SETTINGS.EXCEEDS_CAP (naming the field), an unknown key or a malformed value VALIDATION.INVALID, and nothing is
 * written. The read-modify-write runs in one transaction with the request key, so two staff editing at once
 * cannot lose each other's keys and a retry writes nothing new. Only staff and the chair (not members) call these.
 *
 * Database requests: get — 2 (settings document, calendar overrides); update — transaction (start, request log,
 * settings document, settings write, log row, commit).
 */
import { presidiumCommands, type SettingsView } from '../../contracts/presidium';
import { DomainError } from '../../domain/errors';
import type { SettingsDocument } from '../../domain/settings';
import { DEFAULT_CATEGORIES } from '../../domain/settings';
import { STATUTORY_CAPS, resolveTimeRules, type TimeRules } from '../../domain/time-rules';
import type { RelayMode } from '../../domain/opinion/status';
import { command } from '../shared/dispatcher';
import { requireActor } from './item-command';
import { STAFF_CALLERS } from './roles';

export function settingsView(rules: TimeRules, categories: readonly string[], relayMode: RelayMode): SettingsView {
  return {
    categories: [...categories],
    timeRules: { ...rules } as unknown as Record<string, number>,
    caps: { ...STATUTORY_CAPS },
    relayMode,
    dailySubmitLimit: rules.dailySubmissionLimit,
  };
}

export const getSettings = command({
  input: presidiumCommands.getSettings.input,
  mutating: false,
  roles: STAFF_CALLERS,
  async handle(ctx): Promise<SettingsView> {
    const settings = await ctx.ports.settings.load(requireActor(ctx.actor).townshipId);
    return settingsView(settings.rules, settings.categories, settings.relayMode);
  },
});

export const updateSettings = command({
  input: presidiumCommands.updateSettings.input,
  mutating: true,
  roles: STAFF_CALLERS,
  async handle(ctx, input): Promise<SettingsView> {
    const actor = requireActor(ctx.actor);
    const townshipId = actor.townshipId;
    const run = await ctx.ports.transactor.run(ctx.requestKey, async (tx) => {
      const stored = await tx.get<SettingsDocument>('settings', townshipId);
      const timeRules: Partial<TimeRules> = {
        ...(stored?.timeRules ?? {}),
        ...(input.timeRules as Partial<TimeRules> | undefined),
      };
      if (input.dailySubmitLimit !== undefined) timeRules.dailySubmissionLimit = input.dailySubmitLimit;
      const rules = resolveTimeRules(timeRules); // throws SETTINGS.EXCEEDS_CAP / VALIDATION.INVALID: nothing written
      const categories = input.categories
        ? [...new Set(input.categories)]
        : (stored?.categories ?? [...DEFAULT_CATEGORIES]);
      if (categories.length === 0) throw new DomainError('VALIDATION.INVALID', '至少保留一个类别');
      const relayMode = input.relayMode ?? stored?.relayMode ?? 'direct';
      const doc: SettingsDocument = {
        _id: townshipId,
        townshipId,
        timeRules,
        categories,
        relayMode,
        updatedAt: ctx.now,
        updatedBy: actor.id,
      };
      return {
        writes: [
          { kind: 'set', collection: 'settings', id: townshipId, doc: doc as unknown as Record<string, unknown> },
        ],
        result: settingsView(rules, categories, relayMode),
      };
    });
    return run.result;
  },
});
