/**
 * Wire building blocks shared by every callable function's contract.
 *
 * Guarantees: every schema reports problems in Chinese; lengths count characters as people see them (code
 * points, so an emoji is one character); instants travel as ISO strings, calendar dates as `YYYY-MM-DD`
 * (Asia/Shanghai); photos are CloudBase file ids (`cloud://...`). Only zod and core/domain enums are imported.
 */
import { z } from 'zod';
import type { WireError } from '../domain/errors';

export const REQUEST_ID_MIN = 8;
export const REQUEST_ID_MAX = 64;
export const PAGE_LIMIT_MAX = 50;

const charCount = (s: string): number => Array.from(s).length;

/** A trimmed text of 1..max characters (code points). */
export function text(label: string, max: number) {
  return z
    .string({ error: `${label}须为文字` })
    .trim()
    .min(1, { error: `请填写${label}` })
    .refine((s) => charCount(s) <= max, { error: `${label}不能超过${max}个字` });
}

/** An optional text: empty or absent becomes undefined. */
export function optionalText(label: string, max: number) {
  return z
    .string({ error: `${label}须为文字` })
    .trim()
    .refine((s) => charCount(s) <= max, { error: `${label}不能超过${max}个字` })
    .optional()
    .transform((s) => (s ? s : undefined));
}

export const id = (label: string) =>
  z
    .string({ error: `${label}无效` })
    .min(1, { error: `${label}无效` })
    .max(64, { error: `${label}无效` })
    .regex(/^[A-Za-z0-9_-]+$/, { error: `${label}无效` });

export const requestId = z
  .string({ error: '缺少请求编号' })
  .min(REQUEST_ID_MIN, { error: '请求编号无效' })
  .max(REQUEST_ID_MAX, { error: '请求编号无效' })
  .regex(/^[A-Za-z0-9_-]+$/, { error: '请求编号无效' });

/** Mainland mobile or landline (with optional area code and extension). */
export const phone = z
  .string({ error: '电话号码须为文字' })
  .trim()
  .regex(/^(1[3-9]\d{9}|0\d{2,3}-?\d{7,8}(-\d{1,6})?)$/, { error: '请填写正确的手机号或固定电话' });

export const cloudFileId = z
  .string({ error: '图片无效' })
  .max(512, { error: '图片无效' })
  .regex(/^cloud:\/\/[^\s]+$/, { error: '图片须先上传' });

export const photos = z.array(cloudFileId, { error: '图片无效' }).max(9, { error: '最多上传9张图片' }).default([]);

/** `YYYY-MM-DD`, a calendar date in Asia/Shanghai. */
export const localDate = (label: string) => z.iso.date({ error: `${label}格式应为 年-月-日` });

/** An instant as ISO 8601 with offset or Z. */
export const instant = (label: string) => z.iso.datetime({ offset: true, error: `${label}时间格式无效` });

export function oneOf<const T extends readonly [string, ...string[]]>(values: T, label: string) {
  return z.enum(values, { error: `${label}无效` });
}

export const pagination = {
  cursor: z.string({ error: '分页参数无效' }).max(200, { error: '分页参数无效' }).optional(),
  limit: z
    .number({ error: '每页条数须为数字' })
    .int({ error: '每页条数须为整数' })
    .min(1, { error: '每页至少1条' })
    .max(PAGE_LIMIT_MAX, { error: `每页最多${PAGE_LIMIT_MAX}条` })
    .default(20),
};

/**
 * `expectedVersion`: the item version the person saw (detail answers `version`); a stale one answers
 * OPINION.VERSION_CONFLICT instead of acting on a changed item. Optional so lists can act without a detail read.
 */
export const expectedVersion = z
  .number({ error: '版本号无效' })
  .int({ error: '版本号无效' })
  .min(1, { error: '版本号无效' })
  .optional();

export const itemRef = { itemId: id('事项编号'), expectedVersion };

/** The request every callable takes. `requestId` is required for mutating commands (checked in parse.ts). */
export const envelope = z.object({
  command: z.string({ error: '缺少操作名称' }).min(1, { error: '缺少操作名称' }).max(64, { error: '不支持的操作' }),
  requestId: requestId.optional(),
  payload: z.unknown().optional(),
});

export type Ok<T> = { ok: true; data: T };
export type Fail = { ok: false; error: WireError };
export type Result<T> = Ok<T> | Fail;

export interface Page<T> {
  rows: T[];
  /** Absent when there is no next page. */
  nextCursor?: string;
}

/** Empty result of commands that only confirm. */
export interface Done {
  itemId?: string;
  version?: number;
}
