/**
 * The in-app inbox as commands of the `account` function (everyone has an inbox): list, mark read, unread count,
 * and the mute preferences staff keep for non-urgent kinds.
 *
 * Guarantees: a caller only ever sees and marks their own notices (by the OPENID, never a payload field); urgent
 * kinds (domain/notices/notice-rules.ts URGENT_NOTICE_KINDS, plus overdue thresholds) cannot be muted; muting
 * stops WeChat messages only, the inbox still gets every notice. Marking read is idempotent, so it needs no
 * request id. Database requests: list 1, count 1, mark 1, preferences 1.
 */
import type { z } from 'zod';
import { noticeInboxCommands, type NoticeView } from '../../contracts/notices';
import { NOTICE_KINDS, URGENT_NOTICE_KINDS, type NoticeKind } from '../../domain/notices/notice-rules';
import { DomainError } from '../../domain/errors';
import { ROLES, STAFF_ROLES, UNIT_ROLES, type Role } from '../../domain/roles';
import type { NoticeStore } from '../../ports/notice-store';
import { command, type CommandContext, type CommandSpec } from '../shared/dispatcher';
import { decodeNoticeCursor, encodeNoticeCursor } from './notice-cursor';

const EVERYONE: readonly Role[] = ROLES.filter((r) => r !== 'system');
/** Who may mute: staff-side people, deputies and units (residents get only what concerns their own items). */
const MUTERS: readonly Role[] = [...STAFF_ROLES, 'presidiumMember', 'deputy', ...UNIT_ROLES];
export const MUTABLE_KINDS: readonly NoticeKind[] = NOTICE_KINDS.filter((k) => !URGENT_NOTICE_KINDS.includes(k));

function storeOf(ctx: CommandContext): NoticeStore {
  const store = (ctx.ports as { notices?: { store: NoticeStore } }).notices?.store;
  if (!store) throw new Error('notices store is not configured for this function');
  return store;
}

export type { NoticeView };

const listInput = noticeInboxCommands.listNotices.input;
const markInput = noticeInboxCommands.markNoticesRead.input;
const prefsInput = noticeInboxCommands.setNoticePreferences.input;
const emptyInput = noticeInboxCommands.unreadNoticeCount.input;

export const inboxCommands = {
  listNotices: command<z.infer<typeof listInput>, { notices: NoticeView[]; nextCursor?: string }>({
    input: listInput,
    mutating: false,
    roles: EVERYONE,
    async handle(ctx, input) {
      const page = await storeOf(ctx).listInbox(ctx.caller.openid, {
        limit: input.limit ?? 20,
        after: decodeNoticeCursor(input.cursor),
      });
      const nextCursor = encodeNoticeCursor(page.next);
      return {
        notices: page.notices.map((n) => ({
          id: n._id,
          kind: n.kind,
          itemId: n.itemId,
          title: n.title,
          text: n.text,
          page: n.page,
          urgent: n.urgent,
          createdAt: n.createdAt.toISOString(),
          read: n.readAt !== null,
        })),
        ...(nextCursor ? { nextCursor } : {}),
      };
    },
  }),
  markNoticesRead: command<z.infer<typeof markInput>, { marked: number }>({
    input: markInput,
    mutating: false,
    roles: EVERYONE,
    async handle(ctx, input) {
      const ids = 'all' in input ? 'all' : input.ids;
      return { marked: await storeOf(ctx).markRead(ctx.caller.openid, ids, ctx.now) };
    },
  }),
  unreadNoticeCount: command<Record<string, never>, { count: number }>({
    input: emptyInput,
    mutating: false,
    roles: EVERYONE,
    async handle(ctx) {
      return { count: await storeOf(ctx).countUnread(ctx.caller.openid) };
    },
  }),
  noticePreferences: command<Record<string, never>, { mutedKinds: NoticeKind[]; mutableKinds: NoticeKind[] }>({
    input: emptyInput,
    mutating: false,
    roles: MUTERS,
    async handle(ctx) {
      return { mutedKinds: await storeOf(ctx).mutedKinds(ctx.caller.openid), mutableKinds: [...MUTABLE_KINDS] };
    },
  }),
  setNoticePreferences: command<z.infer<typeof prefsInput>, { mutedKinds: NoticeKind[] }>({
    input: prefsInput,
    mutating: false,
    roles: MUTERS,
    async handle(ctx, input) {
      const urgent = input.mutedKinds.filter((k) => !MUTABLE_KINDS.includes(k));
      if (urgent.length > 0) throw new DomainError('VALIDATION.INVALID', `紧急通知不能关闭：${urgent.join('、')}`);
      const kinds = [...new Set(input.mutedKinds)];
      await storeOf(ctx).setMutedKinds(ctx.caller.openid, ctx.actor!.townshipId, kinds, ctx.now);
      return { mutedKinds: kinds };
    },
  }),
} satisfies Record<string, CommandSpec<unknown, unknown>>;
