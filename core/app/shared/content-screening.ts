/**
 * Content security at submit (issue 3, platform.md §6), shared by every way an item comes in: the text through
 * msgSecCheck v2 with the author's openid (risky → CONTENT.RISKY, nothing stored; review → the item goes on with
 * the `textReview` flag staff filter on), then each photo through the asynchronous media check (pending until the
 * `wxa_media_check` push; see app/content/media-result.ts). Text first, so refused text sends no photo anywhere.
 *
 * Requests: msgSecCheck 1, then (photos only) getTempFileURL 1 + mediaCheckAsync 1 per photo — no database request.
 */
import { DomainError } from '../../domain/errors';
import { initialContentReview, type ContentReview } from '../../domain/opinion/content-review';
import type { ContentScene } from '../../ports/content-check';
import type { CommandContext } from './dispatcher';

/** msgSecCheck / mediaCheckAsync scene 3 (论坛): a public-facing post by the author. */
export const OPINION_SCENE: ContentScene = 3;

export async function screenContent(
  ctx: CommandContext,
  input: { title: string; content: string; place?: string | undefined; photos: readonly string[] },
): Promise<Required<ContentReview>> {
  const verdict = await ctx.ports.content.checkText({
    openid: ctx.caller.openid,
    scene: OPINION_SCENE,
    title: input.title,
    content: [input.content, input.place].filter(Boolean).join('\n'),
  });
  if (verdict === 'risky') throw new DomainError('CONTENT.RISKY');
  const checks = await ctx.ports.content.checkPhotos({
    openid: ctx.caller.openid,
    scene: OPINION_SCENE,
    fileIds: input.photos,
  });
  return initialContentReview(verdict, checks);
}
