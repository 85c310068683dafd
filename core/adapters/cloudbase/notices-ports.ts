/**
 * Builds the notices and scheduler ports from the real wx-server-sdk, for the `deadlines` and `notices` timer
 * functions and for the after-commit dispatch of callable functions (AppPorts.notices).
 */
import { createAppNotices, type AppNotices } from '../../app/notices/app-notices';
import type { NoticePorts } from '../../app/notices/ports';
import type { SchedulerPorts } from '../../app/scheduler/ports';
import type { Item } from '../../domain/opinion/item';
import type { Log } from '../../app/shared/ports';
import { fromStored } from './documents';
import { CloudbaseDueItems } from './due-items';
import { WxMessageSender } from './message-sender';
import { CloudbaseNoticeStore } from './notice-store';
import { CloudbaseNoticeTemplates } from './notice-templates';
import { CloudbaseRecipientDirectory } from './recipient-directory';
import type { WxCloud } from './sdk';
import { CloudbaseSettingsReader } from './settings-reader';
import { CloudbaseTransactor } from './transactor';

const consoleLog: Log = { info: (line) => console.log(line), error: (line) => console.error(line) };

export function createNoticePorts(cloud: WxCloud, log: Log = consoleLog): NoticePorts {
  const db = cloud.database();
  return {
    store: new CloudbaseNoticeStore(db),
    recipients: new CloudbaseRecipientDirectory(db),
    sender: new WxMessageSender(cloud),
    templates: new CloudbaseNoticeTemplates(db),
    settings: new CloudbaseSettingsReader(db),
    async itemsByIds(ids) {
      if (ids.length === 0) return [];
      const res = await db
        .collection('items')
        .where({ _id: db.command.in([...ids]) })
        .limit(ids.length)
        .get();
      return res.data.map((d) => fromStored<Item>(d));
    },
    log,
  };
}

export function createSchedulerPorts(cloud: WxCloud, log: Log = consoleLog): SchedulerPorts {
  const db = cloud.database();
  const due = new CloudbaseDueItems(db);
  return {
    transactor: new CloudbaseTransactor(db),
    settings: new CloudbaseSettingsReader(db),
    dueItems: due,
    digest: due,
    store: new CloudbaseNoticeStore(db),
    log,
  };
}

/**
 * For AppPorts.notices in callable functions. `dispatch: true` delivers after each commit; it needs
 * `subscribeMessage.send` in the function's config.json `permissions.openapi` (else every send fails -604101 and
 * waits for the notices timer). Without it, the function only serves the inbox store.
 */
export function createCloudbaseAppNotices(cloud: WxCloud, options: { dispatch: boolean; log?: Log }): AppNotices {
  const notices = createAppNotices(createNoticePorts(cloud, options.log ?? consoleLog));
  return options.dispatch
    ? notices
    : { store: notices.store, templates: notices.templates, dispatchAfterCommit: async () => undefined };
}
