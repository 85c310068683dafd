/**
 * Township settings as use cases need them: time rules, the working calendar with staff overrides, and the
 * lists staff edit. Read once per command, outside the transaction.
 */
import type { WorkingCalendar } from '../domain/calendar';
import type { RelayMode } from '../domain/opinion/status';
import type { TimeRules } from '../domain/time-rules';

export interface TownshipSettings {
  townshipId: string;
  rules: TimeRules;
  calendar: WorkingCalendar;
  categories: string[];
  relayMode: RelayMode;
}

export interface SettingsReader {
  /** Database requests: 2 (settings document, calendar overrides). */
  load(townshipId: string): Promise<TownshipSettings>;
}
