/** SettingsReader on CloudBase: the `settings` document and the township's `calendarOverrides`. */
import { createWorkingCalendar, type CalendarOverride } from '../../domain/calendar';
import { DEFAULT_CATEGORIES, type SettingsDocument } from '../../domain/settings';
import { resolveTimeRules } from '../../domain/time-rules';
import type { SettingsReader, TownshipSettings } from '../../ports/settings';
import type { WxDatabase } from './sdk';

export class CloudbaseSettingsReader implements SettingsReader {
  constructor(private readonly db: WxDatabase) {}

  async load(townshipId: string): Promise<TownshipSettings> {
    const [settings, overrides] = await Promise.all([
      this.db.collection('settings').where({ _id: townshipId }).limit(1).get(),
      this.db.collection('calendarOverrides').where({ townshipId }).orderBy('date', 'asc').limit(1000).get(),
    ]);
    const doc = settings.data[0] as unknown as SettingsDocument | undefined;
    return {
      townshipId,
      rules: resolveTimeRules(doc?.timeRules ?? null),
      calendar: createWorkingCalendar(overrides.data as unknown as CalendarOverride[]),
      categories: doc?.categories?.length ? doc.categories : [...DEFAULT_CATEGORIES],
      relayMode: doc?.relayMode ?? 'direct',
    };
  }
}
