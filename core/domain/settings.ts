/**
 * The township settings document (`settings`, one per township, `_id` = townshipId) and its defaults.
 *
 * Guarantees: a township with no stored settings works with the defaults; stored time rules pass through
 * `resolveTimeRules`, so nothing loosens a statutory cap.
 */
import type { RelayMode } from './opinion/status';
import type { TimeRules } from './time-rules';

export interface SettingsDocument {
  _id: string;
  townshipId: string;
  timeRules?: Partial<TimeRules>;
  categories?: string[];
  relayMode?: RelayMode;
  updatedAt?: Date;
  updatedBy?: string;
}

/** Categories the source reports group opinions by; staff edit the list. */
export const DEFAULT_CATEGORIES: readonly string[] = [
  '道路交通',
  '农业农村',
  '水利设施',
  '环境卫生',
  '教育医疗',
  '社会保障',
  '民生服务',
  '城镇建设',
  '安全生产',
  '其他',
];
