/**
 * View model of the presidium statistics page, mapped from `presidium.statistics` (StatisticsView, domain.md §7).
 *
 * Guarantees: field names are TownshipReport's, DeputyFigures' and UnitFigures' own (the compiler checks them);
 * every figure arrives as display text (utils/statistics-format.ts), so the page renders and never computes;
 * deputies and units are named from `names`, "（已删除）" for an id with no name; a deputy or unit with nothing in
 * the period is left out of its list; `empty` when the period holds nothing at all.
 */
import type { RateView, StatisticsView } from '../../core/contracts/presidium-planning';
import type { DeputyFigures, TownshipReport, UnitFigures } from '../../core/domain/statistics';
import {
  amountText,
  countFigure,
  NO_DATA,
  NO_FIGURE,
  rateFigure,
  rateText,
  type FigureView,
} from '../utils/statistics-format';
import { formatDateTime } from '../utils/time';

export const DELETED_NAME = '（已删除）';

export interface DeputyRowView {
  id: string;
  name: string;
  received: number;
  ownSuggestions: number;
  triageOnTime: string;
  relay: string;
  satisfaction: string;
  /** "当场答复 2 · 交村办理 1 · 转主席团 3" */
  handled: string;
  response: string;
}

export interface UnitRowView {
  id: string;
  name: string;
  assigned: number;
  signedOnTime: string;
  onTime: string;
  overdueOpen: number;
  resolution: string;
  satisfaction: string;
  reHandled: number;
  returned: number;
  extended: number;
}

export interface StatisticsPageView {
  /** The §7 headline: 收件数, 交办数, 办结率, 按期办结率, 满意率, 解决率, 逾期, 重办数. */
  headline: FigureView[];
  /** The other township figures: shares, counts that are never in a rate, handling days. */
  others: FigureView[];
  deputies: DeputyRowView[];
  units: UnitRowView[];
  /** "统计截至 2026-07-15 14:30" */
  cutoffText: string;
  truncated: boolean;
  empty: boolean;
}

/** The township figures shown as a count or a rate, by their TownshipReport name. */
type FigureKey = {
  [K in keyof TownshipReport]: TownshipReport[K] extends number | RateView ? K : never;
}[keyof TownshipReport];

/** The §7 headline, in this order. */
const HEADLINE: [FigureKey, string][] = [
  ['received', '收件数'],
  ['assignedCount', '交办数'],
  ['closureRate', '办结率'],
  ['onTimeRate', '按期办结率'],
  ['satisfactionRate', '满意率'],
  ['resolutionRate', '解决率'],
  ['overdueOpen', '逾期未办结'],
  ['reHandledCount', '重办数'],
];

/** The other township figures: shares, the second satisfaction figures, counts that are never in a rate. */
const OTHERS: [FigureKey, string][] = [
  ['forwardedCount', '转交主席团'],
  ['deputyHandledCount', '代表直接办理'],
  ['closedLate', '逾期办结'],
  ['onTimeRateWithoutExtensions', '按期办结率（不计延期）'],
  ['plannedShare', '列入计划占比'],
  ['cannotResolveShare', '暂不能解决占比'],
  ['firstTimeSatisfactionRate', '一次满意率'],
  ['satisfiedOnlyRate', '满意（不含基本满意）'],
  ['evaluationRate', '评价率'],
  ['withdrawnCount', '撤回'],
  ['mergedCount', '并案'],
  ['notAcceptedCount', '不予受理'],
];

function figuresOf(r: TownshipReport, keys: [FigureKey, string][]): FigureView[] {
  return keys.map(([key, label]) => {
    const v = r[key];
    return typeof v === 'number' ? countFigure(key, label, v) : rateFigure(key, label, v);
  });
}

function handlingDaysFigure({ median, p90, count }: TownshipReport['handlingDays']): FigureView {
  return {
    key: 'handlingDays',
    label: '办理天数（中位数 / P90）',
    value: count === 0 ? NO_FIGURE : `${amountText(median, '天')} / ${amountText(p90, '天')}`,
    note: count === 0 ? NO_DATA : '',
  };
}

const deputyHasFigures = (d: DeputyFigures) =>
  d.received + d.ownSuggestions > 0 || d.triageOnTimeRate.denominator + d.relayRate.denominator > 0;

const unitHasFigures = (u: UnitFigures) => u.assigned + u.returned + u.cases > 0 || u.signedOnTimeRate.denominator > 0;

function deputyRow(d: DeputyFigures, names: Record<string, string>): DeputyRowView {
  return {
    id: d.deputyId,
    name: names[d.deputyId] ?? DELETED_NAME,
    received: d.received,
    ownSuggestions: d.ownSuggestions,
    triageOnTime: rateText(d.triageOnTimeRate),
    relay: rateText(d.relayRate),
    satisfaction: rateText(d.satisfactionRate),
    handled: `当场答复 ${d.answered} · 交村办理 ${d.referred} · 转主席团 ${d.forwarded}`,
    response: amountText(d.responseHours.average, '小时'),
  };
}

function unitRow(u: UnitFigures, names: Record<string, string>): UnitRowView {
  return {
    id: u.unitId,
    name: names[u.unitId] ?? DELETED_NAME,
    assigned: u.assigned,
    signedOnTime: rateText(u.signedOnTimeRate),
    onTime: rateText(u.onTimeRate),
    overdueOpen: u.overdueOpen,
    resolution: rateText(u.resolutionRate),
    satisfaction: rateText(u.satisfactionRate),
    reHandled: u.reHandledCount,
    returned: u.returned,
    extended: u.extended,
  };
}

export function toStatisticsPageView(v: StatisticsView): StatisticsPageView {
  const r = v.report;
  const deputies = r.byDeputy.filter(deputyHasFigures).map((d) => deputyRow(d, v.names.deputies));
  const units = r.byUnit.filter(unitHasFigures).map((u) => unitRow(u, v.names.units));
  const counted =
    r.received +
    r.assignedCount +
    r.forwardedCount +
    r.deputyHandledCount +
    r.withdrawnCount +
    r.mergedCount +
    r.notAcceptedCount;
  return {
    headline: figuresOf(r, HEADLINE),
    others: [...figuresOf(r, OTHERS), handlingDaysFigure(r.handlingDays)],
    deputies,
    units,
    cutoffText: `统计截至 ${formatDateTime(v.period.cutoff)}`,
    truncated: v.truncated,
    empty: counted === 0 && deputies.length === 0 && units.length === 0,
  };
}
