/**
 * The body of an item as any role sees it: header, content, photos, submitter, assignment, reply, evaluation and
 * the timeline (newest first).
 *
 * Guarantees: renders the ItemDetailView as given — what the viewer may not see (a masked phone, a hidden name)
 * was already decided by the server. Tapping a photo previews it at full size.
 */
Component({
  properties: {
    item: { type: Object, value: {} },
    /** Staff and deputies see the submitter block; residents see their own item without it. */
    showSubmitter: { type: Boolean, value: true },
  },
  methods: {
    onPreview(event: WechatMiniprogram.BaseEvent<object, { url?: string }>) {
      const item = this.data.item as { photoUrls?: string[] };
      const url = event.currentTarget.dataset.url;
      if (url && item.photoUrls) void wx.previewImage({ current: url, urls: item.photoUrls });
    },
  },
});
