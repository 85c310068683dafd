// The inside of one function instance: a Node process that loads one built bundle and serves one invocation at a
// time, as a CloudBase instance does. Per invocation it sets the variables the platform sets (identity for
// getWXContext, API token, trigger source) and follows local-cloud's clock through `Date`, so code that asks
// `new Date()` sees the same "now" as server dates and timers. Standalone: node built-ins only (it is transpiled
// on its own and run outside the project's module graph).
import type { InstanceMessage, InvokeMessage, InvocationVars, SerializedError } from './protocol';

const RealDate = Date;
let clockBase = RealDate.now();
let realAtBase = clockBase;
let frozen = false;
const clockNow = (): number => (frozen ? clockBase : clockBase + (RealDate.now() - realAtBase));

// A Proxy rather than a subclass: `Date()` called without `new` must still return a string, and `instanceof Date`
// must keep working for values the SDK creates.
globalThis.Date = new Proxy(RealDate, {
  construct: (target, args: unknown[], newTarget) =>
    Reflect.construct(target, args.length === 0 ? [clockNow()] : args, newTarget) as object,
  apply: () => new RealDate(clockNow()).toString(),
  get: (target, prop, receiver) => (prop === 'now' ? clockNow : Reflect.get(target, prop, receiver)),
});

function send(message: InstanceMessage): void {
  process.send?.(message);
}

function serialize(error: unknown): SerializedError {
  if (error instanceof Error)
    return { name: error.name, message: error.message, ...(error.stack ? { stack: error.stack } : {}) };
  return { name: 'Error', message: typeof error === 'string' ? error : (JSON.stringify(error) ?? String(error)) };
}

let previousVars: string[] = [];
function applyVars(vars: InvocationVars): void {
  for (const key of previousVars) delete process.env[key];
  for (const [key, value] of Object.entries(vars)) process.env[key] = value;
  previousVars = Object.keys(vars);
}

type Main = (event: unknown, context: unknown) => unknown;
let main: Main | undefined;

const bundlePath = process.argv[2] ?? '';
const started = RealDate.now();
try {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const mod = require(bundlePath) as { main?: unknown };
  if (typeof mod.main !== 'function') throw new Error(`${bundlePath} does not export main(event, context)`);
  main = mod.main as Main;
  send({ type: 'ready', loadMs: RealDate.now() - started });
} catch (error) {
  send({ type: 'load-failed', error: serialize(error) });
}

process.on('message', (message: InvokeMessage) => {
  if (message.type !== 'invoke' || !main) return;
  clockBase = message.clock.now;
  realAtBase = RealDate.now();
  frozen = message.clock.frozen;
  applyVars(message.vars);
  const run = main;
  Promise.resolve()
    .then(() => run(message.event, message.context))
    .then(
      (result) =>
        send({
          type: 'done',
          id: message.id,
          ok: true,
          response: JSON.stringify(result === undefined ? null : result),
        }),
      (error: unknown) => send({ type: 'done', id: message.id, ok: false, error: serialize(error) }),
    )
    .catch((error: unknown) => send({ type: 'done', id: message.id, ok: false, error: serialize(error) }));
});
