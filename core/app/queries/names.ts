/**
 * Display names for a set of items, looked up in one batch per collection (villages, deputies, units), so a list
 * page costs at most 3 directory requests whatever its length.
 */
import type { Item } from '../../domain/opinion/item';
import type { AppPorts } from '../shared/ports';

export interface NameBook {
  village(id: string | null | undefined): string;
  deputy(id: string | null | undefined): string | undefined;
  unit(id: string | null | undefined): string | undefined;
}

/** Database requests: up to 3 (villages, deputies, handling units by `_id`), none for ids not present. */
export async function namesFor(
  ports: AppPorts,
  townshipId: string,
  items: readonly Item[],
  extraUnitIds: readonly string[] = [],
): Promise<NameBook> {
  const villageIds = items.flatMap((i) => [i.villageId, i.submitter.villageId]);
  const deputyIds = items.flatMap((i) => (i.deputyId ? [i.deputyId] : []));
  const unitIds = [
    ...extraUnitIds,
    ...items.flatMap((i) => [
      ...(i.assignment ? [i.assignment.leadUnitId, ...i.assignment.coUnitIds] : []),
      ...(i.villageReferral ? [i.villageReferral.unitId] : []),
      ...(i.reply?.unitId ? [i.reply.unitId] : []),
    ]),
  ];
  const [villages, deputies, units] = await Promise.all([
    ports.directory.findVillages(townshipId, villageIds),
    ports.directory.findDeputies(townshipId, deputyIds),
    ports.directory.findUnits(townshipId, unitIds),
  ]);
  const v = new Map(villages.map((x) => [x._id, x.name]));
  const d = new Map(deputies.map((x) => [x._id, x.name]));
  const u = new Map(units.map((x) => [x._id, x.name]));
  return {
    village: (id) => (id ? (v.get(id) ?? '') : ''),
    deputy: (id) => (id ? d.get(id) : undefined),
    unit: (id) => (id ? u.get(id) : undefined),
  };
}
