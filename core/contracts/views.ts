/**
 * View models the mini-program renders, as they travel on the wire (instants as ISO strings).
 *
 * Guarantees: already shaped for display (labels resolved, personal data masked for the viewer by the server),
 * so pages never reshape server data or decide privacy. Types only.
 */
import type { ItemEventName } from '../domain/opinion/commands';
import type {
  Channel,
  ItemKind,
  ItemStatus,
  Outcome,
  Priority,
  Rating,
  RejectReasonCode,
} from '../domain/opinion/status';
import type { Role } from '../domain/roles';
import type { ContentFlag, PhotoCheckState } from '../domain/opinion/content-review';
import type { DeputyLevel, StationType, VillageKind } from '../domain/directory';

export type IsoInstant = string;
export type IsoDate = string;

export interface ItemRow {
  itemId: string;
  title: string;
  status: ItemStatus;
  statusLabel: string;
  kind: ItemKind;
  channel: Channel;
  category: string;
  villageName: string;
  submittedAt: IsoInstant;
  updatedAt: IsoInstant;
  registrationNumber?: string;
  dueAt?: IsoInstant;
  overdue: boolean;
  urgent: boolean;
  isKey: boolean;
  urgeCount: number;
  /** As the viewer may see it: full, masked (张**) or anonymous (城关村群众). */
  submitterName: string;
  deputyName?: string;
  leadUnitName?: string;
  /** "N 位群众反映": 1 + merged items. */
  peopleCount: number;
  /** Presidium side only: content security left something for staff to look at (see `contentFlags`). */
  contentFlagged?: boolean;
}

export interface PersonView {
  name: string;
  phone?: string;
  villageName: string;
  hasAccount: boolean;
  access: 'full' | 'masked' | 'hidden';
}

export interface ReplyView {
  text: string;
  outcome: Outcome;
  outcomeLabel: string;
  plan?: string;
  milestones?: { stage: string; label: string; expectedAt?: IsoInstant; doneAt?: IsoInstant; note?: string }[];
  expectedAt?: IsoInstant;
  releasedAt?: IsoInstant;
  /** Unit name (never a clerk's name for residents). */
  answeredBy: string;
}

export interface EvaluationView {
  rating: Rating | 'notRated';
  ratingLabel: string;
  comment: string;
  ratedAt: IsoInstant;
  round: number;
}

export interface TimelineEntryView {
  seq: number;
  event: ItemEventName;
  label: string;
  at: IsoInstant;
  status: ItemStatus;
  statusLabel: string;
  actorLabel: string;
  text?: string;
}

export interface AssignmentView {
  leadUnitName: string;
  coUnitNames: string[];
  leaderInCharge: string;
  responsiblePerson: string;
  contact: string;
  assignedAt: IsoInstant;
  dueAt: IsoInstant;
  returnWindowEndsAt: IsoInstant;
  extension?: { requestedDueAt: IsoInstant; reason: string; decision: 'pending' | 'approved' | 'refused' };
}

export interface ItemDetail extends ItemRow {
  version: number;
  content: string;
  /**
   * The photos this viewer may see (cloud file ids, which <image src> displays): photos still under the media
   * check, or found risky, are shown only to the submitter, whoever entered the item, and the presidium side.
   */
  photoUrls: string[];
  /** Presidium side only: each photo's media check (pending, unchecked, pass, risky, review). */
  photoChecks?: { fileId: string; check: PhotoCheckState }[];
  /** Presidium side only: what content security flagged, with labels. */
  contentFlags?: { flag: ContentFlag; label: string }[];
  place?: string;
  publishConsent: boolean;
  hideIdentityFromUnit: boolean;
  submitter: PersonView;
  assignment?: AssignmentView;
  reply?: ReplyView;
  evaluation?: EvaluationView;
  rejectReason?: { code: RejectReasonCode; label: string; competentBody?: string; text: string };
  mergedIntoItemId?: string;
  timeline: TimelineEntryView[];
  /** Events this viewer may take now: the buttons to show. */
  actions: ItemEventName[];
  priority: Priority;
}

export interface DeputyInboxCounts {
  new: number;
  inProgress: number;
  dueSoon: number;
  overdue: number;
  awaitingRelay: number;
}

export interface UnitInboxCounts {
  toSign: number;
  inProgress: number;
  dueSoon: number;
  overdue: number;
}

export type CountsByStatus = Partial<Record<ItemStatus, number>>;

export interface QueuePage {
  rows: ItemRow[];
  nextCursor?: string;
  countsByStatus: CountsByStatus;
  overdueCount: number;
}

export interface RoleView {
  role: Role;
  refId: string;
  name: string;
  /** Unit name, station name or deputy level label, for the role switcher. */
  detail?: string;
}

export interface WhoAmI {
  registered: boolean;
  townshipId?: string;
  roles: RoleView[];
  resident?: { residentId: string; displayName: string; villageId: string; linkedDeputyId: string | null };
  /** Tabs the mini-program should show, derived from roles on the server. */
  tabs: ('resident' | 'deputy' | 'presidium' | 'unit')[];
}

export interface VillageOption {
  villageId: string;
  name: string;
  kind: VillageKind;
  stationId: string;
}

export interface DeputyCard {
  deputyId: string;
  name: string;
  deputyLevel: DeputyLevel;
  stationName: string;
  stationType: StationType;
  intro?: string;
  /** Masked for residents. */
  phone?: string;
}
