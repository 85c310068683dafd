/**
 * Deputy workspace home: the inbox with tabs (new / in progress / due soon / overdue) and their counts; pull down
 * to refresh, reach the bottom for the next page; entries to enter an opinion on a resident's behalf and to the
 * duty record.
 *
 * Guarantees: the first screen is one call (`deputy.inbox`); the tab counts arrive afterwards with `deputy.counts`
 * and never block the list; rows are appended with path keys (PagedList).
 */
import { deputyCounts, deputyInbox, type DeputyTab } from '../../../../services/deputy';
import { unreadNoticeCount } from '../../../../services/notices';
import type { ItemRowView } from '../../../../services/item-views';
import { readLargeFont } from '../../../../utils/large-font';
import { initialList, PagedList } from '../../../../utils/paged-list';

const TABS: { value: DeputyTab; label: string }[] = [
  { value: 'new', label: '新意见' },
  { value: 'inProgress', label: '办理中' },
  { value: 'dueSoon', label: '即将到期' },
  { value: 'overdue', label: '已超期' },
];

type CountKey = 'new' | 'inProgress' | 'dueSoon' | 'overdue';

interface Instance {
  list: PagedList<ItemRowView>;
}

const tabLabels = (counts?: Record<CountKey, number>) =>
  TABS.map((t) => ({ value: t.value, label: counts ? `${t.label} ${counts[t.value as CountKey]}` : t.label }));

Component({
  data: {
    ...initialList,
    rows: [] as ItemRowView[],
    largeFont: false,
    unread: 0,
    tabs: tabLabels(),
    tab: 'new' as DeputyTab,
  },
  methods: {
    onLoad() {
      const self = this as unknown as Instance;
      self.list = new PagedList<ItemRowView>(
        (d) => this.setData(d),
        (cursor) => deputyInbox(this.data.tab, cursor),
      );
      this.setData({ largeFont: readLargeFont() });
      void self.list.reload().then(() => this.refreshCounts());
    },
    onShow() {
      // Back from the inbox: the badge follows (not on the first show, whose first screen is the list alone).
      if (this.data.status !== 'loading') void this.refreshUnread();
    },
    async refreshCounts() {
      const result = await deputyCounts();
      if (result.ok) this.setData({ tabs: tabLabels(result.data) });
      await this.refreshUnread();
    },
    async refreshUnread() {
      const result = await unreadNoticeCount();
      if (result.ok && result.data !== this.data.unread) this.setData({ unread: result.data });
    },
    async onPullDownRefresh() {
      await (this as unknown as Instance).list.reload(true);
      await this.refreshCounts();
      wx.stopPullDownRefresh?.();
    },
    onReachBottom() {
      void (this as unknown as Instance).list.more();
    },
    onMore() {
      void (this as unknown as Instance).list.more();
    },
    onRetry() {
      void (this as unknown as Instance).list.reload().then(() => this.refreshCounts());
    },
    onTab(event: WechatMiniprogram.CustomEvent<{ value: string }>) {
      if (event.detail.value === this.data.tab) return;
      this.setData({ tab: event.detail.value as DeputyTab });
      void (this as unknown as Instance).list.reload();
    },
    onOpen(event: WechatMiniprogram.CustomEvent<{ itemId: string }>) {
      void wx.navigateTo({ url: `/packages/deputy/pages/item/index?id=${event.detail.itemId}` });
    },
    onEnter() {
      void wx.navigateTo({ url: '/packages/deputy/pages/enter/index' });
    },
    onRecord() {
      void wx.navigateTo({ url: '/packages/deputy/pages/record/index' });
    },
  },
});
