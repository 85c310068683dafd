/**
 * Personal data on read paths (domain.md §8, issue 3: "Phone numbers and residents' names are shown only to the
 * deputy, staff and unit handling the item, masked elsewhere").
 *
 * Guarantees: every read path that shows a submitter goes through `submitterForViewer`; a phone is either the
 * full number (handling chain) or `138****5678`; a name is the full name, `张**`, or hidden ("某村群众") when
 * `hideIdentityFromUnit` is set and the viewer is unit staff. `redactPublicText` strips phones, ID numbers,
 * plates and house numbers before anything reaches the public board.
 */
import type { Actor } from './opinion/commands';
import { canView, deputyIdOf } from './opinion/access';
import type { Item } from './opinion/item';
import { isUnitRole } from './roles';

/** `13812345678` → `138****5678`; shorter numbers keep at most their last 4 digits visible. */
export function maskPhone(phone: string): string {
  const p = phone.trim();
  if (p.length >= 11) return `${p.slice(0, 3)}****${p.slice(-4)}`;
  if (p.length > 4) return `${'*'.repeat(p.length - 4)}${p.slice(-4)}`;
  return '*'.repeat(p.length);
}

/** `张三丰` → `张**`: the surname only, with a fixed-width mask so the length does not narrow the person down. */
export function maskName(name: string): string {
  const chars = Array.from(name.trim());
  if (chars.length === 0) return '**';
  return `${chars[0]}**`;
}

/** The public-facing stand-in for a person: "城关村群众", or "某村群众" when the village is not to be named. */
export function anonymousName(villageName?: string): string {
  return villageName ? `${villageName}群众` : '某村群众';
}

type PrivacyScoped = Pick<
  Item,
  | 'townshipId'
  | 'submitter'
  | 'enteredBy'
  | 'deputyId'
  | 'stationId'
  | 'assignment'
  | 'villageReferral'
  | 'hideIdentityFromUnit'
>;

export type PersonalDataAccess = 'full' | 'masked' | 'hidden';

/**
 * How much of the submitter's identity this viewer may see. The handling chain (the resident themself, the item's
 * deputy or enterer, presidium staff and chair, the unit handling it) sees it in full; a unit sees nothing of it
 * when `hideIdentityFromUnit`; anyone else who may see the item (presidium members, viewers) sees it masked.
 */
export function personalDataAccess(item: PrivacyScoped, actor: Actor): PersonalDataAccess {
  if (!canView(item, actor)) return 'hidden';
  switch (actor.role) {
    case 'resident':
    case 'staff':
    case 'chair':
    case 'viceChair':
    case 'system':
      return 'full';
    case 'deputy': {
      const deputyId = deputyIdOf(actor);
      const handles = (deputyId !== undefined && item.deputyId === deputyId) || item.enteredBy.id === actor.id;
      return handles ? 'full' : 'masked';
    }
    case 'stationClerk':
    case 'stationHead':
      return item.enteredBy.id === actor.id ? 'full' : 'masked';
    case 'unitHandler':
    case 'unitLeader':
      return item.hideIdentityFromUnit ? 'hidden' : 'full';
    default:
      return 'masked';
  }
}

export interface SubmitterView {
  name: string;
  phone?: string;
  villageId: string;
  hasAccount: boolean;
  access: PersonalDataAccess;
}

/** The submitter as this viewer may see them. `villageName` lets the hidden form say "城关村群众". */
export function submitterForViewer(
  item: PrivacyScoped & Pick<Item, 'contactPhone'>,
  actor: Actor,
  villageName?: string,
): SubmitterView {
  const access = personalDataAccess(item, actor);
  const phone = item.submitter.phone ?? item.contactPhone;
  const base = { villageId: item.submitter.villageId, hasAccount: item.submitter.hasAccount, access };
  if (access === 'full')
    return phone ? { ...base, name: item.submitter.name, phone } : { ...base, name: item.submitter.name };
  if (access === 'masked') {
    return phone
      ? { ...base, name: maskName(item.submitter.name), phone: maskPhone(phone) }
      : { ...base, name: maskName(item.submitter.name) };
  }
  return { ...base, name: anonymousName(villageName) };
}

/** May this viewer see the item's contact phone unmasked? */
export function canSeePersonalData(item: PrivacyScoped, actor: Actor): boolean {
  return personalDataAccess(item, actor) === 'full';
}

/** Unit staff of a hidden-identity item see no person names in the timeline either. */
export function hidesIdentityFrom(item: Pick<Item, 'hideIdentityFromUnit'>, actor: Actor): boolean {
  return item.hideIdentityFromUnit && isUnitRole(actor.role);
}

const MOBILE = /(?<!\d)1[3-9]\d{9}(?!\d)/g;
const LANDLINE = /(?<!\d)0\d{2,3}-?\d{7,8}(?!\d)/g;
const ID_NUMBER = /(?<![0-9A-Za-z])\d{17}[\dXx](?![0-9A-Za-z])/g;
const PLATE = /[京津沪渝冀豫云辽黑湘皖鲁新苏浙赣鄂桂甘晋蒙陕吉闽贵粤青藏川宁琼][A-Z][·•]?[A-Z0-9]{5,6}/g;
const HOUSE_NUMBER = /\d+\s*(号楼|栋|幢|单元|室|号)/g;

/** Strip personal strings from text for the public board (domain.md §8, "Public board"). Names are handled by the caller. */
export function redactPublicText(text: string): string {
  return text
    .replace(ID_NUMBER, '[身份证号已隐去]')
    .replace(MOBILE, '[电话已隐去]')
    .replace(LANDLINE, '[电话已隐去]')
    .replace(PLATE, '[车牌已隐去]')
    .replace(HOUSE_NUMBER, '**$1');
}
