/**
 * The App: initialises the cloud SDK in cloud mode and holds the session-wide preferences.
 *
 * Guarantees: `wx.cloud.init` runs before any page can call a function in cloud mode; nothing here calls a
 * function (each page's first screen makes its own single call).
 */
import type { AppOption } from './app-option';
import { config } from './config';
import { readLargeFont } from './utils/large-font';

App<AppOption>({
  globalData: {
    largeFont: false,
    serviceMode: config.mode,
  },
  onLaunch() {
    if (config.mode === 'cloud') {
      wx.cloud.init({ env: config.env, traceUser: true });
    }
    this.globalData.largeFont = readLargeFont();
  },
});
