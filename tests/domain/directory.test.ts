// Specification: an invite code is single use, revocable and expiring; the state names the real cause.
import { inviteState } from '../../core/domain/directory';

const expiresAt = new Date('2026-03-17T16:00:00Z');
const before = new Date('2026-03-17T15:59:59Z');

test.each([
  ['fresh, before expiry', {}, before, 'usable'],
  ['at the expiry instant', {}, expiresAt, 'expired'],
  ['used, even if also expired', { usedAt: before }, expiresAt, 'used'],
  ['revoked before expiry', { revokedAt: before }, before, 'revoked'],
] as const)('%s → %s', (_n, extra, now, state) => {
  expect(inviteState({ expiresAt, ...extra }, now)).toBe(state);
});
