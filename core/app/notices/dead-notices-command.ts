/**
 * Dead notices for presidium staff (presidium function): outbox rows that failed `noticeMaxAttempts` times, so
 * staff can reach the person another way. Only the caller's township; newest first; one page.
 * Database requests: 1.
 */
import { z } from 'zod';
import { STAFF_ROLES } from '../../domain/roles';
import type { NoticeStore } from '../../ports/notice-store';
import { command, type CommandSpec } from '../shared/dispatcher';
import { contentOf } from './notice-content';
import { decodeNoticeCursor, encodeNoticeCursor } from './notice-cursor';

export interface DeadNoticeView {
  id: string;
  itemId: string;
  kind: string;
  audience: string;
  title: string;
  text: string;
  attempts: number;
  lastError: string;
  createdAt: string;
  deadAt: string | null;
}

const input = z.object({
  limit: z.number({ error: '数量无效' }).int().min(1).max(50).optional(),
  cursor: z.string({ error: '分页参数无效' }).max(400, { error: '分页参数无效' }).optional(),
});

export const deadNoticeCommands = {
  listDeadNotices: command<z.infer<typeof input>, { rows: DeadNoticeView[]; nextCursor?: string }>({
    input,
    mutating: false,
    roles: [...STAFF_ROLES],
    async handle(ctx, args) {
      const store = (ctx.ports as { notices?: { store: NoticeStore } }).notices?.store;
      if (!store) throw new Error('notices store is not configured for this function');
      const page = await store.deadRows(ctx.actor!.townshipId, {
        limit: args.limit ?? 20,
        after: decodeNoticeCursor(args.cursor),
      });
      const nextCursor = encodeNoticeCursor(page.next);
      return {
        rows: page.rows.map((row) => {
          const content = contentOf(row);
          return {
            id: row._id,
            itemId: row.itemId,
            kind: row.kind,
            audience: row.audience,
            title: content.title,
            text: content.text,
            attempts: row.attempts,
            lastError: row.lastError ?? '',
            createdAt: row.createdAt.toISOString(),
            deadAt: row.deadAt ? row.deadAt.toISOString() : null,
          };
        }),
        ...(nextCursor ? { nextCursor } : {}),
      };
    },
  }),
} satisfies Record<string, CommandSpec<unknown, unknown>>;
