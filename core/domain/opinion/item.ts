/**
 * The item aggregate (意见建议事项) as stored in `items`.
 *
 * Guarantees: plain data only (instants as `Date`), one document per item; the fields are the ones domain.md
 * names. `status` changes only through `decide` (transitions.ts); `version` is bumped by the use case on every
 * save so two staff acting at once cannot both win. Deadlines (`dueAt`, `pullableAt`, `returnWindowEndsAt`,
 * `nextCheckAt`) are instants computed by the deadline policy and stored, so the state machine only compares.
 */
import type { Role } from '../roles';
import type { ContentFlag, PhotoCheck } from './content-review';
import type {
  AnswerSource,
  Channel,
  ConsentMode,
  ContactType,
  ItemKind,
  ItemStatus,
  MilestoneStage,
  Outcome,
  Priority,
  Rating,
  RejectReasonCode,
  RelayMethod,
  SuperviseType,
} from './status';

export interface Submitter {
  residentId?: string;
  openid?: string;
  name: string;
  villageId: string;
  phone?: string;
  /** false for offline residents entered on their behalf: replies go back by phone or visit. */
  hasAccount: boolean;
}

/** Who typed the item in: the resident themself, or a deputy/clerk/staff on their behalf. */
export interface EnteredBy {
  role: Role;
  id: string;
  name: string;
}

/** How consent was obtained for on-behalf entry (domain.md §3.1). */
export interface ConsentRecord {
  recordedBy: string;
  at: Date;
}

/** 选民意见转办情况登记卡: what the deputy adds when forwarding. */
export interface TransferCard {
  summary: string;
  deputyView: string;
  suggestedUnitId?: string;
  urgent: boolean;
  forwardedAt: Date;
}

export interface VillageReferral {
  /** The village committee handling unit. */
  unitId: string;
  note: string;
  referredAt: Date;
  dueAt?: Date;
  result?: string;
  resultAt?: Date;
}

/** 交办. Re-assignment replaces it (the timeline keeps the old one) and restarts the clock. */
export interface Assignment {
  leadUnitId: string;
  coUnitIds: string[];
  leaderInCharge: string;
  responsiblePerson: string;
  contact: string;
  assignedAt: Date;
  dueAt: Date;
  /** Until this instant the unit may `returnMisassigned`; afterwards only staff move it. */
  returnWindowEndsAt: Date;
  assignedBy: string;
  signedAt?: Date;
  signedBy?: string;
}

export interface Extension {
  reason: string;
  requestedDueAt: Date;
  requestedAt: Date;
  requestedBy: string;
  decision: 'pending' | 'approved' | 'refused';
  decidedAt?: Date;
  decidedBy?: string;
  /** The due date before the extension, kept for 按期办结率 "without extensions". */
  originalDueAt: Date;
}

export interface Milestone {
  stage: MilestoneStage | string;
  expectedAt?: Date;
  doneAt?: Date;
  note?: string;
}

export interface Reply {
  text: string;
  outcome: Outcome;
  plan?: string;
  milestones?: Milestone[];
  expectedAt?: Date;
  /** Signed scan of the written reply (cloud file id). */
  scanFileId?: string;
  unitId?: string;
  repliedBy: string;
  repliedAt: Date;
  releasedAt?: Date;
  releasedBy?: string;
  /** Why staff sent it back, the last time they did. */
  sentBackReason?: string;
}

export type RatedBy = 'resident' | 'deputyOnBehalf' | 'deputy';

export interface Evaluation {
  rating: Rating | 'notRated';
  comment: string;
  ratedBy: RatedBy | 'system';
  ratedAt: Date;
  /** 0 for the first answer, n for the answer after the n-th re-handling round. */
  round: number;
}

export interface RejectReason {
  code: RejectReasonCode;
  /** For `outOfScope`: the competent body (e.g. 县自然资源局). */
  competentBody?: string;
  text: string;
}

export interface Supervision {
  superviseType: SuperviseType;
  supervisorId: string;
  supervisorName: string;
}

export interface Item {
  _id: string;
  townshipId: string;
  kind: ItemKind;
  channel: Channel;
  status: ItemStatus;
  version: number;

  title: string;
  content: string;
  category: string;
  photos: string[];
  place?: string;
  contactPhone?: string;
  publishConsent: boolean;
  hideIdentityFromUnit: boolean;
  /** Per photo, the asynchronous media check (content-review.ts); absent on items stored before checks existed. */
  photoChecks?: PhotoCheck[];
  /** What content security left for staff to look at; `contentFlagged` mirrors "any flag" for the queue filter. */
  contentFlags?: ContentFlag[];
  contentFlagged?: boolean;

  submitter: Submitter;
  enteredBy: EnteredBy;
  consentMode: ConsentMode;
  consent?: ConsentRecord;
  relayMethod: RelayMethod;

  deputyId: string | null;
  stationId: string | null;
  villageId: string;

  registrationNumber: string | null;
  isKey: boolean;
  urgent: boolean;
  priority: Priority;
  supervision: Supervision | null;

  transferCard: TransferCard | null;
  villageReferral: VillageReferral | null;
  /** The staff question when returned to the deputy for missing information. */
  returnQuestion: string | null;
  assignment: Assignment | null;
  extension: Extension | null;
  reply: Reply | null;
  answerSource: AnswerSource | null;
  /** The state `submitReply` left, so `sendBack` returns there. */
  replyFromStatus: 'inProgress' | 'reHandling' | null;
  evaluation: Evaluation | null;
  /** The first rating, for 一次满意率; never overwritten. */
  firstEvaluation: Evaluation | null;
  reHandleRounds: number;
  mergedInto: string | null;
  mergedItemIds: string[];
  rejectReason: RejectReason | null;
  closeReason: string | null;

  overdue: boolean;
  urgeCount: number;
  published: boolean;

  /** Deputy triage limit; after `pullableAt` staff may `pull`. */
  triageDueAt: Date | null;
  pullableAt: Date | null;
  /** The single instant the deadlines sweep looks at (issue 4). */
  nextCheckAt: Date | null;
  /** Threshold ids (`key@ISO`) the deadlines sweep has handled, so a re-run acts on none of them twice. */
  handledThresholds: string[];
  /** When the item entered its current status (the deadline policy measures status limits from here). */
  statusSince: Date;

  submittedAt: Date;
  updatedAt: Date;
  forwardedAt: Date | null;
  releasedAt: Date | null;
  relayedAt: Date | null;
  closedAt: Date | null;
}

/** Fields `decide` may change. `_id`, `townshipId`, `version` and the submitter are never changed by a transition. */
export type ItemChanges = Partial<Omit<Item, '_id' | 'townshipId' | 'version' | 'submitter' | 'enteredBy'>>;

/** The defaults of a new item, so use cases and seeds build complete documents the same way. */
export function emptyItemFields(): Pick<
  Item,
  | 'registrationNumber'
  | 'isKey'
  | 'urgent'
  | 'priority'
  | 'supervision'
  | 'transferCard'
  | 'villageReferral'
  | 'returnQuestion'
  | 'assignment'
  | 'extension'
  | 'reply'
  | 'answerSource'
  | 'replyFromStatus'
  | 'evaluation'
  | 'firstEvaluation'
  | 'reHandleRounds'
  | 'mergedInto'
  | 'mergedItemIds'
  | 'rejectReason'
  | 'closeReason'
  | 'overdue'
  | 'urgeCount'
  | 'published'
  | 'triageDueAt'
  | 'pullableAt'
  | 'nextCheckAt'
  | 'handledThresholds'
  | 'forwardedAt'
  | 'releasedAt'
  | 'relayedAt'
  | 'closedAt'
> {
  return {
    registrationNumber: null,
    isKey: false,
    urgent: false,
    priority: 'normal',
    supervision: null,
    transferCard: null,
    villageReferral: null,
    returnQuestion: null,
    assignment: null,
    extension: null,
    reply: null,
    answerSource: null,
    replyFromStatus: null,
    evaluation: null,
    firstEvaluation: null,
    reHandleRounds: 0,
    mergedInto: null,
    mergedItemIds: [],
    rejectReason: null,
    closeReason: null,
    overdue: false,
    urgeCount: 0,
    published: false,
    triageDueAt: null,
    pullableAt: null,
    nextCheckAt: null,
    handledThresholds: [],
    forwardedAt: null,
    releasedAt: null,
    relayedAt: null,
    closedAt: null,
  };
}

/** Contact log entry payload (沟通记录); stored only in the timeline. */
export interface ContactLogEntry {
  contactType: ContactType;
  at: Date;
  note: string;
}
