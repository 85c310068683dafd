/**
 * Delivers outbox rows: every recipient gets the notice in the in-app inbox, and a subscription message when a
 * template is configured, the kind is not muted by them, and they have a credit for the template.
 *
 * Guarantees:
 * - nothing is sent twice: each (row, recipient) is claimed atomically before the send and never re-claimed
 *   unless its last outcome was a retryable failure; a crash between claim and record leaves it claimed, so the
 *   retry skips it (the inbox already has the notice);
 * - credits: no credit → nothing goes to WeChat; a success uses one; 43101 sets the count to zero;
 * - a row whose every recipient has a final outcome is `sent` (someone got the WeChat message) or `inboxOnly`;
 *   a row with a retryable failure is tried again with back-off, and after `noticeMaxAttempts` passes is `dead`
 *   (listed for presidium staff);
 * - a pass stops starting new rows once its time budget is spent; what is left stays pending for the timer.
 * Database requests per row: items (batched) + recipients 0–2 + inbox 1 per person + per send: mute 1, credit 1,
 * claim 1, record 1, credit use 1 + row record 1.
 */
import type { NoticeKind } from '../../domain/notices/notice-rules';
import type { Item } from '../../domain/opinion/item';
import { SEND_ERRORS, type NoticeTemplate } from '../../ports/message-sender';
import type { DeliveryState, InboxNotice, StoredOutboxRow } from '../../ports/notice-store';
import { isDead, nextAttemptAt } from './back-off';
import { contentOf, type NoticeContent } from './notice-content';
import type { NoticePorts } from './ports';
import { resolveRecipients, type Recipient } from './recipients';
import { renderTemplateData } from './template-catalog';

export interface DispatchReport {
  rows: number;
  sent: number;
  inboxOnly: number;
  retrying: number;
  dead: number;
  /** Rows left for a later pass because the budget ran out. */
  deferred: number;
}

export interface DispatchOptions {
  now: Date;
  /** Stop starting rows after this instant of the process clock (ms, `Date.now()`-like). */
  deadline?: number;
  clockMs?: () => number;
}

/** Final for the row: retried only when `failed`. `sending` is final too: its outcome is unknown (at most once). */
const FINAL: ReadonlySet<DeliveryState> = new Set(['sending', 'sent', 'noCredit', 'muted', 'noTemplate', 'rejected']);

/** Errors no retry can fix (bad openid, template, page or field type): record and stop, after logging. */
const PERMANENT = new Set<number>([
  SEND_ERRORS.fieldInvalid,
  SEND_ERRORS.invalidOpenid,
  SEND_ERRORS.invalidTemplate,
  SEND_ERRORS.invalidPage,
]);

class RunCache {
  private readonly templates = new Map<string, Promise<NoticeTemplate | null>>();
  private readonly maxAttempts = new Map<string, Promise<number>>();
  private readonly muted = new Map<string, Promise<NoticeKind[]>>();
  constructor(private readonly ports: NoticePorts) {}
  template(townshipId: string, kind: NoticeKind): Promise<NoticeTemplate | null> {
    const key = `${townshipId}\u0000${kind}`;
    if (!this.templates.has(key)) this.templates.set(key, this.ports.templates.templateFor(townshipId, kind));
    return this.templates.get(key)!;
  }
  attempts(townshipId: string): Promise<number> {
    if (!this.maxAttempts.has(townshipId)) {
      this.maxAttempts.set(
        townshipId,
        this.ports.settings.load(townshipId).then((s) => s.rules.noticeMaxAttempts),
      );
    }
    return this.maxAttempts.get(townshipId)!;
  }
  mutedKinds(openid: string): Promise<NoticeKind[]> {
    if (!this.muted.has(openid)) this.muted.set(openid, this.ports.store.mutedKinds(openid));
    return this.muted.get(openid)!;
  }
}

function inboxNotice(row: StoredOutboxRow, r: Recipient, content: NoticeContent): InboxNotice {
  return {
    _id: `${row._id}.${r.key}`,
    townshipId: row.townshipId,
    openid: r.openid,
    itemId: row.itemId || null,
    kind: row.kind,
    title: content.title,
    text: content.text,
    page: content.page,
    urgent: content.urgent,
    createdAt: row.createdAt,
    readAt: null,
  };
}

async function deliverOne(
  ports: NoticePorts,
  cache: RunCache,
  row: StoredOutboxRow,
  r: Recipient,
  content: NoticeContent,
  now: Date,
): Promise<DeliveryState | null> {
  const template = await cache.template(row.townshipId, row.kind);
  const record = async (state: Exclude<DeliveryState, 'sending'>) => {
    await ports.store.recordDelivery(row._id, r.key, state);
    return state;
  };
  if (!template || !template.templateId) return record('noTemplate');
  if (!content.urgent && (await cache.mutedKinds(r.openid)).includes(row.kind)) return record('muted');
  if ((await ports.store.credits(r.openid, template.templateKey)) <= 0) return record('noCredit');
  if (!(await ports.store.claimDelivery(row._id, r.key))) return null; // another pass has it
  const outcome = await ports.sender.send({
    touser: r.openid,
    templateId: template.templateId,
    page: content.page,
    data: renderTemplateData(template, content),
  });
  if (outcome.ok) {
    await ports.store.useCredit(r.openid, template.templateKey, now);
    return record('sent');
  }
  if (outcome.errCode === SEND_ERRORS.noCredit) {
    await ports.store.zeroCredits(r.openid, template.templateKey, now);
    return record('noCredit');
  }
  ports.log.error(`notices: ${row._id} → ${r.key}: ${outcome.errCode} ${outcome.errMsg}`);
  return record(PERMANENT.has(outcome.errCode) ? 'rejected' : 'failed');
}

async function dispatchRow(
  ports: NoticePorts,
  cache: RunCache,
  row: StoredOutboxRow,
  item: Item | null,
  now: Date,
): Promise<'sent' | 'inboxOnly' | 'retrying' | 'dead'> {
  const content = contentOf(row);
  const recipients = await resolveRecipients(ports.recipients, row, item);
  await ports.store.addToInbox(recipients.map((r) => inboxNotice(row, r, content)));
  const states: Record<string, DeliveryState | undefined> = { ...(row.deliveries ?? {}) };
  let lastError: string | undefined;
  for (const r of recipients) {
    const previous = states[r.key];
    if (previous && FINAL.has(previous)) continue;
    try {
      const state = await deliverOne(ports, cache, row, r, content, now);
      states[r.key] = state ?? 'sending';
    } catch (error) {
      // A transport failure: no answer from WeChat, so the claim stays and the send is not repeated.
      lastError = String((error as Error)?.message ?? error);
      ports.log.error(`notices: ${row._id} → ${r.key}: ${lastError}`);
      states[r.key] = states[r.key] ?? 'failed';
    }
  }
  const values = recipients.map((r) => states[r.key]);
  const attempts = row.attempts + 1;
  if (values.some((v) => v === 'failed')) {
    const maxAttempts = await cache.attempts(row.townshipId);
    if (isDead(attempts, maxAttempts)) {
      await ports.store.recordRow(row._id, {
        status: 'dead',
        attempts,
        nextAttemptAt: now,
        deadAt: now,
        lastError: lastError ?? 'SEND_FAILED',
      });
      return 'dead';
    }
    await ports.store.recordRow(row._id, {
      status: 'pending',
      attempts,
      nextAttemptAt: nextAttemptAt(attempts, now),
      lastError: lastError ?? 'SEND_FAILED',
    });
    return 'retrying';
  }
  const sent = values.some((v) => v === 'sent');
  const record = { status: sent ? 'sent' : 'inboxOnly', attempts, nextAttemptAt: now } as const;
  await ports.store.recordRow(row._id, {
    ...record,
    ...(sent ? { sentAt: now } : {}),
    ...(recipients.length === 0 ? { lastError: 'NO_RECIPIENT' } : {}),
  });
  return record.status;
}

/** Dispatches these rows (pending ones only), one after another, within the budget. */
export async function dispatchRows(
  ports: NoticePorts,
  rows: readonly StoredOutboxRow[],
  options: DispatchOptions,
): Promise<DispatchReport> {
  const report: DispatchReport = { rows: 0, sent: 0, inboxOnly: 0, retrying: 0, dead: 0, deferred: 0 };
  const pending = rows.filter((r) => r.status === 'pending');
  if (pending.length === 0) return report;
  const clock = options.clockMs ?? Date.now;
  const cache = new RunCache(ports);
  const itemIds = [...new Set(pending.map((r) => r.itemId).filter((id) => id))];
  const items = new Map((itemIds.length ? await ports.itemsByIds(itemIds) : []).map((i) => [i._id, i]));
  for (const row of pending) {
    if (options.deadline !== undefined && clock() >= options.deadline) {
      report.deferred += 1;
      continue;
    }
    try {
      const outcome = await dispatchRow(ports, cache, row, items.get(row.itemId) ?? null, options.now);
      report.rows += 1;
      report[outcome] += 1;
    } catch (error) {
      // A database failure on this row: leave it pending for the timer, go on with the others.
      ports.log.error(`notices: row ${row._id}: ${String((error as Error)?.stack ?? error)}`);
      report.deferred += 1;
    }
  }
  return report;
}

/** The `notices` timer: pending rows whose next attempt is due, in batches, until none is left or time is up. */
export async function dispatchDue(
  ports: NoticePorts,
  options: DispatchOptions & { batchSize?: number; maxBatches?: number },
): Promise<DispatchReport> {
  const total: DispatchReport = { rows: 0, sent: 0, inboxOnly: 0, retrying: 0, dead: 0, deferred: 0 };
  const batchSize = options.batchSize ?? 100;
  const clock = options.clockMs ?? Date.now;
  for (let batch = 0; batch < (options.maxBatches ?? 20); batch++) {
    if (options.deadline !== undefined && clock() >= options.deadline) break;
    const rows = await ports.store.duePending(options.now, batchSize);
    if (rows.length === 0) break;
    const report = await dispatchRows(ports, rows, options);
    for (const key of Object.keys(total) as (keyof DispatchReport)[]) total[key] += report[key];
    // Rows that could not be processed stay due; stop rather than read them again in this run.
    if (report.rows === 0 || rows.length < batchSize) break;
  }
  return total;
}
