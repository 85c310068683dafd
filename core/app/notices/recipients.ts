/**
 * Resolves an outbox row's audience to people with a WeChat openid, from the directory (issue 4, "Who is told
 * what"): the submitter's own openid on the item; the item's deputy, the lead unit's staff, the unit's leaders,
 * the supervising presidium member, the chair and presidium staff through their active role bindings.
 *
 * Guarantees: never invents a recipient; an offline resident (no account) or an unbound person yields none; a
 * row naming a specific recipient (`recipientId`: the unit just assigned) is resolved for that one; a notice to
 * a supervisor when the item has none goes to presidium staff, so an overdue item is never unheard of.
 * Database requests: 0 for the submitter, 1–2 for the others (ids, then bindings).
 */
import type { Item } from '../../domain/opinion/item';
import type { OutboxRow } from '../../domain/notices/outbox';
import type { RecipientDirectory } from '../../ports/recipient-directory';

export interface Recipient {
  /** Key of the delivery record on the row (the openid: unique per person per mini-program). */
  key: string;
  openid: string;
  refId: string;
}

type ItemFacts = Pick<Item, '_id' | 'townshipId' | 'deputyId' | 'assignment' | 'supervision' | 'submitter'>;

async function bound(dir: RecipientDirectory, townshipId: string, refIds: readonly string[]): Promise<Recipient[]> {
  const ids = refIds.filter((id) => id);
  if (ids.length === 0) return [];
  const people = await dir.bindingsOf(townshipId, ids);
  const seen = new Set<string>();
  const out: Recipient[] = [];
  for (const p of people) {
    if (seen.has(p.openid)) continue;
    seen.add(p.openid);
    out.push({ key: p.openid, openid: p.openid, refId: p.refId });
  }
  return out;
}

export async function resolveRecipients(
  dir: RecipientDirectory,
  row: Pick<OutboxRow, 'townshipId' | 'audience' | 'recipientId'>,
  item: ItemFacts | null,
): Promise<Recipient[]> {
  const t = row.townshipId;
  switch (row.audience) {
    case 'submitter': {
      const s = item?.submitter;
      if (!s?.hasAccount || !s.openid) return [];
      return [{ key: s.openid, openid: s.openid, refId: s.residentId ?? s.openid }];
    }
    case 'deputy': {
      const id = row.recipientId ?? item?.deputyId;
      return id ? bound(dir, t, [id]) : [];
    }
    case 'leadUnit':
    case 'unitLeader': {
      const unitId = row.recipientId ?? item?.assignment?.leadUnitId;
      if (!unitId) return [];
      const staff = await dir.unitStaffIds(unitId, row.audience === 'unitLeader' ? 'unitLeader' : undefined);
      return bound(dir, t, staff);
    }
    case 'supervisor': {
      const id = row.recipientId ?? item?.supervision?.supervisorId;
      if (id) return bound(dir, t, [id]);
      return bound(dir, t, await dir.officialIds(t, ['staff']));
    }
    case 'chair':
      return bound(dir, t, await dir.officialIds(t, ['chair']));
    case 'staff':
      return bound(dir, t, row.recipientId ? [row.recipientId] : await dir.officialIds(t, ['staff']));
  }
}
