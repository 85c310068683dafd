/**
 * resident.submit: a resident's opinion to their linked deputy (issue 3).
 *
 * Guarantees, in this order, each refusing with nothing stored:
 *  - the resident must have a linked, active deputy (OPINION.NO_DEPUTY);
 *  - the category must be one of the township's (VALIDATION.INVALID);
 *  - msgSecCheck v2 with the submitter's own openid (it must run while the author is active): risky →
 *    CONTENT.RISKY; `review` passes on with the `textReview` flag staff filter on; each photo goes to
 *    mediaCheckAsync and stays visible to the submitter and staff only until its result (content-screening.ts);
 *  - the daily limit (settings, default 5 per Shanghai day) is a counter read and bumped inside the item's own
 *    transaction, so concurrent submissions cannot slip past it (RATE.DAILY_LIMIT).
 * The item is created by `createItem` (decide(submit) → `submitted`, triage deadline, first timeline event, the
 * deputy's `newOpinion` outbox row), idempotent by request id.
 *
 * Database requests: 1 (resident) + 1 (deputy) + 2 (settings) + msgSecCheck (+ temp URLs and one mediaCheckAsync
 * per photo) + transaction (start, request log, counter, counter write, item, event, outbox row, one mediaChecks
 * row per photo, log row, commit).
 */
import { shanghaiDateOf } from '../../domain/calendar';
import { DomainError } from '../../domain/errors';
import type { ItemStatus } from '../../domain/opinion/status';
import type { Actor } from '../../domain/opinion/commands';
import { OPINION_SCENE } from '../shared/content-screening';
import { writtenPart } from '../shared/written-part';
import { createItem } from '../shared/create-item';
import type { CommandContext } from '../shared/dispatcher';
import { dailyLimitGuard } from './daily-limit';

export interface SubmitInput {
  title: string;
  content: string;
  category: string;
  photos: string[];
  place?: string | undefined;
  publishConsent: boolean;
  hideIdentityFromUnit: boolean;
  contactPhone?: string | undefined;
}

export { OPINION_SCENE };

export async function submit(ctx: CommandContext, input: SubmitInput): Promise<{ itemId: string; status: ItemStatus }> {
  const actor = ctx.actor as Actor;
  const { ports } = ctx;
  const resident = await ports.directory.findResidentByOpenid(ctx.caller.openid);
  if (!resident) throw new DomainError('AUTH.NOT_REGISTERED');
  if (!resident.linkedDeputyId) throw new DomainError('OPINION.NO_DEPUTY', '请先选择您的联系代表');
  const [deputy, settings] = await Promise.all([
    ports.directory.findDeputy(resident.townshipId, resident.linkedDeputyId),
    ports.settings.load(resident.townshipId),
  ]);
  if (!deputy || !deputy.active) throw new DomainError('OPINION.NO_DEPUTY', '您联系的代表暂不能接收，请重新选择代表');
  const written = await writtenPart(ctx, settings, input);

  const submitter = {
    residentId: resident._id,
    openid: resident.openid,
    name: resident.displayName,
    villageId: resident.villageId,
    hasAccount: true,
    ...(input.contactPhone ? { phone: input.contactPhone } : {}),
  };
  const created = await createItem(ctx, {
    actor,
    settings,
    command: { event: 'submit', payload: { channel: 'online', kind: 'opinion' } },
    draft: {
      townshipId: resident.townshipId,
      kind: 'opinion',
      channel: 'online',
      ...written,
      submitter,
      enteredBy: { role: 'resident', id: resident._id, name: resident.displayName },
      consentMode: 'self',
      relayMethod: 'inApp',
      deputyId: deputy._id,
      stationId: deputy.stationId,
      villageId: resident.villageId,
    },
    eventPayload: { title: input.title, deputyName: deputy.name },
    recipients: { deputy: deputy._id },
    guard: dailyLimitGuard(resident._id, shanghaiDateOf(ctx.now), ctx.now),
  });
  return { itemId: created.item._id, status: created.item.status };
}
