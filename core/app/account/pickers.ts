/**
 * Pickers for registration and linking: villages of the township, a station's deputies, and what a QR scene
 * points at. Open to visitors (they pick before registering). Deputies' phones are masked.
 */
import { DomainError } from '../../domain/errors';
import type { DeputyCard, VillageOption } from '../../contracts/views';
import type { Caller } from '../shared/caller';
import type { AppPorts } from '../shared/ports';
import { toDeputyCard } from './deputy-card';

/** The caller's township, or this deployment's township for a visitor. Database requests: 0 or 1. */
export async function townshipOf(ports: AppPorts, caller: Caller): Promise<string> {
  const known = caller.actors[0]?.townshipId;
  if (known) return known;
  const fallback = await ports.directory.defaultTownshipId();
  if (!fallback) throw new DomainError('DIRECTORY.NOT_FOUND');
  return fallback;
}

/** Database requests: 0–1 (township) + 1 (villages). */
export async function listVillages(ports: AppPorts, caller: Caller): Promise<{ villages: VillageOption[] }> {
  const townshipId = await townshipOf(ports, caller);
  const villages = await ports.directory.listVillages(townshipId);
  return { villages: villages.map((v) => ({ villageId: v._id, name: v.name, kind: v.kind, stationId: v.stationId })) };
}

/**
 * The deputies a resident chooses from: those of the given station, or of the station serving the given village.
 * Database requests: 0–1 (township) + 0–1 (village) + 1 (station) + 1 (deputies).
 */
export async function listDeputies(
  ports: AppPorts,
  caller: Caller,
  input: { villageId?: string | undefined; stationId?: string | undefined },
): Promise<{ deputies: DeputyCard[] }> {
  const townshipId = await townshipOf(ports, caller);
  let stationId = input.stationId;
  if (!stationId && input.villageId)
    stationId = (await ports.directory.findVillage(townshipId, input.villageId))?.stationId;
  if (!stationId) {
    const resident = caller.actors.some((a) => a.role === 'resident')
      ? await ports.directory.findResidentByOpenid(caller.openid)
      : null;
    if (resident) stationId = (await ports.directory.findVillage(townshipId, resident.villageId))?.stationId;
  }
  if (!stationId) throw new DomainError('VALIDATION.INVALID', '请先选择村(社区)或联络站');
  const [station, deputies] = await Promise.all([
    ports.directory.findStation(townshipId, stationId),
    ports.directory.listStationDeputies(townshipId, stationId),
  ]);
  if (!station) throw new DomainError('DIRECTORY.NOT_FOUND');
  return { deputies: deputies.map((d) => toDeputyCard(d, station)) };
}

export type SceneTarget =
  { kind: 'deputy'; deputy: DeputyCard } | { kind: 'station'; stationId: string; deputies: DeputyCard[] };

/** What a QR scene opens: a deputy's 代表码 or a station's code. Database requests: 0–1 + 1–3. */
export async function resolveScene(ports: AppPorts, caller: Caller, scene: string): Promise<SceneTarget> {
  const townshipId = await townshipOf(ports, caller);
  const deputy = await ports.directory.findDeputyByScene(townshipId, scene);
  if (deputy && deputy.active) {
    return {
      kind: 'deputy',
      deputy: toDeputyCard(deputy, await ports.directory.findStation(townshipId, deputy.stationId)),
    };
  }
  const station = await ports.directory.findStationByScene(townshipId, scene);
  if (!station) throw new DomainError('DIRECTORY.NOT_FOUND', '二维码无效或已过期');
  const deputies = await ports.directory.listStationDeputies(townshipId, station._id);
  return { kind: 'station', stationId: station._id, deputies: deputies.map((d) => toDeputyCard(d, station)) };
}
