/**
 * When a failed notice is tried again: 1 min, 5 min, 30 min, 2 h, then every 6 h, and dead after the township's
 * `noticeMaxAttempts` (time-rules.ts). Pure; `attempts` counts the tries made so far, this one included.
 */
const STEPS_MS = [60_000, 5 * 60_000, 30 * 60_000, 2 * 3_600_000, 6 * 3_600_000] as const;

export function retryDelayMs(attempts: number): number {
  const index = Math.min(Math.max(attempts, 1), STEPS_MS.length) - 1;
  return STEPS_MS[index]!;
}

export function nextAttemptAt(attempts: number, now: Date): Date {
  return new Date(now.getTime() + retryDelayMs(attempts));
}

export function isDead(attempts: number, maxAttempts: number): boolean {
  return attempts >= maxAttempts;
}
