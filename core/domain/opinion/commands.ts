/**
 * The events of the item state machine and the payload each carries into `decide`.
 *
 * Guarantees: `ITEM_EVENTS` lists every event name; `ItemCommand` pairs each name with its payload type, so a
 * switch over `command.event` is exhaustive and typed. These are domain inputs (dates as `Date`); the wire
 * shapes with string dates and request ids live in core/contracts.
 */
import type { Role } from '../roles';
import type { Milestone, RejectReason, Supervision } from './item';
import type {
  Channel,
  ContactType,
  ItemKind,
  ItemStatus,
  Outcome,
  Priority,
  Rating,
  RelayMethod,
  RelayMode,
} from './status';

export interface AssignmentInput {
  leadUnitId: string;
  coUnitIds: string[];
  leaderInCharge: string;
  responsiblePerson: string;
  contact: string;
  /** Computed by the deadline policy (or chosen by staff) and checked against the cap in the context. */
  dueAt: Date;
  returnWindowEndsAt: Date;
  priority: Priority;
  urgent: boolean;
}

export interface ItemCommandPayloads {
  submit: { channel: Channel; kind: ItemKind };
  withdraw: { reason?: string };
  answerOnSpot: { text: string };
  referToVillage: { unitId: string; note: string; dueAt?: Date };
  recordVillageResult: { result: string };
  forwardToPresidium: { summary: string; deputyView: string; suggestedUnitId?: string; urgent: boolean };
  pull: { note?: string };
  register: { registrationNumber: string; category?: string; isKey: boolean };
  merge: { primaryItemId: string };
  notAccept: RejectReason;
  returnToDeputy: { question: string };
  assign: AssignmentInput;
  sign: Record<string, never>;
  returnMisassigned: { reason: string };
  takeBack: { reason: string };
  reassign: AssignmentInput & { reason: string };
  requestExtension: { reason: string; requestedDueAt: Date };
  approveExtension: { dueAt?: Date; note?: string };
  refuseExtension: { reason: string };
  addProgressNote: { note: string; contactType?: ContactType; contactAt?: Date };
  submitReply: {
    text: string;
    outcome: Outcome;
    plan?: string;
    milestones?: Milestone[];
    expectedAt?: Date;
    scanFileId?: string;
  };
  sendBack: { reason: string };
  releaseReply: { note?: string };
  relay: { method: RelayMethod; note?: string };
  relayTimeout: Record<string, never>;
  rate: { rating: Rating; comment: string };
  evaluationTimeout: Record<string, never>;
  reHandle: AssignmentInput & { reason: string };
  closeWithExplanation: { reason: string };
  close: { reason: string };
  markMonitoring: { plan: string; milestones: Milestone[]; expectedAt?: Date };
  progressUpdate: { note: string; stage?: string; doneAt?: Date };
  complete: { note: string };
  urge: { note?: string };
  superviseNotice: { note?: string };
  remind: Record<string, never>;
  addNote: { note: string };
  setSupervisor: Supervision;
  archive: Record<string, never>;
}

export type ItemEventName = keyof ItemCommandPayloads;

export const ITEM_EVENTS = [
  'submit',
  'withdraw',
  'answerOnSpot',
  'referToVillage',
  'recordVillageResult',
  'forwardToPresidium',
  'pull',
  'register',
  'merge',
  'notAccept',
  'returnToDeputy',
  'assign',
  'sign',
  'returnMisassigned',
  'takeBack',
  'reassign',
  'requestExtension',
  'approveExtension',
  'refuseExtension',
  'addProgressNote',
  'submitReply',
  'sendBack',
  'releaseReply',
  'relay',
  'relayTimeout',
  'rate',
  'evaluationTimeout',
  'reHandle',
  'closeWithExplanation',
  'close',
  'markMonitoring',
  'progressUpdate',
  'complete',
  'urge',
  'superviseNotice',
  'remind',
  'addNote',
  'setSupervisor',
  'archive',
] as const satisfies readonly ItemEventName[];

// Compile-time check that ITEM_EVENTS lists every payload key.
type MissingEvents = Exclude<ItemEventName, (typeof ITEM_EVENTS)[number]>;
const everyEventListed: MissingEvents extends never ? true : never = true;
void everyEventListed;

export type ItemCommand = { [E in ItemEventName]: { event: E; payload: ItemCommandPayloads[E] } }[ItemEventName];
export type CommandOf<E extends ItemEventName> = Extract<ItemCommand, { event: E }>;

export const EVENT_LABELS: Readonly<Record<ItemEventName, string>> = {
  submit: '提交',
  withdraw: '撤回',
  answerOnSpot: '代表当场答复',
  referToVillage: '交村(居)办理',
  recordVillageResult: '村(居)办理结果',
  forwardToPresidium: '转报主席团',
  pull: '主席团提取',
  register: '登记',
  merge: '并案',
  notAccept: '不予受理',
  returnToDeputy: '退回代表补充',
  assign: '交办',
  sign: '签收',
  returnMisassigned: '退回(交办有误)',
  takeBack: '收回',
  reassign: '重新交办',
  requestExtension: '申请延期',
  approveExtension: '同意延期',
  refuseExtension: '不同意延期',
  addProgressNote: '办理进展',
  submitReply: '提交答复',
  sendBack: '答复退回修改',
  releaseReply: '答复',
  relay: '代表反馈',
  relayTimeout: '自动发布答复',
  rate: '评价',
  evaluationTimeout: '逾期未评价',
  reHandle: '重新办理',
  closeWithExplanation: '说明情况后办结',
  close: '办结',
  markMonitoring: '列入计划跟踪落实',
  progressUpdate: '落实进展',
  complete: '落实完成',
  urge: '催办',
  superviseNotice: '督办',
  remind: '到期提醒',
  addNote: '备注',
  setSupervisor: '设置督办人',
  archive: '归档',
};

/** Who is acting, as established server-side from the openid binding (never from a payload). */
export interface Actor {
  role: Role;
  /** The person document id: residents._id, deputies._id, officials._id, unitStaff._id, or 'system'. */
  id: string;
  townshipId: string;
  /** For unit staff: their handling unit. */
  unitId?: string;
  /** For deputies (and officials who are also deputies): the deputy id; defaults to `id` for role deputy. */
  deputyId?: string;
  /** For station clerks and heads. */
  stationId?: string;
  name?: string;
}

/** Facts `decide` needs that are not on the item; all computed outside (time is passed in). */
export interface DecideContext {
  now: Date;
  /** Township setting: re-handling rounds allowed (default 1). */
  maxReHandleRounds: number;
  /** Township setting: how a released reply reaches the resident (default `direct`). */
  relayMode: RelayMode;
  /** Latest `dueAt` the statutory cap allows for this assignment (computed by the deadline policy). */
  dueAtCap?: Date;
  /** For `merge`: the primary item as loaded. */
  primary?: { _id: string; status: ItemStatus; townshipId: string } | null;
}
