/**
 * Content security on an item (platform.md §6): what the text check and the photo checks left on it, and who may
 * see each photo meanwhile.
 *
 * Guarantees:
 * - a photo is shown to everyone only once its check says `pass`; until then (pending, unchecked) and when the
 *   check says `risky` or `review`, only the submitter (or whoever entered the item) and the presidium side see it;
 * - every finding staff must look at becomes a `ContentFlag`, and `contentFlagged` is true exactly when the item
 *   carries one (the queue filters on that field);
 * - applying a result is idempotent: the same trace id twice changes nothing the second time.
 * Items stored before photo checks existed have no `photoChecks`: their photos count as passed.
 */
import { isPresidiumRole } from '../roles';
import type { Actor } from './commands';

export const PHOTO_CHECK_STATES = ['pending', 'unchecked', 'pass', 'risky', 'review'] as const;
export type PhotoCheckState = (typeof PHOTO_CHECK_STATES)[number];

export interface PhotoCheck {
  fileId: string;
  /** The platform's trace_id of the asynchronous check; null when the check could not be requested. */
  traceId: string | null;
  check: PhotoCheckState;
  checkedAt?: Date;
  /** WeChat's label for a risky or review result (e.g. 20002). */
  label?: number;
}

/** textReview: msgSecCheck said `review`; photoRisky / photoReview: a photo's result; photoUnchecked: not sent. */
export const CONTENT_FLAGS = ['textReview', 'photoRisky', 'photoReview', 'photoUnchecked'] as const;
export type ContentFlag = (typeof CONTENT_FLAGS)[number];

export const CONTENT_FLAG_LABELS: Readonly<Record<ContentFlag, string>> = {
  textReview: '文字待人工复核',
  photoRisky: '图片违规已隐藏',
  photoReview: '图片待人工复核',
  photoUnchecked: '图片未能送检',
};

export interface ContentReview {
  photoChecks?: PhotoCheck[];
  contentFlags?: ContentFlag[];
  contentFlagged?: boolean;
}

/** The flags the checks imply, in CONTENT_FLAGS order. */
export function flagsOf(textVerdict: 'pass' | 'review' | null, checks: readonly PhotoCheck[]): ContentFlag[] {
  const flags = new Set<ContentFlag>();
  if (textVerdict === 'review') flags.add('textReview');
  for (const c of checks) {
    if (c.check === 'risky') flags.add('photoRisky');
    if (c.check === 'review') flags.add('photoReview');
    if (c.check === 'unchecked') flags.add('photoUnchecked');
  }
  return CONTENT_FLAGS.filter((f) => flags.has(f));
}

/** The content-review fields of a new item. */
export function initialContentReview(textVerdict: 'pass' | 'review', checks: PhotoCheck[]): Required<ContentReview> {
  const contentFlags = flagsOf(textVerdict, checks);
  return { photoChecks: checks, contentFlags, contentFlagged: contentFlags.length > 0 };
}

export type MediaSuggest = 'pass' | 'risky' | 'review';

/**
 * The fields after the result of one trace id; null when the item has no such pending check (already applied,
 * or unknown).
 */
export function applyMediaResult(
  item: ContentReview,
  traceId: string,
  suggest: MediaSuggest,
  at: Date,
  label?: number,
): Required<ContentReview> | null {
  const checks = item.photoChecks ?? [];
  const index = checks.findIndex((c) => c.traceId === traceId);
  if (index < 0 || checks[index]!.check !== 'pending') return null;
  const photoChecks = checks.map((c, i) =>
    i === index ? { ...c, check: suggest, checkedAt: at, ...(suggest !== 'pass' && label ? { label } : {}) } : c,
  );
  const textVerdict = (item.contentFlags ?? []).includes('textReview') ? 'review' : 'pass';
  const contentFlags = flagsOf(textVerdict, photoChecks);
  return { photoChecks, contentFlags, contentFlagged: contentFlags.length > 0 };
}

interface PhotoOwner extends ContentReview {
  photos: string[];
  submitter: { residentId?: string };
  enteredBy: { id: string };
}

/** Whether the viewer sees photos whatever their check says: the presidium side, the submitter, the enterer. */
export function seesUncheckedPhotos(item: PhotoOwner, viewer: Actor): boolean {
  if (isPresidiumRole(viewer.role)) return true;
  if (viewer.role === 'resident') return item.submitter.residentId === viewer.id;
  return item.enteredBy.id === viewer.id;
}

/** The photos (file ids) this viewer may see, in submission order. */
export function visiblePhotos(item: PhotoOwner, viewer: Actor): string[] {
  if (!item.photoChecks || seesUncheckedPhotos(item, viewer)) return [...item.photos];
  const passed = new Set(item.photoChecks.filter((c) => c.check === 'pass').map((c) => c.fileId));
  return item.photos.filter((p) => passed.has(p));
}
