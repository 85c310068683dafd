// Runs C2's pure domain suites again in other process time zones: cloud functions run in UTC+0, laptops in
// Asia/Shanghai or elsewhere, and every answer must be the same. A child jest per zone, without globalSetup.
import { spawnSync } from 'node:child_process';
import * as path from 'node:path';

const root = path.resolve(__dirname, '../..');
const suites = [
  'tests/domain/calendar.test.ts',
  'tests/domain/time-rules.test.ts',
  'tests/domain/deadlines/',
  'tests/domain/notice-fields.test.ts',
  'tests/domain/registration-number.test.ts',
  'tests/domain/statistics/',
];
const config = JSON.stringify({ rootDir: root, transform: { '^.+\\.ts$': ['@swc/jest'] }, testEnvironment: 'node' });

const describeOuter = process.env.C2_TZ_CHILD ? describe.skip : describe;

describeOuter('the domain suites give the same answers in every process time zone', () => {
  test.each(['UTC', 'America/New_York', 'Asia/Kathmandu'])(
    'TZ=%s',
    (tz) => {
      const run = spawnSync(
        process.execPath,
        [require.resolve('jest/bin/jest'), '--config', config, '--runInBand', ...suites],
        { cwd: root, env: { ...process.env, TZ: tz, C2_TZ_CHILD: '1' }, encoding: 'utf8' },
      );
      if (run.status !== 0) throw new Error(`TZ=${tz} failed:\n${run.stderr.slice(-4000)}`);
      // Guard against a vacuous pass: the child really ran tests, and the zone really differed from Shanghai.
      expect(run.stderr).toMatch(/Tests:\s+\d+ passed/);
    },
    120_000,
  );

  test('the zone of a child is really applied (sanity check of the harness)', () => {
    const probe = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(new Date(0).getTimezoneOffset()))'], {
      env: { ...process.env, TZ: 'America/New_York' },
      encoding: 'utf8',
    });
    expect(probe.stdout).toBe('300');
  });
});
