/**
 * Dates as people in the township read them: Beijing time, whatever zone the phone (or test runner) is set to.
 *
 * Guarantees: every function takes an ISO instant from the server and renders it in Asia/Shanghai (UTC+8, no
 * daylight saving) explicitly; no function reads the clock itself except through the `now` argument.
 */
const SHANGHAI_OFFSET_MS = 8 * 3600 * 1000;
const DAY_MS = 24 * 3600 * 1000;

function shanghaiParts(iso: string): { y: number; m: number; d: number; hh: number; mm: number } | undefined {
  const ms = Date.parse(iso);
  if (Number.isNaN(ms)) return undefined;
  const t = new Date(ms + SHANGHAI_OFFSET_MS);
  return {
    y: t.getUTCFullYear(),
    m: t.getUTCMonth() + 1,
    d: t.getUTCDate(),
    hh: t.getUTCHours(),
    mm: t.getUTCMinutes(),
  };
}

const pad = (n: number): string => (n < 10 ? `0${n}` : String(n));

/** `2026-03-05` */
export function formatDate(iso: string | undefined): string {
  const p = iso ? shanghaiParts(iso) : undefined;
  return p ? `${p.y}-${pad(p.m)}-${pad(p.d)}` : '';
}

/** `2026-03-05 14:30` */
export function formatDateTime(iso: string | undefined): string {
  const p = iso ? shanghaiParts(iso) : undefined;
  return p ? `${p.y}-${pad(p.m)}-${pad(p.d)} ${pad(p.hh)}:${pad(p.mm)}` : '';
}

/** Beijing calendar day number, for day differences. */
function shanghaiDay(ms: number): number {
  return Math.floor((ms + SHANGHAI_OFFSET_MS) / DAY_MS);
}

export interface DueInfo {
  text: string;
  /** 'overdue' past due, 'soon' within 3 days, 'normal' otherwise. */
  level: 'overdue' | 'soon' | 'normal';
}

/** "剩5天" / "今天到期" / "已逾期2天"; a due instant at 24:00 counts toward the day before (domain.md §5). */
export function dueInfo(dueAt: string | undefined, overdue: boolean, now: number): DueInfo | undefined {
  if (!dueAt) return undefined;
  const due = Date.parse(dueAt);
  if (Number.isNaN(due)) return undefined;
  const days = shanghaiDay(due - 1) - shanghaiDay(now);
  if (overdue || due <= now) return { text: days < 0 ? `已逾期${-days}天` : '已逾期', level: 'overdue' };
  if (days === 0) return { text: '今天到期', level: 'soon' };
  return { text: `剩${days}天`, level: days <= 3 ? 'soon' : 'normal' };
}

export type PeriodKind = 'month' | 'quarter' | 'year';

/** The natural month, quarter or year that `now` falls in, in Beijing time, as `YYYY-MM-DD` days (both included). */
export function periodDates(kind: PeriodKind, now: number): { from: string; to: string } {
  const t = new Date(now + SHANGHAI_OFFSET_MS);
  const y = t.getUTCFullYear();
  const m = t.getUTCMonth();
  const first = kind === 'year' ? 0 : kind === 'quarter' ? m - (m % 3) : m;
  const months = kind === 'year' ? 12 : kind === 'quarter' ? 3 : 1;
  // Day 0 of the month after the period is its last day.
  const last = new Date(Date.UTC(y, first + months, 0));
  return { from: `${y}-${pad(first + 1)}-01`, to: `${y}-${pad(last.getUTCMonth() + 1)}-${pad(last.getUTCDate())}` };
}
