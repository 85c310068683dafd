/**
 * A staff member's home list with tabs and their counts — the deputy's inbox and the unit's assignments are the
 * same page apart from their tabs, their two calls and where a row opens. Each page spreads `data` and `methods`
 * into its Component and adds its own entries.
 *
 * Guarantees: the first screen is one call (the list of the first tab); the tab counts and the unread badge
 * arrive afterwards and never block the list; rows are appended with path keys (utils/paged-list-page.ts); a pull-down
 * or a retry reloads the list and then the counts, a tab change the list; coming back refreshes the badge only.
 */
import type { CallResult } from '../services/call';
import type { ItemRowView } from '../services/item-views';
import { unreadNoticeCount } from '../services/notices';
import { pagedListPage } from './paged-list-page';

export interface TabbedInboxSpec<Tab extends string> {
  tabs: { value: Tab; label: string }[];
  list: (tab: Tab, cursor?: string) => Promise<CallResult<{ rows: ItemRowView[]; nextCursor: string }>>;
  counts: () => Promise<CallResult<Record<Tab, number>>>;
  /** The item page a row opens, e.g. `/packages/unit/pages/item/index`. */
  itemPage: string;
}

interface TabbedInboxInstance<Tab extends string> {
  data: { status: string; tab: Tab; unread: number };
  setData(data: Record<string, unknown>): void;
  reloadList(quiet?: boolean): Promise<void>;
  refreshUnread(): Promise<void>;
}

export function tabbedInbox<Tab extends string>(spec: TabbedInboxSpec<Tab>) {
  const tabLabels = (counts?: Record<Tab, number>) =>
    spec.tabs.map((t) => ({ value: t.value, label: counts ? `${t.label} ${counts[t.value]}` : t.label }));
  const page = pagedListPage<ItemRowView, { tab: Tab }>({ fetch: ({ tab }, cursor) => spec.list(tab, cursor) });
  return {
    data: {
      ...page.data,
      unread: 0,
      tabs: tabLabels(),
      tab: spec.tabs[0]!.value,
    },
    methods: {
      ...page.methods,
      onShow(this: TabbedInboxInstance<Tab>) {
        // Back from the item or the notices: the badge follows (not on the first show, whose first screen is the
        // list alone).
        if (this.data.status !== 'loading') void this.refreshUnread();
      },
      /** After the list: the tab counts, then the unread badge. */
      async afterReload(this: TabbedInboxInstance<Tab>) {
        const result = await spec.counts();
        if (result.ok) this.setData({ tabs: tabLabels(result.data) });
        await this.refreshUnread();
      },
      async refreshUnread(this: TabbedInboxInstance<Tab>) {
        const result = await unreadNoticeCount();
        if (result.ok && result.data !== this.data.unread) this.setData({ unread: result.data });
      },
      onTab(this: TabbedInboxInstance<Tab>, event: WechatMiniprogram.CustomEvent<{ value: string }>) {
        if (event.detail.value === this.data.tab) return;
        this.setData({ tab: event.detail.value as Tab });
        void this.reloadList();
      },
      onOpen(event: WechatMiniprogram.CustomEvent<{ itemId: string }>) {
        void wx.navigateTo({ url: `${spec.itemPage}?id=${event.detail.itemId}` });
      },
    },
  };
}
