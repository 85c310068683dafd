/**
 * My notices: what happened to the items I follow, newest first, unread ones marked; tap one to read it and open
 * its item; 全部已读 marks everything. Reachable from every role's home (main package, so subpackages can open it).
 *
 * Guarantees: the first screen is one call (`account.listNotices`); rows are appended with path keys (PagedList);
 * marking read updates only the rows it touched (path keys, one setData).
 */
import { listNotices, markNoticesRead, type NoticeRowView } from '../../services/notices';
import { readLargeFont } from '../../utils/large-font';
import { initialList, PagedList } from '../../utils/paged-list';

interface Instance {
  list: PagedList<NoticeRowView>;
}

Component({
  data: { ...initialList, rows: [] as NoticeRowView[], largeFont: false, marking: false, actionError: '' },
  methods: {
    onLoad() {
      const self = this as unknown as Instance;
      self.list = new PagedList<NoticeRowView>(
        (d) => this.setData(d),
        (cursor) => listNotices(cursor),
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
    async onOpen(event: WechatMiniprogram.BaseEvent<object, { index?: number }>) {
      const index = Number(event.currentTarget.dataset.index);
      const row = this.data.rows[index];
      if (!row) return;
      if (!row.read) {
        const result = await markNoticesRead([row.id]);
        if (result.ok) this.setData({ [`rows[${index}].read`]: true });
      }
      if (row.page) void wx.navigateTo({ url: row.page });
    },
    async onMarkAll() {
      this.setData({ marking: true, actionError: '' });
      const result = await markNoticesRead('all');
      if (!result.ok) {
        this.setData({ marking: false, actionError: result.error.message });
        return;
      }
      const patch: Record<string, unknown> = { marking: false };
      this.data.rows.forEach((r, i) => {
        if (!r.read) patch[`rows[${i}].read`] = true;
      });
      this.setData(patch);
    },
  },
});
