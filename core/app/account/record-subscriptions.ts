/**
 * account.recordSubscriptions: the template keys a person accepted in wx.requestSubscribeMessage, each +1 credit
 * for (openid, template) — one accepted request allows one message (issue 4 spends them).
 *
 * Database requests: transaction (start, request log, one read and one write per key, log row, commit); a retry
 * with the same request id adds nothing.
 */
import { DomainError } from '../../domain/errors';
import type { CommandContext } from '../shared/dispatcher';

const KEY = /^[A-Za-z0-9_-]{1,40}$/;

interface CreditRow {
  _id: string;
  openid: string;
  templateKey: string;
  credits: number;
  updatedAt: Date;
}

export async function recordSubscriptions(
  ctx: CommandContext,
  input: { templateKeys: string[] },
): Promise<{ credits: Record<string, number> }> {
  const keys = [...new Set(input.templateKeys)];
  if (keys.some((k) => !KEY.test(k))) throw new DomainError('VALIDATION.INVALID', '消息类型无效');
  const openid = ctx.caller.openid;
  const run = await ctx.ports.transactor.run(ctx.requestKey, async (tx) => {
    const credits: Record<string, number> = {};
    const writes = [];
    for (const key of keys) {
      const id = `${openid}-${key}`;
      const row = await tx.get<CreditRow>('subscriptionCredits', id);
      const next: CreditRow = {
        _id: id,
        openid,
        templateKey: key,
        credits: (row?.credits ?? 0) + 1,
        updatedAt: ctx.now,
      };
      credits[key] = next.credits;
      writes.push({
        kind: 'set' as const,
        collection: 'subscriptionCredits' as const,
        id,
        doc: next as unknown as Record<string, unknown>,
      });
    }
    return { writes, result: { credits } };
  });
  return run.result;
}
