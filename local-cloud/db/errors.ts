// CloudBase's database error codes, as the SDKs know them (wx-server-sdk maps them to errCode numbers, e.g.
// DATABASE_COLLECTION_NOT_EXIST → -502005; @cloudbase/database's runTransaction retries on
// DATABASE_TRANSACTION_CONFLICT only). Messages follow the cloud's wording where we know it.
import { CloudError } from '../http-router';

export const dbErrors = {
  collectionNotExist: (name: string) =>
    new CloudError(
      'DATABASE_COLLECTION_NOT_EXIST',
      `[ResourceNotFound] Db or Table not exist: ${name}. Please check your request`,
    ),
  collectionExists: (name: string) =>
    new CloudError('DATABASE_COLLECTION_ALREADY_EXIST', `[ResourceInUse] Table exist: ${name}`),
  invalidParam: (message: string) => new CloudError('INVALID_PARAM', message),
  requestFailed: (message: string) => new CloudError('DATABASE_REQUEST_FAILED', message),
  duplicateKey: (collection: string, index: string, id: string) =>
    new CloudError(
      'DATABASE_REQUEST_FAILED',
      `E11000 duplicate key error collection: ${collection} index: ${index} (document ${id})`,
    ),
  transactionConflict: (collection: string, id: string) =>
    new CloudError(
      'DATABASE_TRANSACTION_CONFLICT',
      `[TransactionConflict] Write conflict: document ${id} in ${collection} changed after the transaction started`,
    ),
  transactionNotExist: (id: string) =>
    new CloudError('DATABASE_TRANSACTION_FAIL', `[TransactionNotFound] transaction ${id} does not exist or has ended`),
  notSingleDocument: (what: string) =>
    new CloudError(
      'DATABASE_REQUEST_FAILED',
      `transactions allow single-document operations only (doc().get/set/update/remove, add one document): ${what}`,
    ),
};
