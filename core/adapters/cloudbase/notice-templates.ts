/**
 * NoticeTemplates from the township's settings document (`settings.noticeTemplates`, server-side only):
 * `{ itemProgress: { templateId, fields? }, newTask: {...}, deadlineAlert: {...}, dailyDigest: {...} }`.
 * Template ids differ per mini-program account, so there are no built-in ids: a township without them keeps its
 * notices in the inbox. Field mappings default to app/notices/template-catalog.ts.
 *
 * Cached per township for a minute (a warm instance serves many sends; staff edits apply within a minute).
 */
import { resolveTemplate, type TemplateSetting } from '../../app/notices/template-catalog';
import type { NoticeKind } from '../../domain/notices/notice-rules';
import type { NoticeTemplate, NoticeTemplates } from '../../ports/message-sender';
import type { WxDatabase } from './sdk';

const TTL_MS = 60_000;

export class CloudbaseNoticeTemplates implements NoticeTemplates {
  private readonly cache = new Map<
    string,
    { at: number; settings: Promise<Partial<Record<string, TemplateSetting>> | undefined> }
  >();

  constructor(private readonly db: WxDatabase) {}

  private settingsOf(townshipId: string) {
    const hit = this.cache.get(townshipId);
    if (hit && Date.now() - hit.at < TTL_MS) return hit.settings;
    const settings = this.db
      .collection('settings')
      .where({ _id: townshipId })
      .limit(1)
      .get()
      .then(
        (res) =>
          (res.data[0] as { noticeTemplates?: Partial<Record<string, TemplateSetting>> } | undefined)?.noticeTemplates,
      );
    this.cache.set(townshipId, { at: Date.now(), settings });
    settings.catch(() => this.cache.delete(townshipId));
    return settings;
  }

  async templateFor(townshipId: string, kind: NoticeKind): Promise<NoticeTemplate | null> {
    return resolveTemplate(kind, await this.settingsOf(townshipId));
  }
}
