/**
 * The statistics export as a spreadsheet (domain.md §7 "Reports (Excel, PDF)"): the township figures, the
 * per-deputy table and the per-unit scorecard (工作评议), one sheet each, in the words of the congress office.
 *
 * Guarantees: every rate is its share (a percentage cell) beside "分子/分母", and "—" when nothing was measured
 * (a rate of null is not 0%); names come from the view (a deputy or unit no longer in the directory shows as
 * "（已删除）" with its id); no personal data of residents is in the file (aggregate reports hold none, §8).
 */
import type { StatisticsView } from '../../contracts/presidium-planning';
import { noticeTime } from '../../domain/notice-fields';
import type { DeputyFigures, Rate, UnitFigures } from '../../domain/statistics';
import type { Cell, Sheet, Spreadsheet } from '../../ports/report-files';

export const WORKBOOK_TITLE = '代表意见建议办理情况统计';

const NONE = '—';

function share(r: Rate): Cell {
  return r.rate === null ? NONE : { percent: r.rate };
}

function fraction(r: Rate): string {
  return `${r.numerator}/${r.denominator}`;
}

function oneDecimal(v: number | null): Cell {
  return v === null ? NONE : Math.round(v * 10) / 10;
}

function nameOf(names: Record<string, string>, id: string): string {
  return names[id] ?? `（已删除）${id}`;
}

export interface WorkbookPeriod {
  from: string;
  to: string;
}

function heading(view: StatisticsView, period: WorkbookPeriod, table: string): string[] {
  const lines = [
    `${WORKBOOK_TITLE}：${table}`,
    `统计期间：${period.from} 至 ${period.to}`,
    `统计截止：${noticeTime(new Date(view.period.cutoff))}（北京时间）`,
  ];
  if (view.truncated) lines.push('注：数据量超出单次统计上限，本表仅统计了已读取的部分，请缩短统计期间后重新导出。');
  return lines;
}

function overview(view: StatisticsView, period: WorkbookPeriod): Sheet {
  const r = view.report;
  const count = (label: string, n: number): Cell[] => [label, n, null];
  const rate = (label: string, v: Rate): Cell[] => [label, share(v), fraction(v)];
  return {
    name: '总体情况',
    heading: heading(view, period, '总体情况'),
    columns: [
      { header: '指标', width: 28 },
      { header: '数值', width: 12 },
      { header: '分子/分母（件）', width: 16 },
    ],
    rows: [
      count('收件数', r.received),
      count('交办数', r.assignedCount),
      count('转交主席团数', r.forwardedCount),
      count('代表直接办理数', r.deputyHandledCount),
      count('撤回数', r.withdrawnCount),
      count('并案数', r.mergedCount),
      count('不予受理数', r.notAcceptedCount),
      rate('办结率', r.closureRate),
      rate('按期办结率', r.onTimeRate),
      rate('按期办结率（不计延期）', r.onTimeRateWithoutExtensions),
      count('逾期未办结', r.overdueOpen),
      count('逾期办结', r.closedLate),
      ['办理天数（中位数）', oneDecimal(r.handlingDays.median), null],
      ['办理天数（P90）', oneDecimal(r.handlingDays.p90), null],
      rate('解决率', r.resolutionRate),
      rate('列入计划逐步解决占比', r.plannedShare),
      rate('因条件限制暂不能解决占比', r.cannotResolveShare),
      rate('满意率（满意+基本满意）', r.satisfactionRate),
      rate('满意（不含基本满意）', r.satisfiedOnlyRate),
      rate('一次满意率', r.firstTimeSatisfactionRate),
      rate('评价率', r.evaluationRate),
      count('重办数', r.reHandledCount),
    ],
  };
}

/** One column of a per-deputy or per-unit table: its header, width and cell, kept together so they cannot drift. */
interface Column<Row> {
  header: string;
  width: number;
  cell: (row: Row) => Cell;
}

const column = <Row>(header: string, width: number, cell: (row: Row) => Cell): Column<Row> => ({ header, width, cell });

/** A rate as two columns: its share, and "分子/分母" under `countHeader`. */
const rateColumns = <Row>(header: string, countHeader: string, pick: (row: Row) => Rate): Column<Row>[] => [
  column(header, 12, (row) => share(pick(row))),
  column(countHeader, 14, (row) => fraction(pick(row))),
];

function table<Row>(name: string, heading: string[], columns: Column<Row>[], rows: readonly Row[]): Sheet {
  return {
    name,
    heading,
    columns: columns.map(({ header, width }) => ({ header, width })),
    rows: rows.map((row) => columns.map((c) => c.cell(row))),
  };
}

const DEPUTY_COLUMNS = (names: Record<string, string>): Column<DeputyFigures>[] => [
  column('代表', 14, (d) => nameOf(names, d.deputyId)),
  column('收件数', 8, (d) => d.received),
  column('自提建议', 10, (d) => d.ownSuggestions),
  column('直接答复', 10, (d) => d.answered),
  column('交村办理', 10, (d) => d.referred),
  column('转主席团', 10, (d) => d.forwarded),
  ...rateColumns<DeputyFigures>('按时处理率', '按时处理（件）', (d) => d.triageOnTimeRate),
  ...rateColumns<DeputyFigures>('按时反馈率', '按时反馈（件）', (d) => d.relayRate),
  column('平均响应（小时）', 16, (d) => oneDecimal(d.responseHours.average)),
  ...rateColumns<DeputyFigures>('满意率', '满意（件）', (d) => d.satisfactionRate),
];

const UNIT_COLUMNS = (names: Record<string, string>): Column<UnitFigures>[] => [
  column('承办单位', 20, (u) => nameOf(names, u.unitId)),
  column('交办件数', 10, (u) => u.assigned),
  column('按时签收率', 12, (u) => share(u.signedOnTimeRate)),
  column('退回件数', 10, (u) => u.returned),
  column('延期件数', 10, (u) => u.extended),
  ...rateColumns<UnitFigures>('按期办结率', '按期办结（件）', (u) => u.onTimeRate),
  column('逾期未办结', 12, (u) => u.overdueOpen),
  column('解决率', 10, (u) => share(u.resolutionRate)),
  ...rateColumns<UnitFigures>('满意率', '满意（件）', (u) => u.satisfactionRate),
  column('重办数', 8, (u) => u.reHandledCount),
];

export function statisticsWorkbook(view: StatisticsView, period: WorkbookPeriod): Spreadsheet {
  return {
    sheets: [
      overview(view, period),
      table('代表', heading(view, period, '代表履职'), DEPUTY_COLUMNS(view.names.deputies), view.report.byDeputy),
      table('承办单位', heading(view, period, '承办单位办理情况'), UNIT_COLUMNS(view.names.units), view.report.byUnit),
    ],
  };
}
