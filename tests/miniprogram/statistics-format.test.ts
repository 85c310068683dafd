/**
 * The mini-program's display of the §7 figures (miniprogram/utils/statistics-format.ts) and its periods in
 * Beijing days (miniprogram/utils/time.ts `periodDates`), as tables of pinned values.
 */
import path from 'node:path';
import type { RateView } from '../../core/contracts/presidium-planning';

interface Figure {
  key: string;
  label: string;
  value: string;
  note: string;
}

/** The slice of the two modules under test (the node project cannot list miniprogram/, a project of its own). */
interface Modules {
  percentText(r: RateView): string;
  rateText(r: RateView): string;
  amountText(value: number | null, unit: string): string;
  rateFigure(key: string, label: string, r: RateView): Figure;
  countFigure(key: string, label: string, count: number): Figure;
  periodDates(kind: 'month' | 'quarter' | 'year', now: number): { from: string; to: string };
}

const utils = path.resolve(__dirname, '..', '..', 'miniprogram', 'utils');
const { percentText, rateText, amountText, rateFigure, countFigure, periodDates } = {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  ...(require(path.join(utils, 'statistics-format')) as Modules),
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  ...(require(path.join(utils, 'time')) as Pick<Modules, 'periodDates'>),
};

const r = (numerator: number, denominator: number) => ({
  numerator,
  denominator,
  rate: denominator === 0 ? null : numerator / denominator,
});

describe('rates', () => {
  test.each([
    [17, 20, '85.0%', '85.0%（17/20）'],
    [0, 3, '0.0%', '0.0%（0/3）'],
    [3, 3, '100.0%', '100.0%（3/3）'],
    [2, 3, '66.7%', '66.7%（2/3）'],
    [1, 8, '12.5%', '12.5%（1/8）'],
    [1, 6, '16.7%', '16.7%（1/6）'],
    [0, 0, '—', '—'],
  ])('%i/%i reads %s and %s', (n, d, percent, text) => {
    expect(percentText(r(n, d))).toBe(percent);
    expect(rateText(r(n, d))).toBe(text);
  });

  test('a figure shows the percentage with n/d under it, or "—" noted 暂无数据 when nothing was measured', () => {
    expect(rateFigure('closureRate', '办结率', r(17, 20))).toEqual({
      key: 'closureRate',
      label: '办结率',
      value: '85.0%',
      note: '（17/20）',
    });
    expect(rateFigure('satisfactionRate', '满意率', r(0, 0))).toEqual({
      key: 'satisfactionRate',
      label: '满意率',
      value: '—',
      note: '暂无数据',
    });
    expect(countFigure('received', '收件数', 0)).toEqual({ key: 'received', label: '收件数', value: '0', note: '' });
  });

  test.each([
    [3.46, '3.5 小时'],
    [3, '3 小时'],
    [0, '0 小时'],
    [null, '—'],
  ])('amount %p reads %s', (value, text) => {
    expect(amountText(value, '小时')).toBe(text);
  });
});

describe('periods in Beijing days', () => {
  const at = (now: string, kind: 'month' | 'quarter' | 'year', from: string, to: string) => ({ now, kind, from, to });
  test.each([
    // 2026-03-31 20:00 UTC is already April 1st in Beijing.
    at('2026-03-31T20:00:00Z', 'month', '2026-04-01', '2026-04-30'),
    at('2026-03-31T20:00:00Z', 'quarter', '2026-04-01', '2026-06-30'),
    at('2026-03-31T15:59:59Z', 'quarter', '2026-01-01', '2026-03-31'),
    at('2026-12-31T16:00:00Z', 'year', '2027-01-01', '2027-12-31'),
    at('2026-06-15T00:00:00Z', 'year', '2026-01-01', '2026-12-31'),
    at('2028-02-10T00:00:00Z', 'month', '2028-02-01', '2028-02-29'),
    at('2026-11-10T00:00:00Z', 'quarter', '2026-10-01', '2026-12-31'),
  ])('$now, $kind: $from to $to', ({ now, kind, from, to }) => {
    expect(periodDates(kind, Date.parse(now))).toEqual({ from, to });
  });
});
