/**
 * WeChat content security (platform.md §6): msgSecCheck v2 for text (must run while the author is active, i.e. at
 * submit time) and mediaCheckAsync v2 for photos (the result is pushed later as the `wxa_media_check` event).
 */
import type { PhotoCheck } from '../domain/opinion/content-review';

export type ContentVerdict = 'pass' | 'review' | 'risky';

/** Scenes of msgSecCheck v2: 1 资料, 2 评论, 3 论坛, 4 社交日志. */
export type ContentScene = 1 | 2 | 3 | 4;

export interface ContentCheck {
  checkText(input: { openid: string; scene: ContentScene; content: string; title?: string }): Promise<ContentVerdict>;
  /**
   * Sends each photo (cloud file id) to the asynchronous media check and answers one `pending` PhotoCheck per
   * photo with its trace id. Never throws: a photo that could not be sent comes back `unchecked` (flagged for
   * staff) so a platform hiccup never loses an opinion. Requests: 1 (temp URLs) + 1 per photo (mediaCheckAsync).
   */
  checkPhotos(input: { openid: string; scene: ContentScene; fileIds: readonly string[] }): Promise<PhotoCheck[]>;
}
