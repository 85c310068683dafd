// Fixture for the deadlines and notices tests: a small township (staff, chair, a supervising member, a deputy,
// a unit with a handler and a leader, all bound to openids), subscription templates in settings, credits on both
// sides (ours and the platform's), and items inserted directly with the domain's own defaults and deadline
// policy, so tests start at any point of the lifecycle without replaying it.
import { emptyItemFields, type Item } from '../../core/domain/opinion/item';
import { nextCheckAt } from '../../core/domain/deadlines';
import { createWorkingCalendar } from '../../core/domain/calendar';
import { DEFAULT_TIME_RULES } from '../../core/domain/time-rules';
import type { NodeSdkApp, TestEnv } from '../support/cloud';

export const T = 'twp-qinghe';
export const UNIT = 'unit-roads';
export const OPENIDS = {
  staff: 'o-staff',
  chair: 'o-chair',
  member: 'o-member',
  deputy: 'o-deputy',
  handler: 'o-handler',
  leader: 'o-leader',
  resident: 'o-resident',
} as const;

export const TEMPLATE_IDS = {
  itemProgress: 'TPL-PROGRESS',
  newTask: 'TPL-TASK',
  deadlineAlert: 'TPL-DEADLINE',
  dailyDigest: 'TPL-DIGEST',
} as const;

async function dev(env: TestEnv, route: string, body: unknown): Promise<Record<string, unknown>> {
  const res = await fetch(`${env.url}${route}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  if (!res.ok) throw new Error(`${route} → ${res.status}`);
  return (await res.json()) as Record<string, unknown>;
}

export interface SentMessage {
  touser: string;
  templateId: string;
  page?: string;
  fields: Record<string, string>;
  time: string;
}

export async function messages(env: TestEnv): Promise<SentMessage[]> {
  const res = await fetch(`${env.url}/_dev/messages?env=${encodeURIComponent(env.name)}`);
  return ((await res.json()) as { messages: SentMessage[] }).messages;
}

/** Credits on the platform (what the user accepted) and in our counter (what account recorded). */
export async function grantCredits(
  env: TestEnv,
  app: NodeSdkApp,
  openid: string,
  templateKey: keyof typeof TEMPLATE_IDS,
  count: number,
  ours = count,
) {
  if (count > 0)
    await dev(env, '/_dev/subscriptions', { env: env.name, openid, templateId: TEMPLATE_IDS[templateKey], count });
  const db = app.database();
  await db
    .collection('subscriptionCredits')
    .doc(`${openid}-${templateKey}`)
    .set({ openid, templateKey, credits: ours, updatedAt: new Date(0) });
}

export async function seedTownship(env: TestEnv, app: NodeSdkApp, options: { credits?: number } = {}): Promise<void> {
  const db = app.database();
  const at = new Date('2026-01-01T00:00:00Z');
  await db.collection('townships').doc(T).set({ townshipId: T, name: '青禾镇', term: '第十八届', createdAt: at });
  await db
    .collection('settings')
    .doc(T)
    .set({
      townshipId: T,
      noticeTemplates: Object.fromEntries(Object.entries(TEMPLATE_IDS).map(([k, id]) => [k, { templateId: id }])),
    });
  const officials = [
    ['off-staff', 'staff', '王专干'],
    ['off-chair', 'chair', '李主席'],
    ['off-member', 'presidiumMember', '赵委员'],
  ] as const;
  for (const [id, role, name] of officials) {
    await db
      .collection('officials')
      .doc(id)
      .set({ townshipId: T, name, officialRole: role, phone: '13800000000', active: true });
  }
  await db
    .collection('unitStaff')
    .doc('us-handler')
    .set({ townshipId: T, unitId: UNIT, name: '周承办', unitRole: 'unitHandler', phone: '1', active: true });
  await db
    .collection('unitStaff')
    .doc('us-leader')
    .set({ townshipId: T, unitId: UNIT, name: '吴负责', unitRole: 'unitLeader', phone: '1', active: true });
  const bindings = [
    [OPENIDS.staff, 'staff', 'off-staff'],
    [OPENIDS.chair, 'chair', 'off-chair'],
    [OPENIDS.member, 'presidiumMember', 'off-member'],
    [OPENIDS.deputy, 'deputy', 'dep-1'],
    [OPENIDS.handler, 'unitHandler', 'us-handler'],
    [OPENIDS.leader, 'unitLeader', 'us-leader'],
  ] as const;
  for (const [openid, role, refId] of bindings) {
    await db
      .collection('roleBindings')
      .doc(`rb-${openid}`)
      .set({ townshipId: T, openid, role, refId, boundAt: at, inviteCode: 'X' });
  }
  const credits = options.credits ?? 20;
  if (credits > 0) {
    for (const openid of Object.values(OPENIDS)) {
      for (const key of Object.keys(TEMPLATE_IDS) as (keyof typeof TEMPLATE_IDS)[])
        await grantCredits(env, app, openid, key, credits);
    }
  }
}

const calendar = createWorkingCalendar([]);

/** An item in handling (`inProgress`), assigned to UNIT at `assignedAt` with `dueAt`, supervised by the member. */
export async function insertHandlingItem(
  app: NodeSdkApp,
  args: { id: string; title?: string; assignedAt: string; dueAt: string },
): Promise<Item> {
  const assignedAt = new Date(args.assignedAt);
  const dueAt = new Date(args.dueAt);
  const item: Item = {
    ...emptyItemFields(),
    _id: args.id,
    townshipId: T,
    kind: 'opinion',
    channel: 'online',
    status: 'inProgress',
    version: 5,
    title: args.title ?? '村口道路坑洼需要修补',
    content: '村口主干道有多处坑洼，雨天积水，影响出行。',
    category: '道路交通',
    photos: [],
    publishConsent: false,
    hideIdentityFromUnit: false,
    submitter: { residentId: 'res-1', openid: OPENIDS.resident, name: '张三', villageId: 'v-1', hasAccount: true },
    enteredBy: { role: 'resident', id: 'res-1', name: '张三' },
    consentMode: 'self',
    relayMethod: 'inApp',
    deputyId: 'dep-1',
    stationId: 'st-1',
    villageId: 'v-1',
    registrationNumber: '2026-0042',
    supervision: { superviseType: 'tracking', supervisorId: 'off-member', supervisorName: '赵委员' },
    assignment: {
      leadUnitId: UNIT,
      coUnitIds: [],
      leaderInCharge: '钱副镇长',
      responsiblePerson: '周承办',
      contact: '1',
      assignedAt,
      dueAt,
      returnWindowEndsAt: calendar.addWorkingDays(assignedAt, 7),
      assignedBy: 'off-staff',
      signedAt: assignedAt,
      signedBy: 'us-handler',
    },
    statusSince: assignedAt,
    submittedAt: new Date(assignedAt.getTime() - 86_400_000),
    updatedAt: assignedAt,
    forwardedAt: new Date(assignedAt.getTime() - 3_600_000),
  } as Item;
  item.nextCheckAt = nextCheckAt(
    {
      status: item.status,
      submittedAt: item.submittedAt,
      statusSince: item.statusSince,
      assignment: item.assignment,
      dueAt,
      handledThresholds: [],
    },
    DEFAULT_TIME_RULES,
    calendar,
  );
  const { _id, ...doc } = item;
  await app.database().collection('items').doc(_id).set(doc);
  return item;
}

export async function readItem(app: NodeSdkApp, id: string): Promise<Item> {
  const res = await app.database().collection('items').doc(id).get();
  return (res.data as Item[])[0]!;
}

export async function timeline(
  app: NodeSdkApp,
  itemId: string,
): Promise<{ event: string; at: Date; payload: Record<string, unknown> }[]> {
  const res = await app.database().collection('itemEvents').where({ itemId }).orderBy('seq', 'asc').limit(100).get();
  return res.data as { event: string; at: Date; payload: Record<string, unknown> }[];
}
