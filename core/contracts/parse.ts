/**
 * Boundary parsing for callable functions: envelope → known command → payload schema.
 *
 * Guarantees: total (never throws, whatever the input: non-objects, getters that throw, prototype tricks);
 * unknown commands are COMMAND.UNKNOWN; missing or bad `requestId` on a mutating command and any payload
 * problem are VALIDATION.INVALID whose message is the first Chinese issue and whose details list every issue.
 */
import { z } from 'zod';
import { ERROR_MESSAGES, type WireError } from '../domain/errors';
import { envelope, requestId as requestIdSchema } from './common';
import { accountCommands } from './account';
import { accountExtraCommands } from './account-extra';
import { deputyCommands } from './deputy';
import { deputyExtraCommands } from './deputy-extra';
import { accountPickerCommands, unitPickerCommands } from './pickers';
import { noticeInboxCommands } from './notices';
import { presidiumCommands } from './presidium';
import { residentCommands } from './resident';
import { unitCommands } from './unit';

/** Every callable command per function, the additive contract files included (extra, pickers). */
export const COMMANDS = {
  account: { ...accountCommands, ...accountExtraCommands, ...accountPickerCommands, ...noticeInboxCommands },
  resident: residentCommands,
  deputy: { ...deputyCommands, ...deputyExtraCommands, ...unitPickerCommands },
  presidium: { ...presidiumCommands, ...unitPickerCommands },
  unit: unitCommands,
} as const;
export type CallableName = keyof typeof COMMANDS;

// Schema messages are ours; anything a schema did not word (a payload that is not an object, say) falls back
// to zod's Chinese locale, so a person never sees English.
const zhCN = z.locales.zhCN().localeError;
const options = { error: zhCN };

export type ParsedRequest =
  | { ok: true; command: string; requestId?: string; payload: unknown; mutating: boolean }
  | { ok: false; error: WireError };

function invalid(
  issues: readonly z.core.$ZodIssue[],
  prefix: (string | number)[] = [],
): { ok: false; error: WireError } {
  const details = issues.map((i) => ({
    path: [...prefix, ...i.path.map((p) => (typeof p === 'symbol' ? String(p) : p))].join('.'),
    message: i.message,
  }));
  return {
    ok: false,
    error: {
      code: 'VALIDATION.INVALID',
      message: details[0]?.message ?? ERROR_MESSAGES['VALIDATION.INVALID'],
      details,
    },
  };
}

export function parseRequest(fn: CallableName, raw: unknown): ParsedRequest {
  try {
    const env = envelope.safeParse(raw, options);
    if (!env.success) return invalid(env.error.issues);
    const defs = COMMANDS[fn] as Record<string, { mutating: boolean; input: z.ZodType }>;
    if (!Object.prototype.hasOwnProperty.call(defs, env.data.command)) {
      return { ok: false, error: { code: 'COMMAND.UNKNOWN', message: ERROR_MESSAGES['COMMAND.UNKNOWN'] } };
    }
    const def = defs[env.data.command]!;
    if (def.mutating) {
      const rid = requestIdSchema.safeParse(env.data.requestId, options);
      if (!rid.success) return invalid(rid.error.issues, ['requestId']);
    }
    const payload = def.input.safeParse(env.data.payload ?? {}, options);
    if (!payload.success) return invalid(payload.error.issues, ['payload']);
    const out: ParsedRequest = { ok: true, command: env.data.command, payload: payload.data, mutating: def.mutating };
    if (env.data.requestId !== undefined) out.requestId = env.data.requestId;
    return out;
  } catch {
    // A hostile object (throwing getter, revoked proxy) is still just a bad payload.
    return { ok: false, error: { code: 'VALIDATION.INVALID', message: ERROR_MESSAGES['VALIDATION.INVALID'] } };
  }
}
