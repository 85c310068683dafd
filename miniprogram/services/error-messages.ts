/**
 * Chinese messages for every failure the mini-program can show, in one place.
 *
 * Guarantees: a page never composes an error sentence itself; it shows `ClientError.message`. Domain errors come
 * with a Chinese message from the server (core/domain/errors.ts), which is kept; failures that never reached a
 * function (network, timeout, a malformed answer) get their message here.
 */
import type { ErrorCode } from '../../core/domain/errors';

/** Failures of the transport rather than of a command; the server never sends these. */
export const TRANSPORT_MESSAGES = {
  'NETWORK.UNREACHABLE': '网络连接失败，请检查网络后重试',
  'NETWORK.TIMEOUT': '请求超时，请稍后重试',
  'CLOUD.FUNCTION_FAILED': '服务暂时不可用，请稍后重试',
  'CLOUD.BAD_RESPONSE': '服务返回了无法识别的结果，请稍后重试',
} as const;

export type TransportErrorCode = keyof typeof TRANSPORT_MESSAGES;
export type ClientErrorCode = ErrorCode | TransportErrorCode;

/** What pages receive for any failed call. */
export interface ClientError {
  code: ClientErrorCode;
  message: string;
}

const FALLBACK_MESSAGE = '操作未成功，请稍后重试';

export function transportError(code: TransportErrorCode): ClientError {
  return { code, message: TRANSPORT_MESSAGES[code] };
}

/** Keeps the server's Chinese message for a domain error; an empty one (never expected) gets a generic sentence. */
export function domainError(code: ErrorCode, serverMessage: string | undefined): ClientError {
  const message = typeof serverMessage === 'string' && serverMessage.trim() !== '' ? serverMessage : FALLBACK_MESSAGE;
  return { code, message };
}
