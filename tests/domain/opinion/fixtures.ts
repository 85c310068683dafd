// Builders for items, actors, commands and contexts used by the item-aggregate specifications.
// Every builder makes the *happy* case: the item belongs to the actor and satisfies the event's guards, so a
// refusal in a test can only come from the (state, event, role) under test.
import type { Role } from '../../../core/domain/roles';
import {
  emptyItemFields,
  type Actor,
  type DecideContext,
  type Item,
  type ItemCommand,
  type ItemEventName,
  type ItemStatus,
} from '../../../core/domain/opinion';

export const NOW = new Date('2026-03-10T02:00:00Z'); // 2026-03-10 10:00 Asia/Shanghai, a Tuesday
export const days = (n: number): Date => new Date(NOW.getTime() + n * 86_400_000);

export const TOWNSHIP = 'tw-1';

export function actorFor(role: Role, overrides: Partial<Actor> = {}): Actor {
  const base: Actor = { role, id: `${role}-1`, townshipId: TOWNSHIP, name: `${role}姓名` };
  if (role === 'resident') base.id = 'res-1';
  if (role === 'deputy') base.id = 'dep-1';
  if (role === 'stationClerk' || role === 'stationHead') base.stationId = 'st-1';
  if (role === 'unitHandler' || role === 'unitLeader') base.unitId = 'unit-1';
  return { ...base, ...overrides };
}

export function itemIn(status: ItemStatus, overrides: Partial<Item> = {}): Item {
  return {
    _id: 'item-1',
    townshipId: TOWNSHIP,
    kind: 'opinion',
    channel: 'online',
    status,
    version: 3,
    title: '村口路灯不亮',
    content: '城关村村口三盏路灯已坏一个月，晚上出行不便。',
    category: '基础设施',
    photos: [],
    publishConsent: false,
    hideIdentityFromUnit: false,
    submitter: {
      residentId: 'res-1',
      openid: 'o-res-1',
      name: '张三丰',
      villageId: 'v-1',
      phone: '13812345678',
      hasAccount: true,
    },
    enteredBy: { role: 'resident', id: 'res-1', name: '张三丰' },
    consentMode: 'self',
    relayMethod: 'inApp',
    deputyId: 'dep-1',
    stationId: 'st-1',
    villageId: 'v-1',
    ...emptyItemFields(),
    pullableAt: days(-1),
    villageReferral: { unitId: 'unit-1', note: '请村委会处理', referredAt: days(-3) },
    assignment: {
      leadUnitId: 'unit-1',
      coUnitIds: ['unit-2'],
      leaderInCharge: '王副镇长',
      responsiblePerson: '李主任',
      contact: '赵办事员',
      assignedAt: days(-2),
      dueAt: days(28),
      returnWindowEndsAt: days(5),
      assignedBy: 'staff-1',
    },
    reply: { text: '已更换路灯。', outcome: 'resolved', repliedBy: 'unitHandler-1', repliedAt: days(-1) },
    answerSource: 'unit',
    replyFromStatus: status === 'replyReview' ? 'inProgress' : null,
    submittedAt: days(-10),
    updatedAt: days(-1),
    statusSince: days(-1),
    ...overrides,
  };
}

export function ctx(overrides: Partial<DecideContext> = {}): DecideContext {
  return {
    now: NOW,
    maxReHandleRounds: 1,
    relayMode: 'direct',
    dueAtCap: days(90),
    primary: { _id: 'item-0', status: 'registered', townshipId: TOWNSHIP },
    ...overrides,
  };
}

const assignmentInput = {
  leadUnitId: 'unit-1',
  coUnitIds: [],
  leaderInCharge: '王副镇长',
  responsiblePerson: '李主任',
  contact: '赵办事员',
  dueAt: days(30),
  returnWindowEndsAt: days(9),
  priority: 'normal' as const,
  urgent: false,
};

/** A valid command for each event (for `submit`, the channel the role may use). */
export function commandFor(event: ItemEventName, role: Role = 'staff'): ItemCommand {
  switch (event) {
    case 'submit': {
      const channel =
        role === 'resident'
          ? 'online'
          : role === 'deputy' || role === 'stationClerk' || role === 'stationHead'
            ? 'visit'
            : 'letter';
      return { event, payload: { channel, kind: 'opinion' } };
    }
    case 'withdraw':
      return { event, payload: { reason: '问题已自行解决' } };
    case 'answerOnSpot':
      return { event, payload: { text: '该路段属县交通局管养，已电话反映。' } };
    case 'referToVillage':
      return { event, payload: { unitId: 'unit-1', note: '请村委会处理' } };
    case 'recordVillageResult':
      return { event, payload: { result: '村委会已修好路灯' } };
    case 'forwardToPresidium':
      return { event, payload: { summary: '路灯损坏', deputyView: '建议交镇村建办', urgent: false } };
    case 'pull':
      return { event, payload: {} };
    case 'register':
      return { event, payload: { registrationNumber: '2026-0042', isKey: false } };
    case 'merge':
      return { event, payload: { primaryItemId: 'item-0' } };
    case 'notAccept':
      return { event, payload: { code: 'outOfScope', competentBody: '县交通运输局', text: '属县级事权' } };
    case 'returnToDeputy':
      return { event, payload: { question: '请补充具体位置' } };
    case 'assign':
      return { event, payload: { ...assignmentInput } };
    case 'reassign':
      return { event, payload: { ...assignmentInput, leadUnitId: 'unit-3', reason: '交办有误' } };
    case 'reHandle':
      return { event, payload: { ...assignmentInput, reason: '群众不满意' } };
    case 'sign':
    case 'relayTimeout':
    case 'evaluationTimeout':
    case 'remind':
    case 'archive':
      return { event, payload: {} } as ItemCommand;
    case 'returnMisassigned':
      return { event, payload: { reason: '不属本单位职责' } };
    case 'takeBack':
      return { event, payload: { reason: '交办有误' } };
    case 'requestExtension':
      return { event, payload: { reason: '需协调县级部门', requestedDueAt: days(60) } };
    case 'approveExtension':
      return { event, payload: {} };
    case 'refuseExtension':
      return { event, payload: { reason: '理由不充分' } };
    case 'addProgressNote':
      return { event, payload: { note: '已现场查看', contactType: 'siteVisit', contactAt: days(-1) } };
    case 'submitReply':
      return { event, payload: { text: '已更换路灯三盏。', outcome: 'resolved' } };
    case 'sendBack':
      return { event, payload: { reason: '答复过于简单' } };
    case 'releaseReply':
      return { event, payload: {} };
    case 'relay':
      return { event, payload: { method: 'phone' } };
    case 'rate':
      return { event, payload: { rating: 'satisfied', comment: '谢谢' } };
    case 'closeWithExplanation':
      return { event, payload: { reason: '已说明情况' } };
    case 'close':
      return { event, payload: { reason: '无法联系提出人' } };
    case 'markMonitoring':
      return {
        event,
        payload: { plan: '纳入明年民生实事', milestones: [{ stage: 'approval' }, { stage: 'construction' }] },
      };
    case 'progressUpdate':
      return { event, payload: { note: '已立项', stage: 'approval' } };
    case 'complete':
      return { event, payload: { note: '已验收' } };
    case 'urge':
    case 'superviseNotice':
      return { event, payload: { note: '请抓紧办理' } };
    case 'addNote':
      return { event, payload: { note: '内部备注：与第0041号同类' } };
    case 'setSupervisor':
      return {
        event,
        payload: { superviseType: 'routine', supervisorId: 'presidiumMember-1', supervisorName: '钱委员' },
      };
  }
}

/** Item adjustments an event's guards need in the happy case. */
export function itemForEvent(status: ItemStatus, event: ItemEventName, actor: Actor): Item {
  const overrides: Partial<Item> = {};
  if (event === 'approveExtension' || event === 'refuseExtension') {
    overrides.extension = {
      reason: '需协调',
      requestedDueAt: days(60),
      requestedAt: days(-1),
      requestedBy: 'unitHandler-1',
      decision: 'pending',
      originalDueAt: days(28),
    };
  }
  if (event === 'withdraw' && actor.role !== 'resident') {
    overrides.enteredBy = { role: actor.role, id: actor.id, name: actor.name ?? '' };
    overrides.submitter = { name: '李四', villageId: 'v-1', hasAccount: false };
  }
  return itemIn(status, overrides);
}
