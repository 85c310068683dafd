/**
 * Handling-unit home: assignments with tabs (to sign / in progress / due soon / overdue) and their counts; pull
 * down to refresh, reach the bottom for the next page.
 *
 * Guarantees: the first screen is one call (`unit.assignments`); the tab counts arrive afterwards with
 * `unit.counts` and never block the list; rows are appended with path keys (PagedList).
 */
import type { UnitInboxCounts } from '../../../../../core/contracts/views';
import type { ItemRowView } from '../../../../services/item-views';
import { unitAssignments, unitCounts, type UnitTab } from '../../../../services/unit';
import { unreadNoticeCount } from '../../../../services/notices';
import { readLargeFont } from '../../../../utils/large-font';
import { initialList, PagedList } from '../../../../utils/paged-list';

const TABS: { value: keyof UnitInboxCounts & UnitTab; label: string }[] = [
  { value: 'toSign', label: '待签收' },
  { value: 'inProgress', label: '办理中' },
  { value: 'dueSoon', label: '即将到期' },
  { value: 'overdue', label: '已超期' },
];

interface Instance {
  list: PagedList<ItemRowView>;
}

const tabLabels = (counts?: UnitInboxCounts) =>
  TABS.map((t) => ({ value: t.value, label: counts ? `${t.label} ${counts[t.value]}` : t.label }));

Component({
  data: {
    ...initialList,
    rows: [] as ItemRowView[],
    largeFont: false,
    unread: 0,
    tabs: tabLabels(),
    tab: 'toSign' as UnitTab,
  },
  methods: {
    onLoad() {
      const self = this as unknown as Instance;
      self.list = new PagedList<ItemRowView>(
        (d) => this.setData(d),
        (cursor) => unitAssignments(this.data.tab, cursor),
      );
      this.setData({ largeFont: readLargeFont() });
      void self.list.reload().then(() => this.refreshCounts());
    },
    onShow() {
      // Back from the inbox: the badge follows (not on the first show, whose first screen is the list alone).
      if (this.data.status !== 'loading') void this.refreshUnread();
    },
    async refreshCounts() {
      const result = await unitCounts();
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
      this.setData({ tab: event.detail.value as UnitTab });
      void (this as unknown as Instance).list.reload();
    },
    onOpen(event: WechatMiniprogram.CustomEvent<{ itemId: string }>) {
      void wx.navigateTo({ url: `/packages/unit/pages/item/index?id=${event.detail.itemId}` });
    },
  },
});
