/**
 * Registration numbers `{year}-{seq}` (登记号, e.g. `2026-0042`), unique per year.
 *
 * Guarantees: the sequence has at least 4 digits (zero-padded; 10000 and above simply grow); `parse` accepts
 * exactly what `format` produces; the year of an item is its Shanghai calendar year at registration, whatever the
 * runtime zone (registered at 2026-12-31T17:00Z = 01:00 on 1 Jan in Shanghai → 2027). Allocating the next sequence
 * atomically is the adapter's job (a per-year counter document); this module only names and orders numbers.
 */
import { shanghaiYearOf } from './calendar';

export interface RegistrationNumber {
  readonly year: number;
  readonly seq: number;
}

const PATTERN = /^(\d{4})-(\d{4,})$/;

export function formatRegistrationNumber(year: number, seq: number): string {
  if (!Number.isInteger(year) || year < 1000 || year > 9999) throw new RangeError(`registration year: ${year}`);
  if (!Number.isInteger(seq) || seq < 1) throw new RangeError(`registration sequence must be ≥ 1: ${seq}`);
  return `${year}-${String(seq).padStart(4, '0')}`;
}

/** Null for anything `formatRegistrationNumber` could not have produced (`2026-42`, `2026-0000`, `2026-00042`). */
export function parseRegistrationNumber(text: string): RegistrationNumber | null {
  const match = PATTERN.exec(text);
  if (!match) return null;
  const year = Number(match[1]);
  const seq = Number(match[2]);
  if (seq < 1 || !Number.isSafeInteger(seq)) return null;
  // Reject extra leading zeros so one number has one spelling (the uniqueness key is the string).
  return formatRegistrationNumber(year, seq) === text ? { year, seq } : null;
}

/** The registration year of an item registered at `instant` (Shanghai calendar year). */
export function registrationYearOf(instant: Date): number {
  return shanghaiYearOf(instant);
}

/** Orders by year, then sequence (string order breaks at 10000). */
export function compareRegistrationNumbers(a: RegistrationNumber, b: RegistrationNumber): number {
  return a.year - b.year || a.seq - b.seq;
}
