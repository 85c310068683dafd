/**
 * A staff member's home list with tabs and their counts — the deputy's inbox and the unit's assignments are the
 * same page apart from their tabs, their two calls and where a row opens. Each page spreads `data` and `methods`
 * into its Component and adds its own entries.
 *
 * Guarantees: the first screen is one call (the list of the first tab); the tab counts and the unread badge
 * arrive afterwards and never block the list; rows are appended with path keys (PagedList); a tab change or a
 * pull-down reloads the list and the counts; coming back to the page refreshes the badge only.
 */
import type { CallResult } from '../services/call';
import type { ItemRowView } from '../services/item-views';
import { unreadNoticeCount } from '../services/notices';
import { readLargeFont } from './large-font';
import { initialList, PagedList } from './paged-list';

export interface TabbedInboxSpec<Tab extends string> {
  tabs: { value: Tab; label: string }[];
  list: (tab: Tab, cursor?: string) => Promise<CallResult<{ rows: ItemRowView[]; nextCursor: string }>>;
  counts: () => Promise<CallResult<Record<Tab, number>>>;
  /** The item page a row opens, e.g. `/packages/unit/pages/item/index`. */
  itemPage: string;
}

interface TabbedInboxData<Tab extends string> {
  status: string;
  tab: Tab;
  unread: number;
}

/** What the methods need of the page instance (the Component runtime provides data and setData). */
interface TabbedInboxInstance<Tab extends string> {
  data: TabbedInboxData<Tab>;
  setData(data: Record<string, unknown>): void;
  list: PagedList<ItemRowView>;
  refreshCounts(): Promise<void>;
  refreshUnread(): Promise<void>;
}

export function tabbedInbox<Tab extends string>(spec: TabbedInboxSpec<Tab>) {
  const tabLabels = (counts?: Record<Tab, number>) =>
    spec.tabs.map((t) => ({ value: t.value, label: counts ? `${t.label} ${counts[t.value]}` : t.label }));
  return {
    data: {
      ...initialList,
      rows: [] as ItemRowView[],
      largeFont: false,
      unread: 0,
      tabs: tabLabels(),
      tab: spec.tabs[0]!.value,
    },
    methods: {
      onLoad(this: TabbedInboxInstance<Tab>) {
        this.list = new PagedList<ItemRowView>(
          (d) => this.setData(d),
          (cursor) => spec.list(this.data.tab, cursor),
        );
        this.setData({ largeFont: readLargeFont() });
        void this.list.reload().then(() => this.refreshCounts());
      },
      onShow(this: TabbedInboxInstance<Tab>) {
        // Back from the item or the notices: the badge follows (not on the first show, whose first screen is the
        // list alone).
        if (this.data.status !== 'loading') void this.refreshUnread();
      },
      async refreshCounts(this: TabbedInboxInstance<Tab>) {
        const result = await spec.counts();
        if (result.ok) this.setData({ tabs: tabLabels(result.data) });
        await this.refreshUnread();
      },
      async refreshUnread(this: TabbedInboxInstance<Tab>) {
        const result = await unreadNoticeCount();
        if (result.ok && result.data !== this.data.unread) this.setData({ unread: result.data });
      },
      async onPullDownRefresh(this: TabbedInboxInstance<Tab>) {
        await this.list.reload(true);
        await this.refreshCounts();
        wx.stopPullDownRefresh?.();
      },
      onReachBottom(this: TabbedInboxInstance<Tab>) {
        void this.list.more();
      },
      onMore(this: TabbedInboxInstance<Tab>) {
        void this.list.more();
      },
      onRetry(this: TabbedInboxInstance<Tab>) {
        void this.list.reload().then(() => this.refreshCounts());
      },
      onTab(this: TabbedInboxInstance<Tab>, event: WechatMiniprogram.CustomEvent<{ value: string }>) {
        if (event.detail.value === this.data.tab) return;
        this.setData({ tab: event.detail.value as Tab });
        void this.list.reload();
      },
      onOpen(event: WechatMiniprogram.CustomEvent<{ itemId: string }>) {
        void wx.navigateTo({ url: `${spec.itemPage}?id=${event.detail.itemId}` });
      },
    },
  };
}
