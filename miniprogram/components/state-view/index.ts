/**
 * The four states of anything loaded from the cloud: skeleton while loading, the error with a retry, an empty
 * message, or the content (the default slot).
 *
 * Guarantees: the retry button emits `retry` and nothing else; the page decides what to reload.
 */
Component({
  options: { multipleSlots: false },
  properties: {
    status: { type: String, value: 'loading' },
    errorTitle: { type: String, value: '加载失败' },
    errorMessage: { type: String, value: '' },
    emptyText: { type: String, value: '暂无内容' },
    loadingLabel: { type: String, value: '正在加载' },
  },
  methods: {
    onRetry() {
      this.triggerEvent('retry');
    },
  },
});
