/**
 * Presidium workspace: the township queue with status chips (counts per status), an overdue toggle, keyword
 * search, cursor pagination and pull-down refresh; a row opens the item; links open staff entry, the statistics
 * and the settings.
 *
 * Guarantees: the first screen is one call (`presidium.queue` answers rows, counts and the overdue count);
 * further pages are appended with path keys (utils/paged-list-page.ts); a filter change drops answers to the previous filter.
 */
import { presidiumQueue, type StatusChip } from '../../../../services/presidium';
import { unreadNoticeCount } from '../../../../services/notices';
import type { ItemRowView } from '../../../../services/item-views';
import type { ItemStatus } from '../../../../../core/domain/opinion/status';
import { pagedListPage } from '../../../../utils/paged-list-page';

interface QueueFilters {
  statusFilter: string;
  overdue: boolean;
  keyword: string;
}

const page = pagedListPage<ItemRowView, QueueFilters>({
  fetch: async ({ statusFilter, overdue, keyword }, cursor, view) => {
    const result = await presidiumQueue(
      { ...(statusFilter ? { status: [statusFilter as ItemStatus] } : {}), overdue, keyword: keyword.trim() },
      cursor,
    );
    // The first page also answers the counts per status and the overdue count.
    if (result.ok && !cursor) {
      const chips = result.data.chips;
      view.setData({
        chips,
        total: chips.reduce((sum, c) => sum + c.count, 0),
        overdueCount: result.data.overdueCount,
      });
    }
    return result;
  },
});

Component({
  data: {
    ...page.data,
    unread: 0,
    chips: [] as StatusChip[],
    total: 0,
    overdueCount: 0,
    statusFilter: '',
    overdue: false,
    keyword: '',
  },
  methods: {
    ...page.methods,
    onShow() {
      // Back from an item: show what changed there, keeping the list on screen meanwhile.
      if (this.data.status !== 'loading') {
        void this.reloadList(true);
        void this.afterReload();
      }
    },
    /** After the list: the unread badge. */
    async afterReload() {
      const result = await unreadNoticeCount();
      if (result.ok && result.data !== this.data.unread) this.setData({ unread: result.data });
    },
    onChip(event: WechatMiniprogram.BaseEvent<object, { key?: string }>) {
      const key = event.currentTarget.dataset.key ?? '';
      if (key === this.data.statusFilter) return;
      this.setData({ statusFilter: key });
      void this.reloadList();
    },
    onOverdue() {
      this.setData({ overdue: !this.data.overdue });
      void this.reloadList();
    },
    onKeyword(event: WechatMiniprogram.CustomEvent<{ value: string }>) {
      this.setData({ keyword: event.detail.value });
    },
    onSearch() {
      void this.reloadList();
    },
    onClear() {
      this.setData({ keyword: '' });
      void this.reloadList();
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
    onStatistics() {
      void wx.navigateTo({ url: '/packages/presidium/pages/statistics/index' });
    },
  },
});
