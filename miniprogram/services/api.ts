/**
 * Typed entry points over call.ts: `query` for reads, `mutate` for state changes (with a client request id).
 *
 * Guarantees: the command name, payload and result type all come from core/contracts (services/wire.ts); a
 * mutating command always carries a request id, reused when the same action is retried after a transport failure.
 */
import { callFunction, type CallResult } from './call';
import { requestIdFor, settleRequestId } from './request-id';
import type { CommandOf, FunctionName, InputOf, ResultOf } from './wire';

export function query<F extends FunctionName, C extends CommandOf<F>>(
  fn: F,
  command: C,
  input: InputOf<F, C>,
): Promise<CallResult<ResultOf<F, C>>> {
  return callFunction<ResultOf<F, C>>(fn, command, input);
}

/**
 * `actionKey` names what the person is doing (default `fn.command`); pass the item id in it for item commands so
 * two items' actions never share an id.
 */
export async function mutate<F extends FunctionName, C extends CommandOf<F>>(
  fn: F,
  command: C,
  input: InputOf<F, C>,
  actionKey = `${fn}.${command}`,
): Promise<CallResult<ResultOf<F, C>>> {
  const requestId = requestIdFor(actionKey);
  const result = await callFunction<ResultOf<F, C>>(fn, command, input, { requestId });
  if (result.ok || !isTransportFailure(result.error.code)) settleRequestId(actionKey);
  return result;
}

function isTransportFailure(code: string): boolean {
  return code.startsWith('NETWORK.') || code.startsWith('CLOUD.');
}

/** Maps the data of a successful call, passing failures through. */
export function mapResult<T, U>(result: CallResult<T>, map: (data: T) => U): CallResult<U> {
  return result.ok ? { ok: true, data: map(result.data) } : result;
}
