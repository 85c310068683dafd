// CloudBase timer cron: 7 fields, read in Beijing time (UTC+8) while instants are UTC.
import { parseCron } from '../../local-cloud/timers/cron';

const utc = (iso: string): number => Date.parse(iso);
const iso = (ms: number | undefined): string | undefined => (ms === undefined ? undefined : new Date(ms).toISOString());

describe('parseCron(...).nextAfter reads the schedule in UTC+8', () => {
  test.each([
    // expression, after (UTC), next firing (UTC)
    ['0 0 8 * * * *', '2026-03-01T23:00:00Z', '2026-03-02T00:00:00.000Z'], // 08:00 Beijing = 00:00 UTC
    ['0 0 8 * * * *', '2026-03-02T00:00:00Z', '2026-03-03T00:00:00.000Z'], // strictly after
    ['0 0 2 * * * *', '2026-03-02T12:00:00Z', '2026-03-02T18:00:00.000Z'], // 02:00 Beijing is the UTC evening before
    ['0 */10 * * * * *', '2026-03-02T00:05:00Z', '2026-03-02T00:10:00.000Z'],
    ['30 15 10 1 * * *', '2026-03-02T00:00:00Z', '2026-04-01T02:15:30.000Z'],
    ['0 0 9 * * MON-FRI *', '2026-03-06T02:00:00Z', '2026-03-09T01:00:00.000Z'], // Friday 10:00 → Monday 09:00
    ['0 0 9 * * 1 *', '2026-03-02T01:00:00Z', '2026-03-09T01:00:00.000Z'], // 2026-03-02 is a Monday
    ['0 0 0 1 1 * 2027', '2026-03-02T00:00:00Z', '2026-12-31T16:00:00.000Z'],
    ['0 0 0 29 2 * *', '2026-03-01T00:00:00Z', '2028-02-28T16:00:00.000Z'], // next leap day
    ['0 0 12 15 * 0 *', '2026-03-02T00:00:00Z', '2026-03-08T04:00:00.000Z'], // day and weekday: either (Sunday 8th)
  ])('%s after %s → %s', (expression, after, next) => {
    expect(iso(parseCron(expression).nextAfter(utc(after)))).toBe(next);
  });

  test('a schedule whose years are over never fires again', () => {
    expect(parseCron('0 0 0 1 1 * 2020').nextAfter(utc('2026-01-01T00:00:00Z'))).toBeUndefined();
  });
});

describe('parseCron(...).between lists every firing in (from, to], in order', () => {
  test('daily 08:00 over three days, excluding the start instant', () => {
    const fired = parseCron('0 0 8 * * * *').between(utc('2026-03-02T00:00:00Z'), utc('2026-03-05T00:00:00Z'));
    expect(fired.map(iso)).toEqual([
      '2026-03-03T00:00:00.000Z',
      '2026-03-04T00:00:00.000Z',
      '2026-03-05T00:00:00.000Z',
    ]);
  });

  test('every 20 minutes over an hour', () => {
    const fired = parseCron('0 */20 * * * * *').between(utc('2026-03-02T00:00:00Z'), utc('2026-03-02T01:00:00Z'));
    expect(fired.map(iso)).toEqual([
      '2026-03-02T00:20:00.000Z',
      '2026-03-02T00:40:00.000Z',
      '2026-03-02T01:00:00.000Z',
    ]);
  });
});

describe('parseCron refuses what the platform would refuse', () => {
  test.each([
    ['0 0 8 * * *', /7 fields/], // 6 fields: the platform needs the year
    ['0 60 8 * * * *', /minute/],
    ['0 0 25 * * * *', /hour/],
    ['0 0 8 * 13 * *', /month/],
    ['0 0 8 * * * x', /year/],
    ['0 0 8 5-1 * * *', /empty range/],
  ])('%s', (expression, message) => {
    expect(() => parseCron(expression)).toThrow(message);
  });
});
