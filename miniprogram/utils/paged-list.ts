/**
 * Cursor-paginated lists on a page: first page, refresh, next page on reaching the bottom.
 *
 * Guarantees: the cursor lives on the instance, not in `data`; a next page is appended with path keys
 * (`rows[20]`, `rows[21]`, … in ONE setData), never by resending the list; a page load never overlaps another;
 * a response for an outdated request (the filter changed meanwhile) is dropped.
 */
import type { CallResult } from '../services/call';

export interface ListData<Row> {
  status: 'loading' | 'ready' | 'empty' | 'error';
  errorMessage: string;
  rows: Row[];
  /** '' | 'loading' | 'more' (more to load) | 'end' | 'error' */
  footer: '' | 'loading' | 'more' | 'end' | 'error';
}

export const initialList = { status: 'loading', errorMessage: '', rows: [], footer: '' } as const;

type SetData = (data: Record<string, unknown>) => void;

export class PagedList<Row> {
  private cursor = '';
  private busy = false;
  private generation = 0;
  private count = 0;

  constructor(
    private readonly setData: SetData,
    private readonly fetch: (cursor?: string) => Promise<CallResult<{ rows: Row[]; nextCursor: string }>>,
  ) {}

  /** First page (load or pull-down refresh); keeps showing the old rows while refreshing when `quiet`. */
  async reload(quiet = false): Promise<void> {
    const generation = ++this.generation;
    this.busy = true;
    if (!quiet) this.setData({ status: 'loading', errorMessage: '' });
    const result = await this.fetch();
    if (generation !== this.generation) return;
    this.busy = false;
    if (!result.ok) {
      this.setData({ status: 'error', errorMessage: result.error.message });
      return;
    }
    this.cursor = result.data.nextCursor;
    this.count = result.data.rows.length;
    this.setData({
      status: this.count > 0 ? 'ready' : 'empty',
      rows: result.data.rows,
      footer: this.cursor ? 'more' : this.count > 0 ? 'end' : '',
    });
  }

  async more(): Promise<void> {
    if (this.busy || !this.cursor) return;
    const generation = this.generation;
    this.busy = true;
    this.setData({ footer: 'loading' });
    const result = await this.fetch(this.cursor);
    if (generation !== this.generation) return;
    this.busy = false;
    if (!result.ok) {
      this.setData({ footer: 'error' });
      return;
    }
    const patch: Record<string, unknown> = {};
    result.data.rows.forEach((row, i) => (patch[`rows[${this.count + i}]`] = row));
    this.count += result.data.rows.length;
    this.cursor = result.data.nextCursor;
    patch.footer = this.cursor ? 'more' : 'end';
    this.setData(patch);
  }
}
