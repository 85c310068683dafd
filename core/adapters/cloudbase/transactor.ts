/**
 * `Transactor` on CloudBase: one `runTransaction` per change, holding the request log row, the reads and the writes.
 *
 * Why this shape: CloudBase transactions allow single-document operations only and retry the callback on write
 * conflicts (DATABASE_TRANSACTION_CONFLICT), so a version check done inside the callback is race-free. The request
 * log row for the client's request id is read and written in the same transaction: two concurrent retries of one
 * request conflict on it, and the loser re-runs, finds the row and returns the stored result. Anything else thrown
 * by the work (a DomainError) rolls back and propagates unchanged.
 *
 * Database requests per run: start + 1 (request log) + the work's reads + one per write + 1 (log row) + commit.
 */
import { DomainError } from '../../domain/errors';
import type { CollectionName } from '../../domain/directory';
import type { Transactor, TxOutcome, TxReader, TxRun, TxWrite } from '../../ports/transactor';
import type { WxDatabase, WxTransaction } from './sdk';
import { fromStored, toStored } from './documents';

interface RequestLogRow {
  _id: string;
  result: unknown;
  at: Date;
}

/** CloudBase answers a missing document inside a transaction with an error or with null data, by version. */
async function getOrNull<T>(tx: WxTransaction, collection: string, id: string): Promise<T | null> {
  try {
    const res = await tx.collection(collection).doc(id).get();
    return res.data ? (fromStored(res.data) as T) : null;
  } catch (error) {
    if (
      /not exist|DOCUMENT_NOT_FOUND|NOT_FOUND/i.test(
        String((error as { message?: string; errMsg?: string }).errMsg ?? (error as Error).message),
      )
    )
      return null;
    throw error;
  }
}

async function apply(tx: WxTransaction, write: TxWrite): Promise<void> {
  const ref = tx.collection(write.collection).doc(write.id);
  switch (write.kind) {
    case 'set': {
      const { _id: _ignored, ...data } = write.doc;
      await ref.set({ data: toStored(data) });
      return;
    }
    case 'update':
      await ref.update({ data: toStored(write.patch) });
      return;
    case 'remove':
      await ref.remove();
      return;
  }
}

function isConflict(error: unknown): boolean {
  const text = `${(error as { code?: string }).code ?? ''} ${(error as { errMsg?: string }).errMsg ?? ''} ${(error as Error).message ?? ''}`;
  return /TRANSACTION_CONFLICT/i.test(text);
}

export class CloudbaseTransactor implements Transactor {
  constructor(private readonly db: WxDatabase) {}

  async run<R>(requestKey: string | null, work: (tx: TxReader) => Promise<TxOutcome<R>>): Promise<TxRun<R>> {
    try {
      return await this.db.runTransaction(async (tx) => {
        if (requestKey) {
          const logged = await getOrNull<RequestLogRow>(tx, 'requestLog', requestKey);
          if (logged) return { result: logged.result as R, replayed: true };
        }
        const reader: TxReader = {
          get: <T>(collection: CollectionName, id: string) => getOrNull<T>(tx, collection, id),
        };
        const outcome = await work(reader);
        for (const write of outcome.writes) await apply(tx, write);
        if (requestKey) {
          await tx
            .collection('requestLog')
            .doc(requestKey)
            .set({ data: toStored({ result: outcome.result, at: this.db.serverDate() }) });
        }
        return { result: outcome.result, replayed: false };
      }, 3);
    } catch (error) {
      if (error instanceof DomainError) throw error;
      // The SDK gave up after its retries: another change to the same documents kept winning.
      if (isConflict(error)) throw new DomainError('OPINION.VERSION_CONFLICT');
      throw error;
    }
  }
}
