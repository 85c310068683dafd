/**
 * My notices: what happened to the items I follow, newest first, unread ones marked; tap one to read it and open
 * its item; 全部已读 marks everything. Reachable from every role's home (main package, so subpackages can open it).
 *
 * Guarantees: the first screen is one call (`account.listNotices`); rows are appended with path keys (utils/paged-list-page.ts);
 * marking read updates only the rows it touched (path keys, one setData).
 */
import { listNotices, markNoticesRead, type NoticeRowView } from '../../services/notices';
import { pagedListPage } from '../../utils/paged-list-page';

const page = pagedListPage<NoticeRowView>({ fetch: (_data, cursor) => listNotices(cursor) });

Component({
  data: { ...page.data, marking: false, actionError: '' },
  methods: {
    ...page.methods,
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
