/**
 * From the assign form to the domain's `AssignmentInput`: the handling units checked against the directory and
 * the due instant computed by the deadline policy.
 *
 * Guarantees:
 * - the due instant is the date staff picked (24:00 Shanghai that day) or the default of the time rules for the
 *   item's kind, counted in working days / calendar days / months from 交办 on the township's calendar (overrides
 *   included); the statutory ceiling (3 months from 交办, 6 for difficult items) travels to `decide` as
 *   `dueAtCap`, whose guard refuses a later date with OPINION.DUE_EXCEEDS_CAP — one rule, one place;
 * - re-handling after 不满意 starts a new clock with its own limit (1 month by default) under the same ceiling;
 * - the lead unit and every co-unit exist in the caller's township and are active (DIRECTORY.NOT_FOUND
 *   otherwise); the lead unit never appears among the co-units.
 */
import { dayEndingAt, type CalendarDate } from '../../domain/calendar';
import { computeDueAt, dueAtForDate, handlingLimitKind, statutoryCapAt } from '../../domain/deadlines';
import type { HandlingUnit } from '../../domain/directory';
import { DomainError } from '../../domain/errors';
import type { AssignmentInput } from '../../domain/opinion/commands';
import type { ItemKind, Priority } from '../../domain/opinion/status';
import type { TownshipSettings } from '../../ports/settings';
import type { CommandContext } from '../shared/dispatcher';

export interface AssignmentForm {
  leadUnitId: string;
  coUnitIds: string[];
  leaderInCharge: string;
  responsiblePerson: string;
  contact: string;
  priority: Priority;
  urgent: boolean;
  dueDate?: string | undefined;
  difficult: boolean;
}

export type DuePurpose = 'assign' | 'reHandle';

export interface DuePlan {
  dueAt: Date;
  defaultDueAt: Date;
  capAt: Date;
  returnWindowEndsAt: Date;
}

export interface UnitsOfAssignment {
  lead: HandlingUnit;
  coUnits: HandlingUnit[];
}

/** The due instant, its default and ceiling, and the return window, for a clock starting `now`. Pure. */
export function planDue(args: {
  purpose: DuePurpose;
  itemKind: ItemKind;
  now: Date;
  settings: Pick<TownshipSettings, 'rules' | 'calendar'>;
  dueDate?: string | undefined;
  difficult: boolean;
}): DuePlan {
  const { rules, calendar } = args.settings;
  const options = { difficult: args.difficult };
  const defaultDueAt =
    args.purpose === 'reHandle'
      ? computeDueAt('reHandling', args.now, rules, calendar, options)
      : computeDueAt(handlingLimitKind(args.itemKind), args.now, rules, calendar, options);
  const capAt = statutoryCapAt(args.now, rules, options);
  return {
    dueAt: args.dueDate ? dueAtForDate(args.dueDate as CalendarDate) : defaultDueAt,
    defaultDueAt,
    capAt,
    returnWindowEndsAt: computeDueAt('returnWindow', args.now, rules, calendar),
  };
}

/** The calendar date (Shanghai) a due instant belongs to, for display next to the instant. */
export function dueDateOf(dueAt: Date): CalendarDate {
  return dayEndingAt(dueAt);
}

/** Directory check of the units named on the form. Database requests: 1 (handlingUnits by ids). */
export async function loadUnits(
  ctx: CommandContext,
  townshipId: string,
  form: Pick<AssignmentForm, 'leadUnitId' | 'coUnitIds'>,
): Promise<UnitsOfAssignment> {
  const coUnitIds = [...new Set(form.coUnitIds)].filter((id) => id !== form.leadUnitId);
  const found = await ctx.ports.directory.findUnits(townshipId, [form.leadUnitId, ...coUnitIds]);
  const byId = new Map(found.filter((u) => u.active && u.townshipId === townshipId).map((u) => [u._id, u]));
  const lead = byId.get(form.leadUnitId);
  if (!lead) throw new DomainError('DIRECTORY.NOT_FOUND', '主办单位不存在或已停用');
  const coUnits = coUnitIds.map((id) => {
    const unit = byId.get(id);
    if (!unit) throw new DomainError('DIRECTORY.NOT_FOUND', '协办单位不存在或已停用');
    return unit;
  });
  return { lead, coUnits };
}

export function assignmentInput(form: AssignmentForm, units: UnitsOfAssignment, plan: DuePlan): AssignmentInput {
  return {
    leadUnitId: units.lead._id,
    coUnitIds: units.coUnits.map((u) => u._id),
    leaderInCharge: form.leaderInCharge,
    responsiblePerson: form.responsiblePerson,
    contact: form.contact,
    dueAt: plan.dueAt,
    returnWindowEndsAt: plan.returnWindowEndsAt,
    priority: form.priority,
    urgent: form.urgent,
  };
}

/** Display names the timeline keeps with an assignment (the resident sees the lead unit's name). */
export function unitNames(units: UnitsOfAssignment): Record<string, unknown> {
  return { unitName: units.lead.name, coUnitNames: units.coUnits.map((u) => u.name) };
}
