/**
 * The thin layer every callable function shares: envelope → validated command → handler → envelope.
 *
 * Guarantees:
 * - the payload is validated by the command's schema before anything else; a bad payload answers
 *   VALIDATION.INVALID with the first issue's Chinese message and writes nothing;
 * - the caller's roles come from the OPENID (CallerDirectory), and a command whose roles the caller does not hold
 *   answers AUTH.FORBIDDEN (AUTH.NOT_REGISTERED for a visitor) before the handler runs; handlers still check
 *   ownership of the item themselves;
 * - mutating commands must carry a request id; the handler gets a request key scoped to function, command and
 *   caller, which the Transactor uses so a retry returns the first result and writes nothing new;
 * - whatever is thrown becomes a coded wire error; unknown errors are logged and answered SYSTEM.INTERNAL.
 */
import type { z } from 'zod';
import { DomainError, toWireError, type WireError } from '../../domain/errors';
import type { Actor } from '../../domain/opinion/commands';
import type { Role } from '../../domain/roles';
import { actorFor, type Caller } from './caller';
import type { AppPorts } from './ports';

export type Envelope<T> = { ok: true; data: T } | { ok: false; error: WireError };

export interface CommandContext {
  caller: Caller;
  /** The caller's actor for this command's roles (undefined only for commands open to anyone). */
  actor: Actor | undefined;
  now: Date;
  /** Set for mutating commands: pass it to `Transactor.run`. */
  requestKey: string | null;
  /** The client's request id as sent (mutating commands), for names that must be the same on a retry. */
  requestId: string | null;
  ports: AppPorts;
}

export interface CommandSpec<I = unknown, R = unknown> {
  input: z.ZodType<I>;
  mutating: boolean;
  /** Roles allowed to call the command at all; 'anyone' includes unregistered visitors (e.g. whoami, register). */
  roles: readonly Role[] | 'anyone';
  handle(ctx: CommandContext & { actor: Actor | undefined }, input: I): Promise<R>;
}

/** Keeps a command's input type tied to its schema when the spec is written inline. */
export function command<I, R>(spec: CommandSpec<I, R>): CommandSpec<I, R> {
  return spec;
}

export interface Identity {
  openid: string | undefined;
}

const REQUEST_ID = /^[A-Za-z0-9_-]{8,64}$/;

function firstIssueMessage(error: z.ZodError): string {
  const issue = error.issues[0];
  if (!issue) return '填写的内容有误，请检查后重试';
  const where = issue.path.length > 0 ? `${issue.path.join('.')}：` : '';
  return `${where}${issue.message}`;
}

export interface FunctionDefinition {
  name: string;
  commands: Record<string, CommandSpec<unknown, unknown>>;
}

export function createFunctionHandler(definition: FunctionDefinition, ports: AppPorts) {
  return async function handle(event: unknown, identity: Identity): Promise<Envelope<unknown>> {
    try {
      const envelope = (event ?? {}) as { command?: unknown; requestId?: unknown; payload?: unknown };
      const name = typeof envelope.command === 'string' ? envelope.command : '';
      const spec = Object.prototype.hasOwnProperty.call(definition.commands, name)
        ? definition.commands[name]
        : undefined;
      if (!spec) throw new DomainError('COMMAND.UNKNOWN');
      if (!identity.openid) throw new DomainError('AUTH.NOT_REGISTERED');

      const parsed = spec.input.safeParse(envelope.payload ?? {});
      if (!parsed.success) throw new DomainError('VALIDATION.INVALID', firstIssueMessage(parsed.error));

      let requestKey: string | null = null;
      let requestId: string | null = null;
      if (spec.mutating) {
        if (typeof envelope.requestId !== 'string' || !REQUEST_ID.test(envelope.requestId)) {
          throw new DomainError('VALIDATION.INVALID', '缺少有效的请求编号（requestId）');
        }
        requestId = envelope.requestId;
        requestKey = `${definition.name}.${name}.${identity.openid}.${requestId}`;
      }

      const caller = await ports.callers.resolve(identity.openid);
      let actor: Actor | undefined;
      if (spec.roles !== 'anyone') {
        if (caller.actors.length === 0) throw new DomainError('AUTH.NOT_REGISTERED');
        actor = actorFor(caller, spec.roles);
        if (!actor) throw new DomainError('AUTH.FORBIDDEN');
      }

      const data = await spec.handle(
        { caller, actor, now: ports.clock.now(), requestKey, requestId, ports },
        parsed.data,
      );
      return { ok: true, data };
    } catch (error) {
      if (!(error instanceof DomainError))
        ports.log.error(`${definition.name}: ${String((error as Error)?.stack ?? error)}`);
      return { ok: false, error: toWireError(error) };
    }
  };
}
