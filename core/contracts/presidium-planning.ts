/**
 * `presidium` commands the first contract set did not name: the deadline preview the assign form shows while
 * staff fill it in, and the §7 statistics for a period. Same conventions as presidium.ts (dates `YYYY-MM-DD` in
 * Asia/Shanghai, instants as ISO strings).
 */
import { z } from 'zod';
import type { TownshipReport } from '../domain/statistics';
import { ITEM_KINDS } from '../domain/opinion/status';
import { localDate, oneOf } from './common';

export const DUE_PURPOSES = ['assign', 'reHandle', 'extension'] as const;

const statisticsInput = z
  .object({
    from: localDate('开始日期'),
    to: localDate('结束日期'),
    cutoffDate: localDate('统计截止日期').optional(),
  })
  .refine((q) => q.from <= q.to, { error: '开始日期不能晚于结束日期', path: ['to'] });

export const presidiumPlanningCommands = {
  /**
   * What `assign` / `reassign` / `reHandle` would set: the default due instant from the township's time rules and
   * working-day calendar, the statutory ceiling, and whether a chosen date fits under it. Writes nothing.
   */
  previewDueAt: {
    mutating: false,
    input: z.object({
      kind: oneOf(ITEM_KINDS, '事项类型'),
      purpose: oneOf(DUE_PURPOSES, '用途').default('assign'),
      dueDate: localDate('办理期限').optional(),
      difficult: z.boolean({ error: '难度标记无效' }).default(false),
      /** For `extension`: when the current assignment was made (the ceiling runs from 交办, no pause). */
      assignedAt: z.iso.datetime({ offset: true, error: '交办时间格式无效' }).optional(),
    }),
  },
  /** The township figures of domain.md §7 for [from, to] (Shanghai days); cut-off now unless `cutoffDate`. */
  statistics: {
    mutating: false,
    input: statisticsInput,
  },
  /**
   * The same figures as an Excel file in cloud storage (staff and the chair only; every export is logged, §8).
   * Mutating because it writes the file and the log row: a retry with the same request id answers the same file.
   */
  exportStatistics: {
    mutating: true,
    input: statisticsInput,
  },
} as const;

export interface DuePreview {
  /** The instant the item would be due (the chosen date's end, or the default). */
  dueAt: string;
  /** The default from the time rules, whatever was chosen. */
  defaultDueAt: string;
  /** The statutory ceiling (24:00 Shanghai of the last allowed day). */
  capAt: string;
  /** False when the chosen date lies beyond the ceiling: the command would answer OPINION.DUE_EXCEEDS_CAP. */
  withinCap: boolean;
  /** Until when the unit may return the item as misassigned. */
  returnWindowEndsAt: string;
  /** Working days from now to `dueAt` (start day not counted). */
  workingDays: number;
}

export interface RateView {
  numerator: number;
  denominator: number;
  rate: number | null;
}

export interface StatisticsView {
  period: { from: string; to: string; cutoff: string };
  /** The figures of core/domain/statistics `townshipReport` (rates as numerator/denominator/rate). */
  report: TownshipReport;
  /** Display names of the deputies and units in `report.byDeputy` / `report.byUnit`, by id. */
  names: { deputies: Record<string, string>; units: Record<string, string> };
  /** True when the bounded read stopped before the end: the figures cover only what was read. */
  truncated: boolean;
  itemsRead: number;
  eventsRead: number;
}

export interface StatisticsExport {
  /** Cloud storage file id of the .xlsx (kept; the log row names it). */
  fileID: string;
  /** Temporary download link (about a day; export again for a fresh one). */
  url: string;
  /** A file name for saving or sharing, e.g. `意见建议办理统计_2026-01-01_2026-12-31.xlsx`. */
  fileName: string;
  /** As in the view: the file covers only what the bounded read reached. */
  truncated: boolean;
}

export interface PresidiumPlanningResults {
  previewDueAt: DuePreview;
  statistics: StatisticsView;
  exportStatistics: StatisticsExport;
}
