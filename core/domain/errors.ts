/**
 * Error codes and their Chinese messages, in one place (architecture.md, "Style we hold up").
 *
 * Guarantees: every code is namespaced by aggregate (`OPINION.NOT_FOUND`); every code has exactly one default
 * Chinese message for people; `toWireError` turns anything thrown into `{ code, message }` and never leaks a stack,
 * an internal message or a non-domain code to the caller.
 */

export const ERROR_MESSAGES = {
  'OPINION.NOT_FOUND': '未找到该意见建议',
  'OPINION.TRANSITION_REFUSED': '当前状态下不能进行此操作',
  'OPINION.VERSION_CONFLICT': '该事项已被他人处理，请刷新后重试',
  'OPINION.RETURN_WINDOW_CLOSED': '已超过退回期限，请联系人大主席团',
  'OPINION.EXTENSION_PENDING': '已有延期申请待审批',
  'OPINION.EXTENSION_USED': '延期申请仅限一次',
  'OPINION.REHANDLE_LIMIT': '已达到重新办理次数上限',
  'OPINION.MERGE_TARGET_INVALID': '并案的主件不存在或已办结',
  'OPINION.PULL_TOO_EARLY': '代表处理时限未到，暂不能提取',
  'OPINION.DUE_EXCEEDS_CAP': '办理期限超过法定时限上限',
  'OPINION.DUE_IN_PAST': '办理期限须晚于当前时间',
  'OPINION.NO_DEPUTY': '该事项没有对应的代表',
  'OPINION.PLAN_REQUIRED': '列入计划的答复须填写计划和预计完成时间',
  'AUTH.FORBIDDEN': '没有权限进行此操作',
  'AUTH.NOT_REGISTERED': '请先完成注册',
  'INVITE.NOT_FOUND': '邀请码无效',
  'INVITE.EXPIRED': '邀请码已过期',
  'INVITE.USED': '邀请码已被使用',
  'INVITE.REVOKED': '邀请码已作废',
  'DIRECTORY.NOT_FOUND': '未找到相关人员或单位',
  'VALIDATION.INVALID': '填写的内容有误，请检查后重试',
  'CONTENT.RISKY': '内容含有不适宜发布的信息，请修改后再提交',
  'RATE.DAILY_LIMIT': '今日提交次数已达上限，请明天再试',
  'SETTINGS.EXCEEDS_CAP': '设置超过法定时限上限',
  'REQUEST.IN_PROGRESS': '请求正在处理中，请稍候',
  'COMMAND.UNKNOWN': '不支持的操作',
  'SYSTEM.INTERNAL': '系统繁忙，请稍后重试',
} as const;

export type ErrorCode = keyof typeof ERROR_MESSAGES;
export const ERROR_CODES = Object.keys(ERROR_MESSAGES) as ErrorCode[];

/** The error shape on the wire: `{ ok: false, error: WireError }`. */
export interface WireError {
  code: ErrorCode;
  message: string;
  /** Only safe, caller-facing details (e.g. field issues for a validation error). */
  details?: unknown;
}

export class DomainError extends Error {
  readonly code: ErrorCode;
  readonly details: unknown;

  /** `message` overrides the default Chinese message when a more specific one helps the person (e.g. a field). */
  constructor(code: ErrorCode, message?: string, details?: unknown) {
    super(message ?? ERROR_MESSAGES[code]);
    this.name = 'DomainError';
    this.code = code;
    this.details = details;
  }
}

export function isDomainError(e: unknown): e is DomainError {
  return e instanceof DomainError;
}

export function isErrorCode(code: unknown): code is ErrorCode {
  return typeof code === 'string' && Object.prototype.hasOwnProperty.call(ERROR_MESSAGES, code);
}

/**
 * Any thrown value → wire error. Domain errors keep their code, message and details; anything else becomes
 * SYSTEM.INTERNAL with the generic Chinese message (the original is for the log, never for the caller).
 */
export function toWireError(e: unknown): WireError {
  if (isDomainError(e)) {
    const wire: WireError = { code: e.code, message: e.message };
    if (e.details !== undefined) wire.details = e.details;
    return wire;
  }
  return { code: 'SYSTEM.INTERNAL', message: ERROR_MESSAGES['SYSTEM.INTERNAL'] };
}
