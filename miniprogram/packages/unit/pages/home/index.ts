/**
 * Handling-unit home: assignments with tabs (to sign / in progress / due soon / overdue) and their counts; pull
 * down to refresh, reach the bottom for the next page.
 *
 * Guarantees: the first screen is one call (`unit.assignments`); the tab counts arrive afterwards with
 * `unit.counts` and never block the list (utils/tabbed-inbox.ts, shared with the deputy's home).
 */
import type { UnitInboxCounts } from '../../../../../core/contracts/views';
import { unitAssignments, unitCounts, type UnitTab } from '../../../../services/unit';
import { tabbedInbox } from '../../../../utils/tabbed-inbox';

const inbox = tabbedInbox<keyof UnitInboxCounts & UnitTab>({
  tabs: [
    { value: 'toSign', label: '待签收' },
    { value: 'inProgress', label: '办理中' },
    { value: 'dueSoon', label: '即将到期' },
    { value: 'overdue', label: '已超期' },
  ],
  list: unitAssignments,
  counts: unitCounts,
  itemPage: '/packages/unit/pages/item/index',
});

Component({
  data: inbox.data,
  methods: inbox.methods,
});
