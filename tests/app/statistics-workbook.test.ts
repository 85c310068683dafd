// The statistics export's layout: what the office sees in each cell when a rate has nothing to measure, when a unit
// has left the directory, and when the read was cut short.
import type { StatisticsView } from '../../core/contracts/presidium-planning';
import { statisticsWorkbook } from '../../core/app/presidium/statistics-workbook';
import { rate } from '../../core/domain/statistics';

const none = rate(0, 0);
const unitRow = {
  unitId: 'u-gone',
  assigned: 2,
  cases: 2,
  signedOnTimeRate: rate(1, 2),
  returned: 0,
  extended: 1,
  onTimeRate: rate(1, 1),
  overdueOpen: 1,
  resolutionRate: none,
  satisfactionRate: none,
  reHandledCount: 0,
};

function view(overrides: Partial<StatisticsView> = {}): StatisticsView {
  const report = {
    received: 3,
    assignedCount: 2,
    forwardedCount: 2,
    deputyHandledCount: 1,
    withdrawnCount: 0,
    mergedCount: 0,
    notAcceptedCount: 0,
    cases: 2,
    closureRate: rate(1, 2),
    onTimeRate: rate(1, 1),
    onTimeRateWithoutExtensions: rate(0, 1),
    overdueOpen: 1,
    closedLate: 0,
    handlingDays: { median: 12.25, p90: null, count: 1 },
    resolutionRate: none,
    plannedShare: none,
    cannotResolveShare: none,
    satisfactionRate: none,
    satisfiedOnlyRate: none,
    firstTimeSatisfactionRate: none,
    evaluationRate: none,
    reHandledCount: 0,
    byDeputy: [],
    byUnit: [unitRow],
  } as unknown as StatisticsView['report'];
  return {
    period: { from: '2025-12-31T16:00:00.000Z', to: '2026-12-31T16:00:00.000Z', cutoff: '2026-12-07T02:30:00.000Z' },
    report,
    names: { deputies: {}, units: {} },
    truncated: false,
    itemsRead: 3,
    eventsRead: 9,
    ...overrides,
  };
}

const period = { from: '2026-01-01', to: '2026-12-31' };
const rowOf = (rows: unknown[][], label: string) => rows.find((r) => r[0] === label);

describe('statisticsWorkbook', () => {
  test('a rate is a percentage beside its fraction; nothing measured is "—", not 0%', () => {
    const [overview] = statisticsWorkbook(view(), period).sheets;
    expect(rowOf(overview!.rows, '办结率')).toEqual(['办结率', { percent: 0.5 }, '1/2']);
    expect(rowOf(overview!.rows, '满意率（满意+基本满意）')).toEqual(['满意率（满意+基本满意）', '—', '0/0']);
    expect(rowOf(overview!.rows, '办理天数（中位数）')).toEqual(['办理天数（中位数）', 12.3, null]);
    expect(rowOf(overview!.rows, '办理天数（P90）')).toEqual(['办理天数（P90）', '—', null]);
  });

  test('the heading names the period and the cut-off in Beijing time', () => {
    const [overview] = statisticsWorkbook(view(), period).sheets;
    expect(overview!.heading).toEqual([
      '代表意见建议办理情况统计：总体情况',
      '统计期间：2026-01-01 至 2026-12-31',
      '统计截止：2026年12月7日 10:30（北京时间）',
    ]);
  });

  test('a unit no longer in the directory keeps its row, marked deleted', () => {
    const units = statisticsWorkbook(view(), period).sheets[2]!;
    expect(units.rows).toHaveLength(1);
    expect(units.rows[0]![0]).toBe('（已删除）u-gone');
    expect(units.rows[0]).toHaveLength(units.columns.length);
  });

  test('a cut-short read says so on every sheet', () => {
    for (const sheet of statisticsWorkbook(view({ truncated: true }), period).sheets)
      expect(sheet.heading.at(-1)).toMatch(/仅统计了已读取的部分/);
  });
});
