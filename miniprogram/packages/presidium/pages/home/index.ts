/**
 * Presidium workspace: the township queue with status chips (counts per status), an overdue toggle, keyword
 * search, cursor pagination and pull-down refresh; a row opens the item; links open staff entry and the settings.
 *
 * Guarantees: the first screen is one call (`presidium.queue` answers rows, counts and the overdue count);
 * further pages are appended with path keys (PagedList); a filter change drops answers to the previous filter.
 */
import { presidiumQueue, type StatusChip } from '../../../../services/presidium';
import { unreadNoticeCount } from '../../../../services/notices';
import type { ItemRowView } from '../../../../services/item-views';
import type { ItemStatus } from '../../../../../core/domain/opinion/status';
import { readLargeFont } from '../../../../utils/large-font';
import { initialList, PagedList } from '../../../../utils/paged-list';

interface Instance {
  list: PagedList<ItemRowView>;
}

Component({
  data: {
    ...initialList,
    rows: [] as ItemRowView[],
    largeFont: false,
    unread: 0,
    chips: [] as StatusChip[],
    total: 0,
    overdueCount: 0,
    statusFilter: '',
    overdue: false,
    keyword: '',
  },
  methods: {
    onLoad() {
      const self = this as unknown as Instance;
      self.list = new PagedList<ItemRowView>(
        (d) => this.setData(d),
        async (cursor) => {
          const { statusFilter, overdue, keyword } = this.data;
          const result = await presidiumQueue(
            {
              ...(statusFilter ? { status: [statusFilter as ItemStatus] } : {}),
              overdue,
              keyword: keyword.trim(),
            },
            cursor,
          );
          if (result.ok && !cursor) {
            const chips = result.data.chips;
            this.setData({
              chips,
              total: chips.reduce((sum, c) => sum + c.count, 0),
              overdueCount: result.data.overdueCount,
            });
          }
          return result;
        },
      );
      this.setData({ largeFont: readLargeFont() });
      void self.list.reload().then(() => this.refreshUnread());
    },
    onShow() {
      const self = this as unknown as Instance;
      // Back from an item: show what changed there, keeping the list on screen meanwhile.
      if (self.list && this.data.status !== 'loading') {
        void self.list.reload(true);
        void this.refreshUnread();
      }
    },
    async refreshUnread() {
      const result = await unreadNoticeCount();
      if (result.ok && result.data !== this.data.unread) this.setData({ unread: result.data });
    },
    async onPullDownRefresh() {
      await (this as unknown as Instance).list.reload(true);
      wx.stopPullDownRefresh?.();
    },
    onReachBottom() {
      void (this as unknown as Instance).list.more();
    },
    onMore() {
      void (this as unknown as Instance).list.more();
    },
    onRetry() {
      void (this as unknown as Instance).list.reload();
    },
    onChip(event: WechatMiniprogram.BaseEvent<object, { key?: string }>) {
      const key = event.currentTarget.dataset.key ?? '';
      if (key === this.data.statusFilter) return;
      this.setData({ statusFilter: key });
      void (this as unknown as Instance).list.reload();
    },
    onOverdue() {
      this.setData({ overdue: !this.data.overdue });
      void (this as unknown as Instance).list.reload();
    },
    onKeyword(event: WechatMiniprogram.CustomEvent<{ value: string }>) {
      this.setData({ keyword: event.detail.value });
    },
    onSearch() {
      void (this as unknown as Instance).list.reload();
    },
    onClear() {
      this.setData({ keyword: '' });
      void (this as unknown as Instance).list.reload();
    },
    onOpen(event: WechatMiniprogram.CustomEvent<{ itemId: string }>) {
      void wx.navigateTo({ url: `/packages/presidium/pages/item/index?id=${event.detail.itemId}` });
    },
    onEnter() {
      void wx.navigateTo({ url: '/packages/presidium/pages/enter/index' });
    },
    onSettings() {
      void wx.navigateTo({ url: '/packages/presidium/pages/settings/index' });
    },
  },
});
