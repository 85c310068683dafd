/**
 * The notices services a callable function carries (AppPorts.notices): the store for inbox commands, and the
 * after-commit dispatch of the outbox rows a change just wrote.
 *
 * Guarantees: `dispatchAfterCommit` never throws and is bounded by its budget; whatever it does not deliver stays
 * pending for the `notices` timer (a failed send never blocks or undoes a transition).
 */
import type { NoticeTemplates } from '../../ports/message-sender';
import type { NoticeStore } from '../../ports/notice-store';
import { dispatchRows } from './dispatch';
import type { NoticePorts } from './ports';

export interface AppNotices {
  store: NoticeStore;
  /** Template ids per notice kind from server-side settings (account.subscriptionTemplates). */
  templates?: NoticeTemplates;
  dispatchAfterCommit(outboxIds: readonly string[], now: Date): Promise<void>;
}

export const AFTER_COMMIT_BUDGET_MS = 1500;

export function createAppNotices(ports: NoticePorts, budgetMs = AFTER_COMMIT_BUDGET_MS): AppNotices {
  return {
    store: ports.store,
    templates: ports.templates,
    async dispatchAfterCommit(outboxIds, now) {
      if (outboxIds.length === 0) return;
      try {
        const rows = await ports.store.outboxByIds(outboxIds);
        await dispatchRows(ports, rows, { now, deadline: Date.now() + budgetMs });
      } catch (error) {
        ports.log.error(`notices after commit: ${String((error as Error)?.stack ?? error)}`);
      }
    },
  };
}
