/**
 * The in-app notices inbox as commands of the `account` function (helper I's commands; schemas moved here so the
 * mini-program is typed from core/contracts): list, mark read, unread count, mute preferences.
 *
 * Guarantees: the schemas core/app/notices/inbox-commands.ts validates with are these, so the function and the
 * mini-program cannot drift; marking read is idempotent and needs no request id (none of these is mutating).
 */
import { z } from 'zod';
import { NOTICE_KINDS, type NoticeKind } from '../domain/notices/notice-rules';

export const noticeInboxCommands = {
  listNotices: {
    mutating: false,
    input: z.object({
      limit: z.number({ error: '数量无效' }).int().min(1).max(50).optional(),
      cursor: z.string({ error: '分页参数无效' }).max(400, { error: '分页参数无效' }).optional(),
    }),
  },
  markNoticesRead: {
    mutating: false,
    input: z.union([
      z.object({ ids: z.array(z.string().min(1).max(200)).min(1).max(100) }),
      z.object({ all: z.literal(true) }),
    ]),
  },
  unreadNoticeCount: {
    mutating: false,
    input: z.object({}).strict() as unknown as z.ZodType<Record<string, never>>,
  },
  noticePreferences: {
    mutating: false,
    input: z.object({}).strict() as unknown as z.ZodType<Record<string, never>>,
  },
  setNoticePreferences: {
    mutating: false,
    input: z.object({
      mutedKinds: z.array(z.enum(NOTICE_KINDS as unknown as [NoticeKind, ...NoticeKind[]])).max(NOTICE_KINDS.length),
    }),
  },
} as const;

export interface NoticeView {
  id: string;
  kind: NoticeKind;
  itemId: string | null;
  title: string;
  text: string;
  /** The mini-program page the notice opens (with its query). */
  page: string;
  urgent: boolean;
  createdAt: string;
  read: boolean;
}

export interface NoticeInboxResults {
  listNotices: { notices: NoticeView[]; nextCursor?: string };
  markNoticesRead: { marked: number };
  unreadNoticeCount: { count: number };
  noticePreferences: { mutedKinds: NoticeKind[]; mutableKinds: NoticeKind[] };
  setNoticePreferences: { mutedKinds: NoticeKind[] };
}
