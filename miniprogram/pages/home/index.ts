/**
 * Residents' home: my deputy and station, entries to submit and follow items, my recent items.
 *
 * Guarantees: the first screen is one call (`account.whoami`, which carries the linked deputy); the recent items
 * below it load afterwards with their own skeleton. A visitor who is not yet a resident is sent to registration.
 */
import { whoami, type AccountView } from '../../services/account';
import { listMine } from '../../services/resident';
import type { ItemRowView } from '../../services/item-views';
import { readLargeFont } from '../../utils/large-font';

type Status = 'loading' | 'ready' | 'error';

Component({
  data: {
    status: 'loading' as Status,
    errorMessage: '',
    largeFont: false,
    account: null as AccountView | null,
    recentStatus: 'loading' as Status | 'empty',
    recent: [] as ItemRowView[],
  },
  methods: {
    onLoad() {
      this.setData({ largeFont: readLargeFont() });
      void this.load();
    },
    onShow() {
      const largeFont = readLargeFont();
      if (largeFont !== this.data.largeFont) this.setData({ largeFont });
    },
    async onPullDownRefresh() {
      await this.load();
      wx.stopPullDownRefresh?.();
    },
    async load() {
      if (this.data.status !== 'loading') this.setData({ status: 'loading', errorMessage: '' });
      const result = await whoami();
      if (!result.ok) {
        this.setData({ status: 'error', errorMessage: result.error.message });
        return;
      }
      this.setData({ status: 'ready', account: result.data });
      if (result.data.isResident) await this.loadRecent();
    },
    async loadRecent() {
      const result = await listMine();
      if (!result.ok) {
        this.setData({ recentStatus: 'error' });
        return;
      }
      const recent = result.data.rows.slice(0, 3);
      this.setData({ recentStatus: recent.length > 0 ? 'ready' : 'empty', recent });
    },
    onRetry() {
      void this.load();
    },
    onGo(event: WechatMiniprogram.BaseEvent<object, { url?: string }>) {
      const url = event.currentTarget.dataset.url;
      if (url) void wx.navigateTo({ url });
    },
    onOpenItem(event: WechatMiniprogram.CustomEvent<{ itemId: string }>) {
      void wx.navigateTo({ url: `/pages/item/index?id=${event.detail.itemId}` });
    },
  },
});
