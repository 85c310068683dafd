// Specification: who may see an item (issue 3): a resident only their own; a deputy items addressed to them or
// entered by them; unit staff only their unit's assignments (or the village referral); presidium roles all of
// their township; nobody across townships.
import { availableEvents, canView } from '../../../core/domain/opinion';
import type { Role } from '../../../core/domain/roles';
import { actorFor, itemIn } from './fixtures';

const item = itemIn('inProgress', { villageReferral: null });
const cases: [string, Role, Record<string, string>, boolean][] = [
  ['the submitting resident', 'resident', {}, true],
  ['another resident', 'resident', { id: 'res-2' }, false],
  ['the addressed deputy', 'deputy', {}, true],
  ['another deputy', 'deputy', { id: 'dep-2' }, false],
  ['a deputy identified through deputyId', 'deputy', { id: 'person-7', deputyId: 'dep-1' }, true],
  ['the station clerk', 'stationClerk', {}, true],
  ['a clerk of another station', 'stationClerk', { stationId: 'st-2' }, false],
  ['the lead unit', 'unitHandler', {}, true],
  ['a co-unit', 'unitLeader', { unitId: 'unit-2' }, true],
  ['an unrelated unit', 'unitHandler', { unitId: 'unit-9' }, false],
  ['unit staff without a unit', 'unitHandler', { unitId: '' }, false],
  ['staff', 'staff', {}, true],
  ['a presidium member', 'presidiumMember', {}, true],
  ['the chair', 'chair', {}, true],
  ['a viewer', 'viewer', {}, true],
  ['staff of another township', 'staff', { townshipId: 'tw-2' }, false],
  ['a group leader (no item access yet)', 'groupLeader', {}, false],
];

test.each(cases)('%s (%s) sees it: %s', (_n, role, overrides, visible) => {
  expect(canView(item, actorFor(role, overrides))).toBe(visible);
});

test('a deputy sees an item they entered for someone addressed to another deputy', () => {
  const entered = itemIn('submitted', { deputyId: 'dep-9', enteredBy: { role: 'deputy', id: 'dep-1', name: '刘芳' } });
  expect(canView(entered, actorFor('deputy'))).toBe(true);
});

test('the village committee sees an item referred to it, and no other', () => {
  const referred = itemIn('referredToVillage', { assignment: null });
  expect(canView(referred, actorFor('unitHandler'))).toBe(true);
  expect(canView(referred, actorFor('unitHandler', { unitId: 'unit-2' }))).toBe(false);
});

test('available actions follow the table: the deputy of a new item triages, the resident may withdraw', () => {
  const fresh = itemIn('submitted');
  expect(availableEvents(fresh, actorFor('deputy')).sort()).toEqual([
    'answerOnSpot',
    'forwardToPresidium',
    'referToVillage',
  ]);
  expect(availableEvents(fresh, actorFor('resident'))).toEqual(['withdraw']);
  expect(availableEvents(fresh, actorFor('unitHandler'))).toEqual([]);
});
