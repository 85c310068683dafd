/**
 * A deputy as a picker card. Deputies are public figures (代表风采), but their phone is personal data: residents
 * and visitors see it masked; only presidium roles see it in full.
 */
import type { DeputyCard } from '../../contracts/views';
import type { Deputy, LiaisonStation } from '../../domain/directory';
import { maskPhone } from '../../domain/privacy';

export function toDeputyCard(
  deputy: Deputy,
  station: LiaisonStation | null | undefined,
  fullPhone = false,
): DeputyCard {
  const card: DeputyCard = {
    deputyId: deputy._id,
    name: deputy.name,
    deputyLevel: deputy.deputyLevel,
    stationName: station?.name ?? '',
    stationType: station?.stationType ?? 'station',
  };
  if (deputy.intro) card.intro = deputy.intro;
  if (deputy.phone) card.phone = fullPhone ? deputy.phone : maskPhone(deputy.phone);
  return card;
}
