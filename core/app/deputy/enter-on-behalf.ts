/**
 * deputy.enterOnBehalf: an opinion heard at a reception day, a visit, by phone, letter or forum, entered by the
 * deputy for a resident who is not in the app (domain.md §3.1): the submitter is named with village and optional
 * contact, `hasAccount: false`, oral consent recorded (`consentMode: verbal`, who, when); the answer goes back by
 * phone or visit. The item lands in the entering deputy's own inbox (`submitted`) for triage like any other.
 * deputy.submitOwnSuggestion: the deputy's own 闭会期间建议 (`deputyOwn`), which goes straight to the presidium.
 *
 * Both run msgSecCheck with the entering deputy's openid (the author at the keyboard), and send the photos to the
 * media check (content-screening.ts). No daily limit: deputies enter many items after a reception day.
 *
 * Database requests: 1 (deputy) + 1 (village, on behalf only) + 2 (settings) + msgSecCheck (+ temp URLs and one
 * mediaCheckAsync per photo) + createItem's transaction (start, request log, item, event, outbox row, one
 * mediaChecks row per photo, log row, commit).
 */
import type { Deputy } from '../../domain/directory';
import { DomainError } from '../../domain/errors';
import type { Actor } from '../../domain/opinion/commands';
import type { ConsentMode, ItemStatus, RelayMethod } from '../../domain/opinion/status';
import { createItem } from '../shared/create-item';
import type { CommandContext } from '../shared/dispatcher';
import { offlineSubmitter, writtenPart, type WrittenInput } from '../shared/written-part';
import { deputyIdFor } from './deputy-actor';

type Changed = { itemId: string; status: ItemStatus };
type OnBehalfChannel = 'receptionDay' | 'visit' | 'phone' | 'letter' | 'forum';

export interface EnterOnBehalfInput {
  title: string;
  content: string;
  category: string;
  photos: string[];
  place?: string | undefined;
  publishConsent: boolean;
  hideIdentityFromUnit: boolean;
  channel: OnBehalfChannel;
  submitterName: string;
  villageId: string;
  submitterPhone?: string | undefined;
  consentMode: ConsentMode;
  relayMethod: RelayMethod;
}

async function prepare(ctx: CommandContext, text: WrittenInput) {
  const actor = ctx.actor as Actor;
  const deputyId = deputyIdFor(actor);
  const [deputy, settings] = await Promise.all([
    ctx.ports.directory.findDeputy(actor.townshipId, deputyId),
    ctx.ports.settings.load(actor.townshipId),
  ]);
  if (!deputy) throw new DomainError('DIRECTORY.NOT_FOUND');
  const written = await writtenPart(ctx, settings, text);
  return { actor, deputy: deputy as Deputy, settings, written };
}

export async function enterOnBehalf(ctx: CommandContext, input: EnterOnBehalfInput): Promise<Changed> {
  const village = await ctx.ports.directory.findVillage((ctx.actor as Actor).townshipId, input.villageId);
  if (!village) throw new DomainError('DIRECTORY.NOT_FOUND', '未找到该村(社区)');
  const { actor, deputy, settings, written } = await prepare(ctx, { ...input, contactPhone: input.submitterPhone });
  const created = await createItem(ctx, {
    actor,
    settings,
    command: { event: 'submit', payload: { channel: input.channel, kind: 'opinion' } },
    draft: {
      townshipId: actor.townshipId,
      kind: 'opinion',
      channel: input.channel,
      ...written,
      submitter: offlineSubmitter(input.submitterName, village._id, input.submitterPhone),
      enteredBy: { role: actor.role, id: actor.id, name: deputy.name },
      consentMode: input.consentMode,
      consent: { recordedBy: actor.id, at: ctx.now },
      relayMethod: input.relayMethod,
      deputyId: deputy._id,
      stationId: deputy.stationId,
      villageId: village._id,
    },
    eventPayload: { title: input.title, enteredFor: input.submitterName },
    recipients: { deputy: deputy._id },
  });
  return { itemId: created.item._id, status: created.item.status };
}

export async function submitOwnSuggestion(
  ctx: CommandContext,
  input: { title: string; content: string; category: string; photos: string[] },
): Promise<Changed> {
  // A deputy's own suggestion is not published and hides no identity: the deputy signs it.
  const { actor, deputy, settings, written } = await prepare(ctx, {
    ...input,
    publishConsent: false,
    hideIdentityFromUnit: false,
  });
  const created = await createItem(ctx, {
    actor,
    settings,
    command: { event: 'submit', payload: { channel: 'deputyOwn', kind: 'suggestion' } },
    draft: {
      townshipId: actor.townshipId,
      kind: 'suggestion',
      channel: 'deputyOwn',
      ...written,
      submitter: { name: deputy.name, villageId: deputy.villageId, hasAccount: true },
      enteredBy: { role: actor.role, id: actor.id, name: deputy.name },
      consentMode: 'self',
      relayMethod: 'inApp',
      deputyId: deputy._id,
      stationId: deputy.stationId,
      villageId: deputy.villageId,
    },
    eventPayload: { title: input.title },
  });
  return { itemId: created.item._id, status: created.item.status };
}
