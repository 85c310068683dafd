// Timer triggers, per environment, on that environment's clock. Every trigger instant is fired exactly once: a
// watermark per environment records how far triggers have fired, whether time moved by a clock advance (each
// instant in the skipped span fires in order, the clock stepping to it so the run sees that "now") or, when
// real-time firing is on, by time passing on a running clock. Runs of one environment never overlap.
import type { Environment, Environments } from '../environments';
import type { FunctionCatalog } from '../functions/function-catalog';
import type { InvocationResult, InvokeRequest } from '../functions/function-host';
import { parseCron, type CronSchedule } from './cron';

export interface FiredTimer {
  env: string;
  functionName: string;
  trigger: string;
  /** The scheduled instant, ISO UTC (also the event's `Time`). */
  time: string;
  ok: boolean;
  requestId: string;
  error?: string;
}

export interface TimerSchedulerOptions {
  environments: Environments;
  catalog: FunctionCatalog;
  invoke: (request: InvokeRequest) => Promise<InvocationResult>;
  /** Fire on real time passing (running clocks only); advances always fire. */
  realTime: boolean;
  log: (line: string) => void;
}

interface Due {
  at: number;
  functionName: string;
  trigger: string;
}

interface EnvState {
  env: Environment;
  /** Every trigger instant at or before this has fired (or was skipped by real time with firing off). */
  watermark: number;
  chain: Promise<void>;
  timer?: NodeJS.Timeout;
  collectors: Set<FiredTimer[]>;
}

const REAL_TIME_POLL_MS = 60_000;

/** The platform's timer event: `Time` is the scheduled instant in ISO UTC without milliseconds. */
export function timerEvent(
  trigger: string,
  at: number,
): { Type: 'Timer'; TriggerName: string; Time: string; Message: string } {
  return {
    Type: 'Timer',
    TriggerName: trigger,
    Time: new Date(at).toISOString().replace(/\.\d{3}Z$/, 'Z'),
    Message: '',
  };
}

export class TimerScheduler {
  private readonly states = new Map<string, EnvState>();
  private readonly schedules = new Map<string, CronSchedule | null>();
  private closed = false;

  constructor(private readonly options: TimerSchedulerOptions) {
    options.environments.onCreated((env) => this.attach(env));
  }

  /** Moves the environment's clock to `to`, firing each trigger due on the way, in order, awaiting each run. */
  async advance(envName: string, to: number): Promise<{ now: number; fired: FiredTimer[] }> {
    const state = this.state(envName);
    const clock = state.env.clock;
    if (to < clock.now()) throw new Error('the clock only moves forward');
    const fired: FiredTimer[] = [];
    state.collectors.add(fired);
    try {
      for (;;) {
        const next = this.nextDue(clock.now(), to);
        if (next === undefined) {
          await clock.advanceTo(Math.max(to, clock.now()));
          break;
        }
        await clock.advanceTo(Math.max(next, clock.now()));
      }
    } finally {
      state.collectors.delete(fired);
    }
    return { now: clock.now(), fired };
  }

  /** The first trigger instant in (after, until], over every deployed function. */
  nextDue(after: number, until: number): number | undefined {
    let best: number | undefined;
    for (const { schedule } of this.triggers()) {
      const at = schedule.nextAfter(after, until);
      if (at !== undefined && at <= until && (best === undefined || at < best)) best = at;
    }
    return best;
  }

  close(): void {
    this.closed = true;
    for (const state of this.states.values()) clearTimeout(state.timer);
  }

  private state(envName: string): EnvState {
    this.options.environments.get(envName); // creates it (and attaches) on first use
    const state = this.states.get(envName);
    if (!state) throw new Error(`environment ${envName} not attached`);
    return state;
  }

  private attach(env: Environment): void {
    const state: EnvState = { env, watermark: env.clock.now(), chain: Promise.resolve(), collectors: new Set() };
    this.states.set(env.name, state);
    env.clock.onAdvance((from, to) => this.fireSpan(state, Math.max(from, state.watermark), to));
    this.scheduleRealTime(state);
  }

  private triggers(): { functionName: string; trigger: string; schedule: CronSchedule }[] {
    const out: { functionName: string; trigger: string; schedule: CronSchedule }[] = [];
    for (const fn of this.options.catalog.list()) {
      for (const trigger of fn.config.triggers) {
        let schedule = this.schedules.get(trigger.config);
        if (schedule === undefined) {
          try {
            schedule = parseCron(trigger.config);
          } catch (error) {
            this.options.log(`timer ${fn.name}/${trigger.name}: ${String(error)}; trigger ignored`);
            schedule = null;
          }
          this.schedules.set(trigger.config, schedule);
        }
        if (schedule) out.push({ functionName: fn.name, trigger: trigger.name, schedule });
      }
    }
    return out;
  }

  private dueIn(from: number, to: number): Due[] {
    const due: Due[] = [];
    for (const { functionName, trigger, schedule } of this.triggers()) {
      for (const at of schedule.between(from, to)) due.push({ at, functionName, trigger });
    }
    return due.sort((a, b) => a.at - b.at || a.functionName.localeCompare(b.functionName));
  }

  /** Fires every trigger instant in (from, to] for one environment, after any run already under way. */
  private fireSpan(state: EnvState, from: number, to: number): Promise<void> {
    const run = state.chain.then(async () => {
      const lower = Math.max(from, state.watermark);
      if (to <= lower) return;
      state.watermark = to;
      for (const due of this.dueIn(lower, to)) {
        if (this.closed) return;
        const result = await this.options.invoke({
          env: state.env.name,
          name: due.functionName,
          event: timerEvent(due.trigger, due.at),
          source: 'wx_trigger',
          trigger: true,
        });
        const record: FiredTimer = {
          env: state.env.name,
          functionName: due.functionName,
          trigger: due.trigger,
          time: timerEvent(due.trigger, due.at).Time,
          ok: result.ok,
          requestId: result.requestId,
          ...(result.ok ? {} : { error: result.message }),
        };
        // The platform discards a timer run's result; a failure is only logged (its retries are not emulated).
        if (!result.ok)
          this.options.log(`timer ${due.functionName}/${due.trigger} at ${record.time} failed: ${result.message}`);
        for (const collector of state.collectors) collector.push(record);
      }
    });
    state.chain = run.catch(() => undefined);
    return run;
  }

  private scheduleRealTime(state: EnvState): void {
    clearTimeout(state.timer);
    if (!this.options.realTime || this.closed || state.env.clock.isFrozen()) return;
    const now = state.env.clock.now();
    const next = this.nextDue(state.watermark, now + REAL_TIME_POLL_MS);
    const delay = next === undefined ? REAL_TIME_POLL_MS : Math.max(0, next - now);
    state.timer = setTimeout(() => {
      this.fireSpan(state, state.watermark, state.env.clock.now())
        .catch((error: unknown) => this.options.log(`timers ${state.env.name}: ${String(error)}`))
        .finally(() => this.scheduleRealTime(state));
    }, delay);
    state.timer.unref();
  }
}
