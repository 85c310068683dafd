/**
 * How the §7 statistics read on screen: a rate as a percentage with one decimal and its numerator/denominator
 * ("85.0%（17/20）"), "—" with "暂无数据" when nothing was measured, counts and averages as plain numbers.
 *
 * Guarantees: a null rate (denominator 0) is never shown as 0% or 100%; the percentage is rounded half up from
 * the integers numerator and denominator, so 1/8 reads 12.5%, not 12.4% from a binary fraction.
 */
import type { RateView } from '../../core/contracts/presidium-planning';

export const NO_FIGURE = '—';
export const NO_DATA = '暂无数据';

/** One figure as the page shows it: its name, its value text and a note under it ('' for none). */
export interface FigureView {
  key: string;
  label: string;
  value: string;
  note: string;
}

/** "85.0%", or "—" when nothing was measured. */
export function percentText(r: RateView): string {
  if (r.rate === null || r.denominator === 0) return NO_FIGURE;
  return `${(Math.round((r.numerator * 1000) / r.denominator) / 10).toFixed(1)}%`;
}

/** "85.0%（17/20）", or "—" when nothing was measured. */
export function rateText(r: RateView): string {
  const f = rateFigure('', '', r);
  return f.value === NO_FIGURE ? f.value : `${f.value}${f.note}`;
}

/** A number with one decimal and its unit ("3.5 小时"), or "—" for none. */
export function amountText(value: number | null, unit: string): string {
  return value === null ? NO_FIGURE : `${Number(value.toFixed(1))} ${unit}`;
}

/** The percentage as the value, "（17/20）" as its note; "—" noted "暂无数据" when nothing was measured. */
export function rateFigure(key: string, label: string, r: RateView): FigureView {
  const value = percentText(r);
  return { key, label, value, note: value === NO_FIGURE ? NO_DATA : `（${r.numerator}/${r.denominator}）` };
}

export function countFigure(key: string, label: string, count: number): FigureView {
  return { key, label, value: String(count), note: '' };
}
