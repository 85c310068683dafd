// CloudBase environments on one machine. Each environment (named by the SDK's `envName`) has its own database,
// clock, function instances and open-API log, like separate CloudBase environments; tests use a fresh one per file.
import { Clock, type ClockOptions } from './clock';

export interface Environment {
  readonly name: string;
  readonly clock: Clock;
}

export class Environments {
  private readonly byName = new Map<string, Environment>();
  private readonly createdHooks: ((env: Environment) => void)[] = [];

  constructor(private readonly defaultClock: ClockOptions = {}) {}

  /** Returns the environment, creating it (with a clock per `options` or the server default) on first use. */
  get(name: string, options?: ClockOptions): Environment {
    let env = this.byName.get(name);
    if (!env) {
      env = { name, clock: new Clock(options ?? this.defaultClock) };
      this.byName.set(name, env);
      for (const hook of this.createdHooks) hook(env);
    }
    return env;
  }

  has(name: string): boolean {
    return this.byName.has(name);
  }

  list(): Environment[] {
    return [...this.byName.values()];
  }

  /** Lets subsystems (timers, function host) attach to every environment as it appears. */
  onCreated(hook: (env: Environment) => void): void {
    this.createdHooks.push(hook);
    for (const env of this.byName.values()) hook(env);
  }
}
