/**
 * Start page: asks `account.whoami` who the person is and offers the workspaces of their roles.
 *
 * Guarantees: exactly one function call for the first screen; a failure shows the service's Chinese message with
 * a retry; `data` holds only what is rendered. Built with `Component` (a page in WeChat's sense) so the same code
 * runs in DevTools and in miniprogram-simulate.
 */
import type { AppOption } from '../../app-option';
import { whoami, type RoleView } from '../../services/account';
import { readLargeFont, writeLargeFont } from '../../utils/large-font';

type Status = 'loading' | 'ready' | 'error';

Component({
  data: {
    status: 'loading' as Status,
    errorMessage: '',
    roles: [] as RoleView[],
    residentOnly: false,
    largeFont: false,
  },

  methods: {
    onLoad() {
      this.setData({ largeFont: readLargeFont() });
      void this.load();
    },

    onShow() {
      // The preference may have changed on another page; re-render only when it did.
      const largeFont = readLargeFont();
      if (largeFont !== this.data.largeFont) this.setData({ largeFont });
    },

    async load() {
      if (this.data.status !== 'loading') this.setData({ status: 'loading', errorMessage: '' });
      const result = await whoami();
      if (result.ok) {
        this.setData({ status: 'ready', roles: result.data.roles, residentOnly: result.data.residentOnly });
      } else {
        this.setData({ status: 'error', errorMessage: result.error.message });
      }
    },

    onRetry() {
      void this.load();
    },

    onOpenRole(event: WechatMiniprogram.BaseEvent<object, { url?: string }>) {
      const url = event.currentTarget.dataset.url;
      if (url) void wx.navigateTo({ url });
    },

    onToggleLargeFont(event: WechatMiniprogram.CustomEvent<{ value: boolean }>) {
      const largeFont = event.detail.value === true;
      writeLargeFont(largeFont);
      getApp<AppOption>().globalData.largeFont = largeFont;
      this.setData({ largeFont });
    },
  },
});
