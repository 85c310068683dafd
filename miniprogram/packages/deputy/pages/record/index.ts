/**
 * The deputy's duty record: items received, answered on the spot, referred to villages, forwarded, and the
 * average response time.
 *
 * Guarantees: the first screen is one call (`deputy.myRecord`); numbers are the server's, only formatted here.
 */
import { myRecord, type DeputyRecordRow } from '../../../../services/deputy';
import { readLargeFont } from '../../../../utils/large-font';

Component({
  data: {
    status: 'loading' as 'loading' | 'ready' | 'error',
    errorMessage: '',
    largeFont: false,
    rows: [] as DeputyRecordRow[],
  },
  methods: {
    onLoad() {
      this.setData({ largeFont: readLargeFont() });
      void this.load();
    },
    async onPullDownRefresh() {
      await this.load(true);
      wx.stopPullDownRefresh?.();
    },
    async load(quiet = false) {
      if (!quiet && this.data.status !== 'loading') this.setData({ status: 'loading' });
      const result = await myRecord();
      if (!result.ok) return this.setData({ status: 'error', errorMessage: result.error.message });
      this.setData({ status: 'ready', rows: result.data });
    },
    onRetry() {
      void this.load();
    },
  },
});
