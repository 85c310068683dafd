/**
 * Schemas for the item fields several functions share (submit, enter on behalf, assign, reply).
 *
 * Guarantees: the limits of domain.md §3.2 and issue 3 (title ≤20, content ≤1000, photos ≤9 `cloud://` ids,
 * phone pattern) are stated once here, with Chinese messages.
 */
import { z } from 'zod';
import { CONTENT_MAX, PHOTOS_MAX, TITLE_MAX, MILESTONE_STAGES, OUTCOMES, PRIORITIES } from '../domain/opinion/status';
import { cloudFileId, id, localDate, oneOf, optionalText, phone, text } from './common';

export const opinionFields = {
  title: text('标题', TITLE_MAX),
  content: text('内容', CONTENT_MAX),
  category: text('类别', 20),
  photos: z
    .array(cloudFileId, { error: '图片无效' })
    .max(PHOTOS_MAX, { error: `最多上传${PHOTOS_MAX}张图片` })
    .default([]),
  place: optionalText('地点', 100),
  publishConsent: z.boolean({ error: '请选择是否同意公开' }).default(false),
  hideIdentityFromUnit: z.boolean({ error: '请选择是否对承办单位隐去身份' }).default(false),
};

export const assignmentFields = {
  leadUnitId: id('主办单位'),
  coUnitIds: z.array(id('协办单位'), { error: '协办单位无效' }).max(10, { error: '协办单位最多10个' }).default([]),
  leaderInCharge: text('分管领导', 20),
  responsiblePerson: text('责任人', 20),
  contact: text('联系人', 40),
  priority: oneOf(PRIORITIES, '重要程度').default('normal'),
  urgent: z.boolean({ error: '紧急标记无效' }).default(false),
  /** Absent: the deadline policy's default for this kind of item. */
  dueDate: localDate('办理期限').optional(),
  /** 涉及面广、办理难度大: the statutory ceiling is 6 months instead of 3 (代表法 第51条). */
  difficult: z.boolean({ error: '难度标记无效' }).default(false),
};

export const milestoneInput = z.object({
  stage: z.union([oneOf(MILESTONE_STAGES, '阶段'), text('阶段', 20)]),
  expectedDate: localDate('预计时间').optional(),
  note: optionalText('说明', 200),
});

export const replyFields = z
  .object({
    text: text('答复内容', 3000),
    outcome: oneOf(OUTCOMES, '办理结果'),
    plan: optionalText('计划', 1000),
    milestones: z.array(milestoneInput, { error: '里程碑无效' }).max(10, { error: '里程碑最多10个' }).optional(),
    expectedDate: localDate('预计完成时间').optional(),
    scanFileId: cloudFileId.optional(),
  })
  .refine((r) => r.outcome !== 'planned' || !!r.plan, { error: '列入计划的答复须填写计划', path: ['plan'] });

export const optionalPhone = phone.optional();
