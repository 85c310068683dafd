// Specification: the transition table is the law. Every allowed (state, event, role) succeeds and lands where the
// table says; every other combination, generated as the complement of the table, is refused with the code the
// refusal order of `decide` names (wrong state → OPINION.TRANSITION_REFUSED, wrong role → AUTH.FORBIDDEN).
import { ROLES } from '../../../core/domain/roles';
import { DomainError } from '../../../core/domain/errors';
import {
  ITEM_EVENTS,
  ITEM_STATUSES,
  TRANSITIONS,
  decide,
  type FromState,
  type ItemStatus,
} from '../../../core/domain/opinion';
import { actorFor, commandFor, ctx, itemForEvent, NOW } from './fixtures';

const FROM_STATES: FromState[] = ['none', ...ITEM_STATUSES];

function attempt(from: FromState, event: (typeof ITEM_EVENTS)[number], role: (typeof ROLES)[number]) {
  const actor = actorFor(role);
  const item = from === 'none' ? null : itemForEvent(from, event, actor);
  try {
    return { decision: decide(item, commandFor(event, role), actor, ctx()), error: null };
  } catch (e) {
    return { decision: null, error: e };
  }
}

describe('the table itself', () => {
  test('has exactly one row per event', () => {
    expect(TRANSITIONS.map((t) => t.event).sort()).toEqual([...ITEM_EVENTS].sort());
  });

  test('only submit starts from nothing, and nothing leaves archived', () => {
    for (const row of TRANSITIONS) {
      expect(row.from.includes('none')).toBe(row.event === 'submit');
      expect(row.from.includes('archived')).toBe(false);
    }
  });

  test('terminal states are left only by archive', () => {
    for (const status of ['notAccepted', 'merged', 'withdrawn'] as const) {
      const leaving = TRANSITIONS.filter((t) => t.from.includes(status)).map((t) => t.event);
      expect(leaving).toEqual(['archive']);
    }
  });

  test('every state but submitted is reachable', () => {
    const reachable = new Set<ItemStatus>();
    for (const row of TRANSITIONS) {
      if (row.to === 'same') continue;
      if (typeof row.to === 'string') reachable.add(row.to);
      else row.to.possible.forEach((s) => reachable.add(s));
    }
    expect(ITEM_STATUSES.filter((s) => !reachable.has(s))).toEqual([]);
  });
});

const allowed = TRANSITIONS.flatMap((row) =>
  row.from.flatMap((from) => row.actors.map((role) => ({ from, event: row.event, role, row }))),
);

describe('every allowed transition succeeds for each allowed role', () => {
  test.each(allowed.map((a) => [a.from, a.event, a.role, a.row] as const))(
    '%s --%s--> by %s',
    (from, event, role, row) => {
      const { decision, error } = attempt(from, event, role);
      expect(error).toBeNull();
      expect(decision).not.toBeNull();
      if (!decision) return;
      const expected = row.to === 'same' ? [from] : typeof row.to === 'string' ? [row.to] : [...row.to.possible];
      expect(expected).toContain(decision.to);
      expect(decision.changes.status).toBe(decision.to);
      expect(decision.changes.updatedAt).toBe(NOW);
      expect(decision.from).toBe(from === 'none' ? null : from);
      expect(decision.visibleToResident).toBe(row.visibleToResident);
    },
  );
});

const refused = FROM_STATES.flatMap((from) =>
  ITEM_EVENTS.flatMap((event) =>
    ROLES.flatMap((role) => {
      const row = TRANSITIONS.find((t) => t.event === event)!;
      const stateOk = row.from.includes(from);
      const roleOk = row.actors.includes(role);
      if (stateOk && roleOk) return [];
      return [[from, event, role, stateOk ? 'AUTH.FORBIDDEN' : 'OPINION.TRANSITION_REFUSED'] as const];
    }),
  ),
);

describe('every other (state, event, role) is refused with a coded error', () => {
  test('the complement is not empty and covers the whole space', () => {
    expect(refused.length + allowed.length).toBe(FROM_STATES.length * ITEM_EVENTS.length * ROLES.length);
  });

  test.each(refused)('%s --%s--> by %s is refused: %s', (from, event, role, code) => {
    const { decision, error } = attempt(from, event, role);
    expect(decision).toBeNull();
    expect(error).toBeInstanceOf(DomainError);
    expect((error as DomainError).code).toBe(code);
  });
});
