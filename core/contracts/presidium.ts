/**
 * `presidium` function: the queue and every presidium member's and staff's action, settings and invites.
 * Which of these a presidium member (not staff) may take is decided in core/domain (roles, transitions).
 */
import { z } from 'zod';
import { CHANNELS, ITEM_STATUSES, REJECT_REASONS, SUPERVISE_TYPES } from '../domain/opinion/status';
import { INVITABLE_ROLES } from '../domain/roles';
import { id, itemRef, localDate, oneOf, optionalText, pagination, phone, text } from './common';
import { assignmentFields, milestoneInput, opinionFields } from './item-fields';
import type { ItemDetail, QueuePage } from './views';
import { presidiumPlanningCommands, type PresidiumPlanningResults } from './presidium-planning';
import type { ItemStatus } from '../domain/opinion/status';
import type { InvitableRole } from '../domain/roles';

export const QUEUE_SORTS = ['submittedAt', 'updatedAt', 'dueAt'] as const;
export const STAFF_ENTRY_CHANNELS = [
  'phone',
  'letter',
  'forum',
  'chairReception',
  'session',
  'inspection',
  'petition',
] as const;

export const queueInput = z
  .object({
    ...pagination,
    status: z
      .array(oneOf(ITEM_STATUSES, '状态'), { error: '状态无效' })
      .max(ITEM_STATUSES.length, { error: '状态无效' })
      .optional(),
    overdue: z.boolean({ error: '逾期筛选无效' }).optional(),
    dueWithinDays: z
      .number({ error: '天数须为数字' })
      .int({ error: '天数须为整数' })
      .min(0, { error: '天数不能为负' })
      .max(365, { error: '天数最多365' })
      .optional(),
    category: text('类别', 20).optional(),
    stationId: id('联络站').optional(),
    deputyId: id('代表').optional(),
    unitId: id('承办单位').optional(),
    channel: z
      .array(oneOf(CHANNELS, '渠道'), { error: '渠道无效' })
      .max(CHANNELS.length, { error: '渠道无效' })
      .optional(),
    from: localDate('开始日期').optional(),
    to: localDate('结束日期').optional(),
    keyword: text('关键词', 30).optional(),
    /** Only items content security flagged (text for review, risky or unchecked photos). */
    flagged: z.boolean({ error: '待复核筛选无效' }).optional(),
    sort: oneOf(QUEUE_SORTS, '排序').default('submittedAt'),
    order: oneOf(['asc', 'desc'] as const, '排序方向').default('desc'),
  })
  .refine((q) => !q.from || !q.to || q.from <= q.to, { error: '开始日期不能晚于结束日期', path: ['to'] });

const assignment = z.object({ ...itemRef, ...assignmentFields });

const presidiumItemCommands = {
  queue: { mutating: false, input: queueInput },
  detail: { mutating: false, input: z.object({ ...itemRef }) },
  enterItem: {
    mutating: true,
    input: z.object({
      ...opinionFields,
      channel: oneOf(STAFF_ENTRY_CHANNELS, '渠道'),
      submitterName: text('提出人姓名', 20),
      villageId: id('村(社区)'),
      submitterPhone: phone.optional(),
      deputyId: id('代表').optional(),
    }),
  },
  pull: { mutating: true, input: z.object({ ...itemRef }) },
  register: {
    mutating: true,
    input: z.object({
      ...itemRef,
      category: text('类别', 20).optional(),
      isKey: z.boolean({ error: '重点标记无效' }).default(false),
    }),
  },
  merge: {
    mutating: true,
    input: z
      .object({ ...itemRef, primaryItemId: id('主件编号') })
      .refine((m) => m.itemId !== m.primaryItemId, { error: '不能与自身并案', path: ['primaryItemId'] }),
  },
  notAccept: {
    mutating: true,
    input: z
      .object({
        ...itemRef,
        code: oneOf(REJECT_REASONS, '不予受理理由'),
        competentBody: optionalText('有权处理机关', 40),
        text: text('说明', 500),
      })
      .refine((r) => r.code !== 'outOfScope' || !!r.competentBody, {
        error: '请写明有权处理的机关',
        path: ['competentBody'],
      }),
  },
  returnToDeputy: { mutating: true, input: z.object({ ...itemRef, question: text('需补充的内容', 300) }) },
  assign: { mutating: true, input: assignment },
  takeBack: { mutating: true, input: z.object({ ...itemRef, reason: text('收回理由', 300) }) },
  reassign: { mutating: true, input: assignment.extend({ reason: text('重新交办理由', 300) }) },
  approveExtension: { mutating: true, input: z.object({ ...itemRef, dueDate: localDate('延期至').optional() }) },
  refuseExtension: { mutating: true, input: z.object({ ...itemRef, reason: text('理由', 300) }) },
  urge: { mutating: true, input: z.object({ ...itemRef, note: optionalText('催办意见', 300) }) },
  superviseNotice: { mutating: true, input: z.object({ ...itemRef, note: optionalText('督办意见', 300) }) },
  setSupervisor: {
    mutating: true,
    input: z.object({ ...itemRef, superviseType: oneOf(SUPERVISE_TYPES, '督办方式'), supervisorId: id('督办人') }),
  },
  addNote: { mutating: true, input: z.object({ ...itemRef, note: text('备注', 500) }) },
  releaseReply: { mutating: true, input: z.object({ ...itemRef, note: optionalText('审核意见', 300) }) },
  sendBack: { mutating: true, input: z.object({ ...itemRef, reason: text('退回理由', 300) }) },
  reHandle: { mutating: true, input: assignment.extend({ reason: text('重新办理理由', 300) }) },
  closeWithExplanation: { mutating: true, input: z.object({ ...itemRef, reason: text('情况说明', 500) }) },
  close: { mutating: true, input: z.object({ ...itemRef, reason: text('办结说明', 500) }) },
  markMonitoring: {
    mutating: true,
    input: z.object({
      ...itemRef,
      plan: text('计划', 1000),
      milestones: z
        .array(milestoneInput, { error: '里程碑无效' })
        .min(1, { error: '至少填写一个里程碑' })
        .max(10, { error: '里程碑最多10个' }),
      expectedDate: localDate('预计完成时间').optional(),
    }),
  },
  getSettings: { mutating: false, input: z.object({}) },
  updateSettings: {
    mutating: true,
    input: z.object({
      categories: z
        .array(text('类别', 20), { error: '类别无效' })
        .min(1, { error: '至少保留一个类别' })
        .max(50, { error: '类别最多50个' })
        .optional(),
      /** Keys and caps are those of core/domain/time-rules.ts (`TimeRules`); checked there. */
      timeRules: z
        .record(
          z.string().regex(/^[A-Za-z]{1,40}$/, { error: '时限名称无效' }),
          z
            .number({ error: '时限须为数字' })
            .int({ error: '时限须为整数' })
            .min(0, { error: '时限不能为负' })
            .max(400, { error: '时限过长' }),
        )
        .optional(),
      relayMode: oneOf(['direct', 'viaDeputy'] as const, '答复反馈方式').optional(),
      dailySubmitLimit: z
        .number({ error: '每日提交上限须为数字' })
        .int({ error: '须为整数' })
        .min(1, { error: '至少为1' })
        .max(50, { error: '最多为50' })
        .optional(),
    }),
  },
  listCalendarOverrides: {
    mutating: false,
    input: z.object({
      year: z
        .number({ error: '年份无效' })
        .int({ error: '年份无效' })
        .min(2020, { error: '年份无效' })
        .max(2100, { error: '年份无效' }),
    }),
  },
  setCalendarOverride: {
    mutating: true,
    input: z.object({
      date: localDate('日期'),
      kind: oneOf(['workday', 'holiday'] as const, '类型'),
      note: optionalText('说明', 40),
    }),
  },
  removeCalendarOverride: { mutating: true, input: z.object({ date: localDate('日期') }) },
  issueInvite: {
    mutating: true,
    input: z.object({
      role: oneOf(INVITABLE_ROLES, '角色'),
      refId: id('人员'),
      validDays: z
        .number({ error: '有效期须为数字' })
        .int({ error: '有效期须为整数' })
        .min(1, { error: '有效期至少1天' })
        .max(30, { error: '有效期最多30天' })
        .default(7),
    }),
  },
  revokeInvite: {
    mutating: true,
    input: z.object({ code: z.string({ error: '邀请码无效' }).regex(/^[A-Za-z0-9]{6,16}$/, { error: '邀请码无效' }) }),
  },
  listInvites: { mutating: false, input: z.object({ ...pagination }) },
} as const;

/** Every `presidium` command: item handling, settings and invites here, planning (due preview, statistics) beside. */
export const presidiumCommands = { ...presidiumItemCommands, ...presidiumPlanningCommands };

type Changed = { itemId: string; status: ItemStatus };

export interface SettingsView {
  categories: string[];
  /** `TimeRules` of core/domain/time-rules.ts, with the statutory caps the form must respect. */
  timeRules: Record<string, number>;
  caps: Record<string, number>;
  relayMode: 'direct' | 'viaDeputy';
  dailySubmitLimit: number;
}

export interface InviteView {
  code: string;
  role: InvitableRole;
  refId: string;
  personName: string;
  expiresAt: string;
  state: 'usable' | 'used' | 'revoked' | 'expired';
}

export interface PresidiumResults extends PresidiumPlanningResults {
  queue: QueuePage;
  detail: ItemDetail;
  /** Petitions come back registered, with their number. */
  enterItem: Changed & { registrationNumber?: string };
  pull: Changed;
  register: Changed & { registrationNumber: string };
  merge: Changed & { primaryItemId: string };
  notAccept: Changed;
  returnToDeputy: Changed;
  assign: Changed & { dueAt: string };
  takeBack: Changed;
  reassign: Changed & { dueAt: string };
  approveExtension: Changed & { dueAt: string };
  refuseExtension: Changed;
  urge: Changed;
  superviseNotice: Changed;
  setSupervisor: Changed;
  addNote: Changed;
  releaseReply: Changed;
  sendBack: Changed;
  reHandle: Changed & { dueAt: string };
  closeWithExplanation: Changed;
  close: Changed;
  markMonitoring: Changed;
  getSettings: SettingsView;
  updateSettings: SettingsView;
  listCalendarOverrides: { overrides: { date: string; kind: 'workday' | 'holiday'; note?: string }[] };
  setCalendarOverride: { date: string };
  removeCalendarOverride: { date: string };
  issueInvite: InviteView;
  revokeInvite: InviteView;
  listInvites: { rows: InviteView[]; nextCursor?: string };
}
