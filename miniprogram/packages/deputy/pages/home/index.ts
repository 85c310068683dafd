/**
 * Deputy workspace home: the inbox with tabs (new / in progress / due soon / overdue) and their counts; pull down
 * to refresh, reach the bottom for the next page; entries to enter an opinion on a resident's behalf and to the
 * duty record.
 *
 * Guarantees: the first screen is one call (`deputy.inbox`); the tab counts arrive afterwards with `deputy.counts`
 * and never block the list (utils/tabbed-inbox.ts, shared with the unit's home).
 */
import type { DeputyInboxCounts } from '../../../../../core/contracts/views';
import { deputyCounts, deputyInbox, type DeputyTab } from '../../../../services/deputy';
import { tabbedInbox } from '../../../../utils/tabbed-inbox';

const inbox = tabbedInbox<keyof DeputyInboxCounts & DeputyTab>({
  tabs: [
    { value: 'new', label: '新意见' },
    { value: 'inProgress', label: '办理中' },
    { value: 'dueSoon', label: '即将到期' },
    { value: 'overdue', label: '已超期' },
  ],
  list: deputyInbox,
  counts: deputyCounts,
  itemPage: '/packages/deputy/pages/item/index',
});

Component({
  data: inbox.data,
  methods: {
    ...inbox.methods,
    onEnter() {
      void wx.navigateTo({ url: '/packages/deputy/pages/enter/index' });
    },
    onRecord() {
      void wx.navigateTo({ url: '/packages/deputy/pages/record/index' });
    },
  },
});
