/**
 * My items: every opinion I submitted, newest first, with status chips and due information; tabs filter by
 * status; pull down to refresh, reach the bottom for the next page.
 *
 * Guarantees: the first screen is one call (`resident.listMine`); rows are appended with path keys (utils/paged-list-page.ts).
 */
import { listMine } from '../../services/resident';
import type { ItemRowView } from '../../services/item-views';
import type { ItemStatus } from '../../../core/domain/opinion/status';
import { pagedListPage } from '../../utils/paged-list-page';

const TABS: { value: string; label: string }[] = [
  { value: 'all', label: '全部' },
  { value: 'awaitingEvaluation', label: '待评价' },
  { value: 'closed', label: '已办结' },
];

const page = pagedListPage<ItemRowView, { tab: string }>({
  fetch: ({ tab }, cursor) => listMine(cursor, tab === 'all' ? undefined : (tab as ItemStatus)),
});

Component({
  data: { ...page.data, tabs: TABS, tab: 'all' },
  methods: {
    ...page.methods,
    onTab(event: WechatMiniprogram.CustomEvent<{ value: string }>) {
      if (event.detail.value === this.data.tab) return;
      this.setData({ tab: event.detail.value });
      void this.reloadList();
    },
    onOpen(event: WechatMiniprogram.CustomEvent<{ itemId: string }>) {
      void wx.navigateTo({ url: `/pages/item/index?id=${event.detail.itemId}` });
    },
  },
});
