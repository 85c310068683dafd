/**
 * Residents' home: my deputy and station, entries to submit and follow items, my recent items.
 *
 * Guarantees: the first screen is one call (`account.whoami`, which carries the linked deputy); the recent items
 * below it and the unread-notice badge load afterwards. A visitor who is not yet a resident is sent to registration.
 */
import { whoami, type AccountView } from '../../services/account';
import { unreadNoticeCount } from '../../services/notices';
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
    unread: 0,
  },
  methods: {
    onLoad() {
      this.setData({ largeFont: readLargeFont() });
      void this.load();
    },
    onShow() {
      const largeFont = readLargeFont();
      if (largeFont !== this.data.largeFont) this.setData({ largeFont });
      // Back from the inbox: the badge follows (not on the first show, whose first screen is whoami alone).
      if (this.data.status === 'ready' && this.data.account?.isResident) void this.refreshUnread();
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
      if (result.data.isResident) await Promise.all([this.loadRecent(), this.refreshUnread()]);
    },
    async refreshUnread() {
      const result = await unreadNoticeCount();
      if (result.ok && result.data !== this.data.unread) this.setData({ unread: result.data });
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
