// The whole loop through the real functions on local-cloud (issue 3): submit → forward → register → assign →
// the unit signs and answers → staff release → the deputy relays → 不满意 → re-handling → answered again →
// relayed → 满意 → closed. At every step the resident's own view is checked: the status they see, the timeline
// events they are shown (never staff-only ones), and that no staff or clerk name ever reaches them.
// Relay mode is `viaDeputy`, so each released answer passes through the deputy as the product's default loop does.
import { codeOf, createWorld, ok, opinion, rid, type Who, type World } from './lifecycle-world';

let w: World;
beforeAll(async () => {
  w = await createWorld({ settings: { relayMode: 'viaDeputy' } });
}, 60_000);

const STAFF_NAMES = ['赵专干', '孙主席', '钱承办', '吴村干'];

async function residentSees(itemId: string, status: string, events: string[]) {
  const detail = ok(await w.call('resident', 'detail', { itemId }, 'resident'));
  expect(detail.status).toBe(status);
  expect(detail.timeline.map((e: { event: string }) => e.event)).toEqual(events);
  const text = JSON.stringify(detail);
  for (const name of STAFF_NAMES) expect(text).not.toContain(name);
  return detail;
}

async function act(fn: string, command: string, who: Who, payload: Record<string, unknown>) {
  return ok(await w.call(fn, command, payload, who, rid()));
}

test('submit → … → 不满意 → re-handling → 满意 → closed, as the resident sees it', async () => {
  const { itemId } = await act('resident', 'submit', 'resident', opinion());
  const seen = ['submit'];
  await residentSees(itemId, 'submitted', seen);

  await w.env.advance(3600_000);
  await act('deputy', 'forwardToPresidium', 'deputy', {
    itemId,
    summary: '村口路灯损坏一个多月',
    deputyView: '情况属实，建议尽快修复',
    suggestedUnitId: 'u-office',
  });
  seen.push('forwardToPresidium');
  await residentSees(itemId, 'forwarded', seen);

  const registered = await act('presidium', 'register', 'staff', { itemId, isKey: false });
  expect(registered.registrationNumber).toMatch(/^2026-\d{4}$/);
  seen.push('register');
  await residentSees(itemId, 'registered', seen);

  await act('presidium', 'assign', 'staff', {
    itemId,
    leadUnitId: 'u-office',
    leaderInCharge: '周副镇长',
    responsiblePerson: '钱主任',
    contact: '钱主任 13600005555',
  });
  seen.push('assign');
  const assigned = await residentSees(itemId, 'assigned', seen);
  expect(assigned.timeline.at(-1)).toMatchObject({ actorLabel: '镇人大主席团' });
  expect(assigned.timeline.at(-1).text).toContain('承办单位：农业农村办公室');

  await act('unit', 'sign', 'unit', { itemId });
  seen.push('sign');
  await residentSees(itemId, 'inProgress', seen);

  await act('unit', 'submitReply', 'unit', { itemId, text: '已安排电工更换路灯。', outcome: 'resolved' });
  // The written answer under staff review is not the resident's to see yet.
  const inReview = await residentSees(itemId, 'replyReview', seen);
  expect(inReview.reply).toBeUndefined();

  await act('presidium', 'releaseReply', 'staff', { itemId });
  seen.push('releaseReply');
  await residentSees(itemId, 'replied', seen);
  // A resident cannot rate before the deputy has passed the answer on.
  expect(codeOf(await w.call('resident', 'evaluate', { itemId, rating: 'satisfied' }, 'resident', rid()))).toBe(
    'OPINION.TRANSITION_REFUSED',
  );

  const awaiting = ok(await w.call('deputy', 'counts', {}, 'deputy'));
  expect(awaiting.awaitingRelay).toBe(1);
  await act('deputy', 'relay', 'deputy', { itemId, method: 'inApp', note: '已转告' });
  seen.push('relay');
  const relayed = await residentSees(itemId, 'awaitingEvaluation', seen);
  expect(relayed.reply).toMatchObject({
    text: '已安排电工更换路灯。',
    outcome: 'resolved',
    answeredBy: '农业农村办公室',
  });
  expect(relayed.actions).toEqual(['rate']);

  await act('resident', 'evaluate', 'resident', { itemId, rating: 'unsatisfied', comment: '路灯还是不亮' });
  seen.push('rate');
  const unsatisfied = await residentSees(itemId, 'reHandleReview', seen);
  expect(unsatisfied.timeline.at(-1).text).toBe('不满意：路灯还是不亮');

  await act('presidium', 'reHandle', 'staff', {
    itemId,
    leadUnitId: 'u-office',
    leaderInCharge: '周副镇长',
    responsiblePerson: '钱主任',
    contact: '钱主任 13600005555',
    reason: '群众反映路灯仍未修复',
  });
  seen.push('reHandle');
  await residentSees(itemId, 'reHandling', seen);

  await act('unit', 'submitReply', 'unit', { itemId, text: '已更换整条线路，路灯恢复照明。', outcome: 'resolved' });
  await residentSees(itemId, 'replyReview', seen);
  await act('presidium', 'releaseReply', 'staff', { itemId });
  seen.push('releaseReply');
  await residentSees(itemId, 'replied', seen);
  await act('deputy', 'relay', 'deputy', { itemId, method: 'phone' });
  seen.push('relay');
  const second = await residentSees(itemId, 'awaitingEvaluation', seen);
  expect(second.reply.text).toBe('已更换整条线路，路灯恢复照明。');

  await act('resident', 'evaluate', 'resident', { itemId, rating: 'satisfied', comment: '修好了，谢谢' });
  seen.push('rate');
  const closed = await residentSees(itemId, 'closed', seen);
  expect(closed.evaluation).toMatchObject({ rating: 'satisfied', round: 1 });
  expect(closed.actions).toEqual([]);

  // The staff-side timeline has every step, including the ones the resident is not shown.
  const staffView = ok(await w.call('deputy', 'detail', { itemId }, 'deputy'));
  expect(staffView.timeline.map((e: { event: string }) => e.event)).toEqual([
    'submit',
    'forwardToPresidium',
    'register',
    'assign',
    'sign',
    'submitReply',
    'releaseReply',
    'relay',
    'rate',
    'reHandle',
    'submitReply',
    'releaseReply',
    'relay',
    'rate',
  ]);
}, 60_000);
