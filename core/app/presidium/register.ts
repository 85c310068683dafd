/**
 * `register` (登记): the item gets its registration number `{year}-{seq}` (e.g. `2026-0042`), unique per year.
 *
 * Guarantees: the number is allocated in the same transaction as the item change, from a counter document per
 * township and Shanghai year (`counters/<townshipId>-registration-<year>`): two registrations at once both write
 * that counter, so CloudBase lets one commit and re-runs the other on the fresh counter — numbers are consecutive
 * and never repeat; a refused registration consumes no number. A transaction that keeps losing (many staff
 * registering at the same instant) is re-run here a few times before answering OPINION.VERSION_CONFLICT. The
 * category, when given, must be one of the township's categories.
 *
 * Database requests: the item change (2 settings reads; transaction: start, request log, item, counter, item
 * write, event, counter write, log row, commit), repeated only on a write conflict.
 */
import { presidiumCommands } from '../../contracts/presidium';
import { DomainError } from '../../domain/errors';
import { formatRegistrationNumber, registrationYearOf } from '../../domain/registration-number';
import { itemCommand } from './item-command';
import { withConflictRetry } from './conflict-retry';
import { PRESIDIUM_CALLERS } from './roles';

interface RegistrationCounter {
  _id: string;
  townshipId: string;
  kind: 'registration';
  year: number;
  seq: number;
  updatedAt: Date;
}

export function registrationCounterId(townshipId: string, year: number): string {
  return `${townshipId}-registration-${year}`;
}

const registerOnce = itemCommand({
  input: presidiumCommands.register.input,
  roles: PRESIDIUM_CALLERS,
  build: async ({ input, item, tx, settings, now }) => {
    if (input.category && !settings.categories.includes(input.category)) {
      throw new DomainError('VALIDATION.INVALID', '类别不在本镇的类别列表中');
    }
    const year = registrationYearOf(now);
    const counterId = registrationCounterId(item.townshipId, year);
    const counter = await tx.get<RegistrationCounter>('counters', counterId);
    const seq = (counter?.seq ?? 0) + 1;
    const registrationNumber = formatRegistrationNumber(year, seq);
    const next: RegistrationCounter = {
      _id: counterId,
      townshipId: item.townshipId,
      kind: 'registration',
      year,
      seq,
      updatedAt: now,
    };
    const payload = input.category
      ? { registrationNumber, category: input.category, isKey: input.isKey }
      : { registrationNumber, isKey: input.isKey };
    return {
      command: { event: 'register', payload },
      writes: [{ kind: 'set', collection: 'counters', id: counterId, doc: next as unknown as Record<string, unknown> }],
    };
  },
  result: (change) => ({ registrationNumber: change.item.registrationNumber ?? '' }),
});

export const register = withConflictRetry(registerOnce);
