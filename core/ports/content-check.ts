/** WeChat content security (msgSecCheck v2): must run while the author is active, i.e. at submit time. */
export type ContentVerdict = 'pass' | 'review' | 'risky';

/** Scenes of msgSecCheck v2: 1 资料, 2 评论, 3 论坛, 4 社交日志. */
export type ContentScene = 1 | 2 | 3 | 4;

export interface ContentCheck {
  checkText(input: { openid: string; scene: ContentScene; content: string; title?: string }): Promise<ContentVerdict>;
}
