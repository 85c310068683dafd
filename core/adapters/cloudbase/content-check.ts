/**
 * ContentCheck via `security.msgSecCheck` v2. It must run while the author is active (within 2 hours), which is
 * why it is called synchronously at submit. `review` is not a rejection: the item goes on and staff see the flag.
 * Photos go through `security.mediaCheckAsync` v2, which refuses `cloud://` ids: each file id becomes a temporary
 * https URL first (cloud.getTempFileURL, one call for all photos). The function's config.json must list
 * `security.msgSecCheck` and `security.mediaCheckAsync` under permissions.openapi.
 */
import type { PhotoCheck } from '../../domain/opinion/content-review';
import type { ContentCheck, ContentVerdict, ContentScene } from '../../ports/content-check';
import type { WxCloud } from './sdk';

/** mediaCheckAsync media_type: 1 audio, 2 image. */
const IMAGE = 2;

export class WxContentCheck implements ContentCheck {
  constructor(
    private readonly cloud: WxCloud,
    private readonly log: (line: string) => void = (line) => console.error(line),
  ) {}

  async checkPhotos(input: { openid: string; scene: ContentScene; fileIds: readonly string[] }): Promise<PhotoCheck[]> {
    if (input.fileIds.length === 0) return [];
    const unchecked = (fileId: string): PhotoCheck => ({ fileId, traceId: null, check: 'unchecked' });
    let urls = new Map<string, string>();
    try {
      const res = await this.cloud.getTempFileURL({ fileList: [...input.fileIds] });
      urls = new Map(
        res.fileList.filter((f) => f.status === 0 && f.tempFileURL).map((f) => [f.fileID, f.tempFileURL] as const),
      );
    } catch (error) {
      this.log(`mediaCheck: getTempFileURL failed: ${String((error as Error)?.message ?? error)}`);
    }
    const api = this.cloud.openapi.security?.mediaCheckAsync;
    return Promise.all(
      input.fileIds.map(async (fileId): Promise<PhotoCheck> => {
        const url = urls.get(fileId);
        if (!url || !api) return unchecked(fileId);
        try {
          const res = (await api({
            mediaUrl: url,
            mediaType: IMAGE,
            version: 2,
            scene: input.scene,
            openid: input.openid,
          })) as { traceId?: string; trace_id?: string };
          const traceId = res.traceId ?? res.trace_id;
          return traceId ? { fileId, traceId, check: 'pending' } : unchecked(fileId);
        } catch (error) {
          this.log(`mediaCheck: mediaCheckAsync failed: ${String((error as { errMsg?: string })?.errMsg ?? error)}`);
          return unchecked(fileId);
        }
      }),
    );
  }

  async checkText(input: {
    openid: string;
    scene: ContentScene;
    content: string;
    title?: string;
  }): Promise<ContentVerdict> {
    const params: Record<string, unknown> = {
      openid: input.openid,
      scene: input.scene,
      version: 2,
      content: input.content,
    };
    if (input.title) params.title = input.title;
    const res = (await this.cloud.openapi.security!.msgSecCheck!(params)) as { result?: { suggest?: string } };
    const suggest = res.result?.suggest;
    return suggest === 'risky' ? 'risky' : suggest === 'review' ? 'review' : 'pass';
  }
}
