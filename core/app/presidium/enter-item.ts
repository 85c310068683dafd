/**
 * presidium.enterItem: the presidium office enters an item itself (domain.md §3.1) — heard at the chair's
 * reception day (chairReception), raised during the session (session), found on an inspection (inspection), or
 * come by letter, phone, forum or petition (信访). The submitter is named with village and optional phone
 * (`hasAccount: false`); a deputy may be named when the item concerns their constituents.
 *
 * Guarantees: created by `createItem` (decide(submit) for a staff actor: `forwarded`, petitions `registered`);
 * a petition gets its registration number from the same per-year counter as `register`, inside the item's own
 * transaction (numbers stay consecutive, a refused entry consumes none); session and inspection items are
 * suggestions (代表建议), petitions `petition`, the rest opinions; the text and photos go through content
 * security like any submission (content-screening.ts). Staff and the chair only (presidium members do not enter).
 *
 * Database requests: 1 (village) + 0–1 (deputy) + 2 (settings) + msgSecCheck (+ temp URLs and one
 * mediaCheckAsync per photo) + transaction (start, request log, [counter, counter write for petitions], item,
 * event, outbox rows, one mediaChecks row per photo, log row, commit).
 */
import { presidiumCommands, STAFF_ENTRY_CHANNELS } from '../../contracts/presidium';
import { DomainError } from '../../domain/errors';
import type { ItemKind } from '../../domain/opinion/status';
import { formatRegistrationNumber, registrationYearOf } from '../../domain/registration-number';
import type { TxWrite } from '../../ports/transactor';
import { createItem, type ItemDraft } from '../shared/create-item';
import { command } from '../shared/dispatcher';
import { offlineSubmitter, writtenPart } from '../shared/written-part';
import { requireActor } from './item-command';
import { registrationCounterId } from './register';
import { STAFF_CALLERS } from './roles';

type StaffChannel = (typeof STAFF_ENTRY_CHANNELS)[number];

export function kindOfStaffChannel(channel: StaffChannel): ItemKind {
  if (channel === 'petition') return 'petition';
  if (channel === 'session' || channel === 'inspection') return 'suggestion';
  return 'opinion';
}

export const enterItem = command({
  ...presidiumCommands.enterItem,
  roles: STAFF_CALLERS,
  async handle(ctx, input) {
    const actor = requireActor(ctx.actor);
    const townshipId = actor.townshipId;
    const [village, deputy, settings] = await Promise.all([
      ctx.ports.directory.findVillage(townshipId, input.villageId),
      input.deputyId ? ctx.ports.directory.findDeputy(townshipId, input.deputyId) : Promise.resolve(null),
      ctx.ports.settings.load(townshipId),
    ]);
    if (!village) throw new DomainError('DIRECTORY.NOT_FOUND', '未找到该村(社区)');
    if (input.deputyId && !deputy) throw new DomainError('DIRECTORY.NOT_FOUND', '未找到该代表');
    const written = await writtenPart(ctx, settings, { ...input, contactPhone: input.submitterPhone });
    const kind = kindOfStaffChannel(input.channel);
    const draft: ItemDraft = {
      townshipId,
      kind,
      channel: input.channel,
      ...written,
      submitter: offlineSubmitter(input.submitterName, village._id, input.submitterPhone),
      enteredBy: { role: actor.role, id: actor.id, name: actor.name ?? '' },
      consentMode: 'verbal',
      consent: { recordedBy: actor.id, at: ctx.now },
      relayMethod: 'phone',
      deputyId: deputy?._id ?? null,
      stationId: deputy?.stationId ?? village.stationId ?? null,
      villageId: village._id,
    };
    const created = await createItem(ctx, {
      actor,
      settings,
      command: { event: 'submit', payload: { channel: input.channel, kind } },
      draft,
      eventPayload: { title: input.title, enteredFor: input.submitterName },
      // A petition is registered on entry: its number comes from the registration counter, in this transaction.
      guard: async (tx): Promise<TxWrite[]> => {
        if (kind !== 'petition') return [];
        const year = registrationYearOf(ctx.now);
        const counterId = registrationCounterId(townshipId, year);
        const counter = await tx.get<{ seq?: number }>('counters', counterId);
        const seq = (counter?.seq ?? 0) + 1;
        draft.registrationNumber = formatRegistrationNumber(year, seq);
        const doc = { townshipId, kind: 'registration', year, seq, updatedAt: ctx.now };
        return [{ kind: 'set', collection: 'counters', id: counterId, doc }];
      },
    });
    const result: { itemId: string; status: typeof created.item.status; registrationNumber?: string } = {
      itemId: created.item._id,
      status: created.item.status,
    };
    if (created.item.registrationNumber) result.registrationNumber = created.item.registrationNumber;
    return result;
  },
});
