/**
 * The part of a new item that comes from what was written, the same for every way an item comes in (a resident's
 * submission, a deputy's entry on a resident's behalf or their own suggestion, the presidium office's entry):
 * the category must be one of the township's, the text and photos go through content security
 * (content-screening.ts), and the draft takes the text, photos, review flags, place, contact phone and the two
 * consent flags as written. Checked in this order so a wrong category costs no msgSecCheck.
 *
 * Also the submitter of an item entered for someone who is not in the app (`hasAccount: false`): name, village
 * and the phone if one was given.
 *
 * Requests: those of screenContent (msgSecCheck, and per photo the media check); no database request.
 */
import { DomainError } from '../../domain/errors';
import type { ContentReview } from '../../domain/opinion/content-review';
import type { TownshipSettings } from '../../ports/settings';
import { screenContent } from './content-screening';
import type { ItemDraft } from './create-item';
import type { CommandContext } from './dispatcher';

export interface WrittenInput {
  title: string;
  content: string;
  category: string;
  photos: string[];
  place?: string | undefined;
  contactPhone?: string | undefined;
  publishConsent: boolean;
  hideIdentityFromUnit: boolean;
}

export type WrittenPart = Pick<
  ItemDraft,
  'title' | 'content' | 'category' | 'photos' | 'place' | 'contactPhone' | 'publishConsent' | 'hideIdentityFromUnit'
> &
  Required<ContentReview>;

export async function writtenPart(
  ctx: CommandContext,
  settings: Pick<TownshipSettings, 'categories'>,
  input: WrittenInput,
): Promise<WrittenPart> {
  if (!settings.categories.includes(input.category))
    throw new DomainError('VALIDATION.INVALID', '类别：请从列表中选择类别');
  const review = await screenContent(ctx, input);
  return {
    title: input.title,
    content: input.content,
    category: input.category,
    photos: input.photos,
    ...review,
    ...(input.place ? { place: input.place } : {}),
    ...(input.contactPhone ? { contactPhone: input.contactPhone } : {}),
    publishConsent: input.publishConsent,
    hideIdentityFromUnit: input.hideIdentityFromUnit,
  };
}

/** The submitter of an item entered for someone without the app: named, from a village, phone if given. */
export function offlineSubmitter(name: string, villageId: string, phone?: string): ItemDraft['submitter'] {
  return { name, villageId, hasAccount: false, ...(phone ? { phone } : {}) };
}
