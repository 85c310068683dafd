/**
 * Inbox and dead-row page cursors on the wire: (`at`, `id`) of the last row, base64url JSON. Notice ids carry
 * dots and openids, so they are longer than item ids; only what `encodeNoticeCursor` produced is accepted.
 */
import { DomainError } from '../../domain/errors';

const B64 = /^[A-Za-z0-9_-]{1,400}$/;
const ID = /^[A-Za-z0-9_.:-]{1,200}$/;

export function encodeNoticeCursor(cursor: { at: Date; id: string } | undefined): string | undefined {
  return cursor
    ? Buffer.from(JSON.stringify([cursor.at.getTime(), cursor.id]), 'utf8').toString('base64url')
    : undefined;
}

export function decodeNoticeCursor(raw: string | undefined): { at: Date; id: string } | undefined {
  if (raw === undefined || raw === '') return undefined;
  const bad = () => new DomainError('VALIDATION.INVALID', '分页参数无效');
  if (!B64.test(raw)) throw bad();
  let parsed: unknown;
  try {
    parsed = JSON.parse(Buffer.from(raw, 'base64url').toString('utf8'));
  } catch {
    throw bad();
  }
  if (!Array.isArray(parsed) || parsed.length !== 2) throw bad();
  const [ms, id] = parsed as [unknown, unknown];
  if (typeof ms !== 'number' || !Number.isSafeInteger(ms) || ms < 0 || typeof id !== 'string' || !ID.test(id))
    throw bad();
  return { at: new Date(ms), id };
}
