/**
 * My items: every opinion I submitted, newest first, with status chips and due information; tabs filter by
 * status; pull down to refresh, reach the bottom for the next page.
 *
 * Guarantees: the first screen is one call (`resident.listMine`); rows are appended with path keys (PagedList).
 */
import { listMine } from '../../services/resident';
import type { ItemRowView } from '../../services/item-views';
import type { ItemStatus } from '../../../core/domain/opinion/status';
import { readLargeFont } from '../../utils/large-font';
import { initialList, PagedList } from '../../utils/paged-list';

const TABS: { value: string; label: string }[] = [
  { value: 'all', label: '全部' },
  { value: 'awaitingEvaluation', label: '待评价' },
  { value: 'closed', label: '已办结' },
];

interface Instance {
  list: PagedList<ItemRowView>;
}

Component({
  data: { ...initialList, rows: [] as ItemRowView[], largeFont: false, tabs: TABS, tab: 'all' },
  methods: {
    onLoad() {
      const self = this as unknown as Instance;
      self.list = new PagedList<ItemRowView>(
        (d) => this.setData(d),
        (cursor) => listMine(cursor, this.data.tab === 'all' ? undefined : (this.data.tab as ItemStatus)),
      );
      this.setData({ largeFont: readLargeFont() });
      void self.list.reload();
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
    onTab(event: WechatMiniprogram.CustomEvent<{ value: string }>) {
      if (event.detail.value === this.data.tab) return;
      this.setData({ tab: event.detail.value });
      void (this as unknown as Instance).list.reload();
    },
    onOpen(event: WechatMiniprogram.CustomEvent<{ itemId: string }>) {
      void wx.navigateTo({ url: `/pages/item/index?id=${event.detail.itemId}` });
    },
  },
});
