/**
 * ContentCheck via `security.msgSecCheck` v2. It must run while the author is active (within 2 hours), which is
 * why it is called synchronously at submit. `review` is not a rejection: the item goes on and staff see the flag.
 */
import type { ContentCheck, ContentVerdict, ContentScene } from '../../ports/content-check';
import type { WxCloud } from './sdk';

export class WxContentCheck implements ContentCheck {
  constructor(private readonly cloud: WxCloud) {}

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
