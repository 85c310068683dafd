/**
 * The slice of wx-server-sdk the adapters use, typed narrowly: one place that knows how the SDK is shaped, so
 * the rest of the adapter code is checked by the compiler. The real module is passed in by the function entry.
 */
export interface WxCloud {
  init(options?: { env?: unknown }): void;
  database(): WxDatabase;
  getWXContext(): { OPENID?: string; APPID?: string; UNIONID?: string; ENV?: string; SOURCE?: string };
  callFunction(options: { name: string; data: unknown }): Promise<{ result: unknown }>;
  uploadFile(options: { cloudPath: string; fileContent: Buffer }): Promise<{ fileID: string }>;
  getTempFileURL(options: {
    fileList: string[];
  }): Promise<{ fileList: { fileID: string; tempFileURL: string; status: number }[] }>;
  openapi: Record<string, Record<string, (params: Record<string, unknown>) => Promise<Record<string, unknown>>>>;
  DYNAMIC_CURRENT_ENV: unknown;
}

export interface WxDatabase {
  collection(name: string): WxCollection;
  command: WxCommand;
  serverDate(options?: { offset?: number }): unknown;
  startTransaction(): Promise<WxTransaction>;
  runTransaction<T>(callback: (tx: WxTransaction) => Promise<T>, times?: number): Promise<T>;
}

export interface WxQuery {
  where(filter: Record<string, unknown>): WxQuery;
  orderBy(field: string, direction: 'asc' | 'desc'): WxQuery;
  skip(n: number): WxQuery;
  limit(n: number): WxQuery;
  field(projection: Record<string, boolean | 0 | 1>): WxQuery;
  get(): Promise<{ data: Record<string, unknown>[] }>;
  count(): Promise<{ total: number }>;
  update(options: { data: Record<string, unknown> }): Promise<{ stats: { updated: number } }>;
  remove(): Promise<{ stats: { removed: number } }>;
}

export interface WxDocumentRef {
  get(): Promise<{ data: Record<string, unknown> | null }>;
  set(options: { data: Record<string, unknown> }): Promise<unknown>;
  update(options: { data: Record<string, unknown> }): Promise<{ stats: { updated: number } }>;
  remove(): Promise<unknown>;
}

export interface WxCollection extends WxQuery {
  doc(id: string): WxDocumentRef;
  add(options: { data: Record<string, unknown> }): Promise<{ _id: string }>;
  aggregate(): WxAggregate;
}

export interface WxAggregate {
  match(filter: Record<string, unknown>): WxAggregate;
  group(spec: Record<string, unknown>): WxAggregate;
  sort(spec: Record<string, 1 | -1>): WxAggregate;
  limit(n: number): WxAggregate;
  project(spec: Record<string, unknown>): WxAggregate;
  end(): Promise<{ list: Record<string, unknown>[] }>;
}

export interface WxTransaction {
  collection(name: string): {
    doc(id: string): WxDocumentRef;
    add(options: { data: Record<string, unknown> }): Promise<{ _id: string }>;
  };
  commit(): Promise<unknown>;
  rollback(reason?: unknown): Promise<unknown>;
}

/** Query commands (`db.command`): only those the adapters use. */
export interface WxCommand {
  eq(value: unknown): unknown;
  neq(value: unknown): unknown;
  gt(value: unknown): unknown;
  gte(value: unknown): unknown;
  lt(value: unknown): unknown;
  lte(value: unknown): unknown;
  in(values: unknown[]): unknown;
  nin(values: unknown[]): unknown;
  and(...conditions: unknown[]): unknown;
  or(...conditions: unknown[]): unknown;
  exists(flag: boolean): unknown;
  inc(n: number): unknown;
  push(values: unknown): unknown;
  remove(): unknown;
  /** Aggregation operators (`db.command.aggregate`), for `group` accumulators. */
  aggregate: { sum(value: unknown): unknown; avg(value: unknown): unknown };
}
