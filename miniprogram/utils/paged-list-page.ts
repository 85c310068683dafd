/**
 * A page whose body is one cursor-paginated list (my items, my notices, the presidium queue, the staff inboxes):
 * the list is the first screen (one call), pull down to refresh it, reach the bottom (or tap 加载更多) for the
 * next page, retry from the error state. Each page spreads `data` and `methods` into its Component, reads its
 * filters in `fetch`, and calls `this.reloadList()` when a filter changes.
 *
 * Guarantees: those of PagedList (path-key appends, no overlapping loads, answers to an old filter dropped); a
 * page's own `afterReload` method (counts, the unread badge) runs after the first screen, a pull-down and a
 * retry, never before the list is shown.
 */
import type { CallResult } from '../services/call';
import { readLargeFont } from './large-font';
import { initialList, PagedList } from './paged-list';

export interface PagedListInstance {
  data: Record<string, unknown>;
  setData(data: Record<string, unknown>): void;
  afterReload?(): Promise<void>;
}

/** The list (and its cursor) lives on the instance, not in `data`: nothing renders it. */
const listOf = <Row>(page: PagedListInstance) => (page as unknown as { list: PagedList<Row> }).list;

export interface PagedListPageSpec<Row, Filters> {
  /** One page of rows for the page's current data (its filters); `page.setData` may show what else came back. */
  fetch: (
    data: Filters,
    cursor: string | undefined,
    page: { setData(data: Record<string, unknown>): void },
  ) => Promise<CallResult<{ rows: Row[]; nextCursor: string }>>;
}

export function pagedListPage<Row, Filters = unknown>(spec: PagedListPageSpec<Row, Filters>) {
  const after = (page: PagedListInstance) => page.afterReload?.();
  return {
    data: { ...initialList, rows: [] as Row[], largeFont: false },
    methods: {
      onLoad(this: PagedListInstance) {
        (this as unknown as { list: PagedList<Row> }).list = new PagedList<Row>(
          (d) => this.setData(d),
          (cursor) => spec.fetch(this.data as Filters, cursor, this),
        );
        this.setData({ largeFont: readLargeFont() });
        void listOf<Row>(this)
          .reload()
          .then(() => after(this));
      },
      /** The first page again for changed filters (`quiet` keeps the rows on screen meanwhile). */
      reloadList(this: PagedListInstance, quiet = false) {
        return listOf<Row>(this).reload(quiet);
      },
      async onPullDownRefresh(this: PagedListInstance) {
        await listOf<Row>(this).reload(true);
        await after(this);
        wx.stopPullDownRefresh?.();
      },
      onReachBottom(this: PagedListInstance) {
        void listOf<Row>(this).more();
      },
      onMore(this: PagedListInstance) {
        void listOf<Row>(this).more();
      },
      onRetry(this: PagedListInstance) {
        void listOf<Row>(this)
          .reload()
          .then(() => after(this));
      },
    },
  };
}
