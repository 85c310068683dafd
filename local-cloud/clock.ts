// One clock per environment, shared by server dates, the function host and timer triggers. By default it follows
// real time; an environment may be started at a pinned instant and frozen (tests do), so "now" is exact. It only
// moves forward once running, so a developer or a test can jump ahead ("15 working days later") and every consumer
// sees the same "now". Listeners hear each advance so timers due in the skipped span fire in order.
export type ClockListener = (from: number, to: number) => Promise<void> | void;

export interface ClockOptions {
  /** The instant the clock starts at (ms since epoch); defaults to real now. */
  startAt?: number;
  /** A frozen clock stands still between advances; a running one follows real time. */
  frozen?: boolean;
}

export class Clock {
  private base: number;
  private readonly realAtBase: number;
  private readonly frozen: boolean;
  private readonly listeners = new Set<ClockListener>();

  constructor(
    options: ClockOptions = {},
    private readonly realNow: () => number = Date.now,
  ) {
    this.realAtBase = realNow();
    this.base = options.startAt ?? this.realAtBase;
    this.frozen = options.frozen ?? false;
  }

  now(): number {
    return this.frozen ? this.base : this.base + (this.realNow() - this.realAtBase);
  }

  isFrozen(): boolean {
    return this.frozen;
  }

  /** Moves the clock forward by `ms` (never back) and lets listeners act on the skipped span, in order. */
  async advance(ms: number): Promise<number> {
    if (!(ms >= 0)) throw new Error('the clock only moves forward');
    const from = this.now();
    this.base += ms;
    const to = this.now();
    for (const listener of this.listeners) await listener(from, to);
    return to;
  }

  /** Moves the clock forward to an absolute instant; an instant in the past is refused. */
  async advanceTo(instantMs: number): Promise<number> {
    const delta = instantMs - this.now();
    if (delta < 0) throw new Error('the clock only moves forward');
    return this.advance(delta);
  }

  onAdvance(listener: ClockListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }
}
