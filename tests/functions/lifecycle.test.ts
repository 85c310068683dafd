// The whole loop through the real functions on local-cloud (issue 3): submit → forward → register → assign →
// the unit signs and answers → staff release → the deputy relays → 不满意 → re-handling → answered again →
// relayed → 满意 → closed. At every step the resident's own view is checked: the status they see, the timeline
// events they are shown (never staff-only ones), and that no staff or clerk name ever reaches them.
// Relay mode is `viaDeputy`, so each released answer passes through the deputy as the product's default loop does.
//
// Notices (issue 4, "Who is told what"): after every step, each party's in-app inbox (account.listNotices as that
// party) holds exactly the notices that step owed them, opening the item's page in their own package; the
// resident alone holds subscription credits (2 for 办理进度提醒, on WeChat's side through POST /_dev/subscriptions
// and on ours through account.recordSubscriptions), so exactly two messages reach WeChat — the first answer and
// the re-handling notice — and the second answer finds no credit left and lands in the inbox only.
import { OPENID, codeOf, createWorld, ok, opinion, rid, type Who, type World } from './lifecycle-world';

const TPL = {
  itemProgress: 'TPL-PROGRESS',
  newTask: 'TPL-TASK',
  deadlineAlert: 'TPL-DEADLINE',
  dailyDigest: 'TPL-DIGEST',
};

let w: World;
beforeAll(async () => {
  w = await createWorld({
    settings: {
      relayMode: 'viaDeputy',
      noticeTemplates: Object.fromEntries(Object.entries(TPL).map(([key, templateId]) => [key, { templateId }])),
    },
  });
  const res = await fetch(`${w.env.url}/_dev/subscriptions`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ env: w.env.name, openid: OPENID.resident, templateId: TPL.itemProgress, count: 2 }),
  });
  expect(res.ok).toBe(true);
  for (let i = 0; i < 2; i++)
    ok(await w.call('account', 'recordSubscriptions', { templateKeys: ['itemProgress'] }, 'resident', rid()));
}, 60_000);

type Party = 'resident' | 'deputy' | 'staff' | 'unit' | 'chair';
const PARTIES: readonly Party[] = ['resident', 'deputy', 'staff', 'unit', 'chair'];
/** The page each party's notice about an item opens: the item page of the party's own package. */
const PAGE: Record<Party, string> = {
  resident: 'pages/item/index',
  deputy: 'packages/deputy/pages/item/index',
  staff: 'packages/presidium/pages/item/index',
  unit: 'packages/unit/pages/item/index',
  chair: 'packages/presidium/pages/item/index',
};
const DIGEST_PAGE = 'packages/presidium/pages/home/index';
const seenNotices = new Map<Party, Set<string>>(PARTIES.map((p) => [p, new Set<string>()]));

interface Notice {
  id: string;
  kind: string;
  itemId: string | null;
  title: string;
  page: string;
  read: boolean;
}

/**
 * The notices each party received since the last check, by kind (sorted: notices of one instant have no order
 * between them), each unread and opening the party's own page of the item (the digest opens the presidium home).
 */
async function told(step: string, itemId: string, expected: Partial<Record<Party, string[]>>) {
  for (const party of PARTIES) {
    const list = ok(await w.call('account', 'listNotices', { limit: 50 }, party));
    const seen = seenNotices.get(party)!;
    const fresh = (list.notices as Notice[]).filter((n) => !seen.has(n.id));
    for (const n of fresh) seen.add(n.id);
    expect({ step, party, kinds: fresh.map((n) => n.kind).sort() }).toEqual({
      step,
      party,
      kinds: [...(expected[party] ?? [])].sort(),
    });
    for (const n of fresh) {
      if (n.kind === 'dailyDigest') {
        expect(n).toMatchObject({ itemId: null, page: DIGEST_PAGE, read: false });
      } else {
        expect(n).toMatchObject({ itemId, title: '村口路灯不亮', page: `${PAGE[party]}?id=${itemId}`, read: false });
      }
    }
  }
}

interface Message {
  touser: string;
  templateId: string;
  page?: string;
  fields: Record<string, string>;
}

async function sentMessages(): Promise<Message[]> {
  const res = await fetch(`${w.env.url}/_dev/messages?env=${encodeURIComponent(w.env.name)}`);
  return ((await res.json()) as { messages: Message[] }).messages;
}

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
  await told('submit', itemId, { deputy: ['newOpinion'] });

  await w.env.advance(3600_000);
  await act('deputy', 'forwardToPresidium', 'deputy', {
    itemId,
    summary: '村口路灯损坏一个多月',
    deputyView: '情况属实，建议尽快修复',
    suggestedUnitId: 'u-office',
  });
  seen.push('forwardToPresidium');
  await residentSees(itemId, 'forwarded', seen);
  // The hour passed 08:00 Shanghai long ago: the first deadlines run (09:10) wrote the staff's morning digest.
  await told('forward', itemId, { staff: ['dailyDigest', 'forwardedToPresidium'] });

  const registered = await act('presidium', 'register', 'staff', { itemId, isKey: false });
  expect(registered.registrationNumber).toMatch(/^2026-\d{4}$/);
  seen.push('register');
  await residentSees(itemId, 'registered', seen);
  await told('register', itemId, {});

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
  await told('assign', itemId, { unit: ['assigned'] });

  await act('unit', 'sign', 'unit', { itemId });
  seen.push('sign');
  await residentSees(itemId, 'inProgress', seen);
  await told('sign', itemId, {});

  await act('unit', 'submitReply', 'unit', { itemId, text: '已安排电工更换路灯。', outcome: 'resolved' });
  // The written answer under staff review is not the resident's to see yet.
  const inReview = await residentSees(itemId, 'replyReview', seen);
  expect(inReview.reply).toBeUndefined();
  await told('submitReply', itemId, { staff: ['replyToReview'] });

  await act('presidium', 'releaseReply', 'staff', { itemId });
  seen.push('releaseReply');
  await residentSees(itemId, 'replied', seen);
  // viaDeputy: the released answer goes to the deputy; the resident hears of it only when it is relayed.
  await told('releaseReply', itemId, { deputy: ['replyToForwarded'] });
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
  await told('relay', itemId, { resident: ['replyAvailable'] });
  // The resident's first credit: one 办理进度提醒 message, opening their item page.
  const itemPage = `pages/item/index?id=${itemId}`;
  expect(await sentMessages()).toEqual([
    expect.objectContaining({
      touser: OPENID.resident,
      templateId: TPL.itemProgress,
      page: itemPage,
      fields: {
        thing1: '村口路灯不亮',
        phrase2: '已答复',
        time3: '2026年3月2日 10:00',
        thing4: '您反映的事项已有答复，请查看并评价',
      },
    }),
  ]);

  await act('resident', 'evaluate', 'resident', { itemId, rating: 'unsatisfied', comment: '路灯还是不亮' });
  seen.push('rate');
  const unsatisfied = await residentSees(itemId, 'reHandleReview', seen);
  expect(unsatisfied.timeline.at(-1).text).toBe('不满意：路灯还是不亮');
  await told('rate unsatisfied', itemId, { staff: ['unsatisfied'], deputy: ['unsatisfied'] });

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
  await told('reHandle', itemId, { unit: ['assigned'], resident: ['reHandling'] });
  // The resident's second (and last) credit.
  expect((await sentMessages()).slice(1)).toEqual([
    expect.objectContaining({
      touser: OPENID.resident,
      templateId: TPL.itemProgress,
      page: itemPage,
      fields: {
        thing1: '村口路灯不亮',
        phrase2: '重新办理中',
        time3: '2026年3月2日 10:00',
        thing4: '您反映的事项正在重新办理',
      },
    }),
  ]);

  await act('unit', 'submitReply', 'unit', { itemId, text: '已更换整条线路，路灯恢复照明。', outcome: 'resolved' });
  await residentSees(itemId, 'replyReview', seen);
  await told('submitReply (again)', itemId, { staff: ['replyToReview'] });
  await act('presidium', 'releaseReply', 'staff', { itemId });
  seen.push('releaseReply');
  await residentSees(itemId, 'replied', seen);
  await told('releaseReply (again)', itemId, { deputy: ['replyToForwarded'] });
  await act('deputy', 'relay', 'deputy', { itemId, method: 'phone' });
  seen.push('relay');
  const second = await residentSees(itemId, 'awaitingEvaluation', seen);
  expect(second.reply.text).toBe('已更换整条线路，路灯恢复照明。');
  // No credit left: the second answer is in the resident's inbox, and nothing more went to WeChat.
  await told('relay (again)', itemId, { resident: ['replyAvailable'] });
  expect(await sentMessages()).toHaveLength(2);

  await act('resident', 'evaluate', 'resident', { itemId, rating: 'satisfied', comment: '修好了，谢谢' });
  seen.push('rate');
  const closed = await residentSees(itemId, 'closed', seen);
  expect(closed.evaluation).toMatchObject({ rating: 'satisfied', round: 1 });
  expect(closed.actions).toEqual([]);
  // Rating 满意 closes the item by the resident's own hand: nobody is told.
  await told('rate satisfied', itemId, {});
  expect(await sentMessages()).toHaveLength(2);
  const inbox = ok(await w.call('account', 'unreadNoticeCount', {}, 'resident'));
  expect(inbox).toEqual({ count: 3 });

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
