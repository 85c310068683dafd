/**
 * Opaque page cursors on the wire: the keyset (`at`, `id`) of the last row, base64url-encoded JSON.
 * Guarantees: `decodeCursor` accepts only what `encodeCursor` produced (anything else is VALIDATION.INVALID, never
 * a crash or an unindexed query).
 */
import { DomainError } from '../../domain/errors';
import type { PageCursor } from '../../ports/item-queries';

const B64 = /^[A-Za-z0-9_-]{1,400}$/;
/** Item and directory ids. Lists keyed by longer ids (notices carry openids) pass their own pattern. */
export const DOCUMENT_ID = /^[A-Za-z0-9_-]{1,64}$/;

function toBase64Url(text: string): string {
  return Buffer.from(text, 'utf8').toString('base64url');
}

export function encodeCursor(cursor: PageCursor | undefined): string | undefined {
  if (!cursor) return undefined;
  return toBase64Url(JSON.stringify([cursor.at.getTime(), cursor.id]));
}

export function decodeCursor(raw: string | undefined, idPattern: RegExp = DOCUMENT_ID): PageCursor | undefined {
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
  if (typeof ms !== 'number' || !Number.isSafeInteger(ms) || ms < 0 || typeof id !== 'string' || !idPattern.test(id))
    throw bad();
  return { at: new Date(ms), id };
}
