// CloudBase timer-trigger cron: 7 fields (second minute hour day month weekday year), read in UTC+8 whatever the
// zone of the machine, because that is how the platform reads them while the function itself runs in UTC.
// Supports `*`, `?`, numbers, names (JAN-DEC, SUN-SAT), ranges `a-b`, lists `a,b` and steps `*/n`, `a-b/n`, `a/n`.
// Day and weekday both restricted means either matches (classic cron OR), as the platform documents.
const SHIFT_MS = 8 * 3600_000;
const MONTHS = ['JAN', 'FEB', 'MAR', 'APR', 'MAY', 'JUN', 'JUL', 'AUG', 'SEP', 'OCT', 'NOV', 'DEC'];
const WEEKDAYS = ['SUN', 'MON', 'TUE', 'WED', 'THU', 'FRI', 'SAT'];

interface FieldSpec {
  readonly name: string;
  readonly min: number;
  readonly max: number;
  readonly names?: readonly string[];
  readonly nameBase?: number;
}

const FIELDS: readonly FieldSpec[] = [
  { name: 'second', min: 0, max: 59 },
  { name: 'minute', min: 0, max: 59 },
  { name: 'hour', min: 0, max: 23 },
  { name: 'day', min: 1, max: 31 },
  { name: 'month', min: 1, max: 12, names: MONTHS, nameBase: 1 },
  { name: 'weekday', min: 0, max: 6, names: WEEKDAYS, nameBase: 0 },
  { name: 'year', min: 1970, max: 2199 },
];

interface Field {
  readonly values: ReadonlySet<number>;
  /** The field was `*` or `?`: matters for the day/weekday OR rule. */
  readonly any: boolean;
}

export interface CronSchedule {
  readonly expression: string;
  /** The first instant strictly after `afterMs` that the schedule fires at, or undefined if none before `untilMs`. */
  nextAfter(afterMs: number, untilMs?: number): number | undefined;
  /** Every firing instant in the half-open span (fromMs, toMs], in order. */
  between(fromMs: number, toMs: number): number[];
}

function parseValue(text: string, spec: FieldSpec): number {
  const upper = text.toUpperCase();
  const named = spec.names?.indexOf(upper) ?? -1;
  if (named >= 0) return named + (spec.nameBase ?? 0);
  if (!/^\d+$/.test(text)) throw new Error(`cron ${spec.name}: "${text}" is not a number`);
  let value = Number(text);
  if (spec.name === 'weekday' && value === 7) value = 0; // Sunday written as 7 is common; accept it
  if (value < spec.min || value > spec.max)
    throw new Error(`cron ${spec.name}: ${value} outside ${spec.min}-${spec.max}`);
  return value;
}

function parseField(text: string, spec: FieldSpec): Field {
  if (text === '*' || text === '?') return { values: range(spec.min, spec.max, 1), any: true };
  const values = new Set<number>();
  for (const part of text.split(',')) {
    const [base = '', stepText] = part.split('/');
    const step = stepText === undefined ? 1 : Number(stepText);
    if (!Number.isInteger(step) || step < 1) throw new Error(`cron ${spec.name}: bad step in "${part}"`);
    let low: number;
    let high: number;
    if (base === '*') {
      low = spec.min;
      high = spec.max;
    } else if (base.includes('-')) {
      const [a = '', b = ''] = base.split('-');
      low = parseValue(a, spec);
      high = parseValue(b, spec);
      if (high < low) throw new Error(`cron ${spec.name}: empty range "${base}"`);
    } else {
      low = parseValue(base, spec);
      high = stepText === undefined ? low : spec.max;
    }
    for (const v of range(low, high, step)) values.add(v);
  }
  return { values, any: false };
}

function range(low: number, high: number, step: number): Set<number> {
  const out = new Set<number>();
  for (let v = low; v <= high; v += step) out.add(v);
  return out;
}

export function parseCron(expression: string): CronSchedule {
  const parts = expression.trim().split(/\s+/);
  if (parts.length !== 7)
    throw new Error(`cron "${expression}" needs 7 fields (second minute hour day month weekday year)`);
  const [second, minute, hour, day, month, weekday, year] = parts.map((p, i) => parseField(p, FIELDS[i]!)) as [
    Field,
    Field,
    Field,
    Field,
    Field,
    Field,
    Field,
  ];

  function dayMatches(d: Date): boolean {
    const dom = day.values.has(d.getUTCDate());
    const dow = weekday.values.has(d.getUTCDay());
    if (day.any && weekday.any) return true;
    if (day.any) return dow;
    if (weekday.any) return dom;
    return dom || dow;
  }

  // Works on Beijing wall time held in a Date's UTC fields; each mismatch jumps to the start of the next unit, so
  // a schedule is found in a few hundred steps at most.
  function nextAfter(afterMs: number, untilMs = afterMs + 200 * 366 * 86_400_000): number | undefined {
    const limit = untilMs + SHIFT_MS;
    const t = new Date(Math.floor((afterMs + SHIFT_MS) / 1000) * 1000 + 1000);
    while (t.getTime() <= limit) {
      if (!year.values.has(t.getUTCFullYear())) {
        const next = [...year.values].filter((y) => y > t.getUTCFullYear()).sort((a, b) => a - b)[0];
        if (next === undefined) return undefined;
        t.setTime(Date.UTC(next, 0, 1));
        continue;
      }
      if (!month.values.has(t.getUTCMonth() + 1)) {
        t.setTime(Date.UTC(t.getUTCFullYear(), t.getUTCMonth() + 1, 1));
        continue;
      }
      if (!dayMatches(t)) {
        t.setTime(Date.UTC(t.getUTCFullYear(), t.getUTCMonth(), t.getUTCDate() + 1));
        continue;
      }
      if (!hour.values.has(t.getUTCHours())) {
        t.setTime(Date.UTC(t.getUTCFullYear(), t.getUTCMonth(), t.getUTCDate(), t.getUTCHours() + 1));
        continue;
      }
      if (!minute.values.has(t.getUTCMinutes())) {
        t.setUTCMinutes(t.getUTCMinutes() + 1, 0);
        continue;
      }
      if (!second.values.has(t.getUTCSeconds())) {
        t.setUTCSeconds(t.getUTCSeconds() + 1);
        continue;
      }
      return t.getTime() - SHIFT_MS;
    }
    return undefined;
  }

  return {
    expression,
    nextAfter,
    between(fromMs, toMs) {
      const out: number[] = [];
      for (let t = nextAfter(fromMs, toMs); t !== undefined && t <= toMs; t = nextAfter(t, toMs)) out.push(t);
      return out;
    },
  };
}
