/**
 * One atomic change, the way CloudBase allows it: single-document reads and writes inside a transaction.
 *
 * Guarantees (held by every implementation):
 * - the writes of one `run` commit together or not at all;
 * - a document read through `tx.get` and then written conflicts with any other transaction that wrote it since,
 *   and the work is re-run on the fresh snapshot (so a version check inside the work is race-free);
 * - with a request key, the first successful result is stored with the writes; a later `run` with the same key
 *   returns that stored result (`replayed: true`) and writes nothing.
 */
import type { CollectionName } from '../domain/directory';

export interface TxReader {
  /** The document as of this transaction's snapshot, or null when it does not exist. */
  get<T>(collection: CollectionName, id: string): Promise<T | null>;
}

export type TxWrite =
  | { kind: 'set'; collection: CollectionName; id: string; doc: Record<string, unknown> }
  | { kind: 'update'; collection: CollectionName; id: string; patch: Record<string, unknown> }
  | { kind: 'remove'; collection: CollectionName; id: string };

export interface TxOutcome<R> {
  writes: TxWrite[];
  result: R;
}

export interface TxRun<R> {
  result: R;
  /** True when the request key had already succeeded and its stored result is returned. */
  replayed: boolean;
}

export interface Transactor {
  run<R>(requestKey: string | null, work: (tx: TxReader) => Promise<TxOutcome<R>>): Promise<TxRun<R>>;
}
