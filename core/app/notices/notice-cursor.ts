/**
 * Inbox and dead-row page cursors: the same keyset codec as every other list (queries/cursor.ts), with the longer
 * id alphabet notice ids need (they carry dots and openids). Only what the codec produced is accepted.
 */
import { decodeCursor, encodeCursor } from '../queries/cursor';

const NOTICE_ID = /^[A-Za-z0-9_.:-]{1,200}$/;

export function encodeNoticeCursor(cursor: { at: Date; id: string } | undefined): string | undefined {
  return encodeCursor(cursor);
}

export function decodeNoticeCursor(raw: string | undefined): { at: Date; id: string } | undefined {
  return decodeCursor(raw, NOTICE_ID);
}
