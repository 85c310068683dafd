/**
 * Subscription-message field values cut to the platform's limits (platform.md §5), in one place.
 *
 * Guarantees: every function returns a value its field type accepts, whatever the input:
 * - lengths count Unicode code points (an emoji or a CJK extension character is one), and cuts never split a
 *   surrogate pair; control characters and line breaks become spaces, runs of spaces collapse;
 * - `thing` ≤ 20 characters, cut with "…" inside the limit; `phrase` ≤ 5 Chinese characters only (known status,
 *   outcome and rating codes map to Chinese phrases, other text keeps only its Chinese characters);
 * - `name` ≤ 10 characters when it has Chinese characters, else ≤ 20 letters; `character_string` ≤ 32 printable
 *   ASCII; `number` ≤ 32 digits with at most one decimal point; `letter` ≤ 32 letters; `symbol` ≤ 5 symbols;
 *   `phone_number` ≤ 17 digits and + - ( ) space; `time` `2026年3月1日 15:01` and `date` `2026年3月1日` in
 *   Asia/Shanghai; `amount` `¥` + at most 10 digits (2 decimals).
 * The platform refuses empty values (error 47003), so text fields fall back to a placeholder rather than "".
 */

export type NoticeFieldType =
  | 'thing'
  | 'phrase'
  | 'name'
  | 'character_string'
  | 'number'
  | 'letter'
  | 'symbol'
  | 'phone_number'
  | 'time'
  | 'date'
  | 'amount';

export const NOTICE_FIELD_LIMITS = {
  thing: 20,
  phrase: 5,
  nameChinese: 10,
  nameLetters: 20,
  character_string: 32,
  number: 32,
  letter: 32,
  symbol: 5,
  phone_number: 17,
  amountDigits: 10,
} as const;

const ELLIPSIS = '…';
const HAN = /\p{Script=Han}/u;

/** Code points, so that '𠮷' and '👍' count as one each. */
function codePoints(text: string): string[] {
  return Array.from(text);
}

function clean(text: string): string {
  return text
    .replace(/[\p{Cc}\p{Zl}\p{Zp}]+/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

function cut(text: string, max: number): string {
  return codePoints(text).slice(0, max).join('');
}

/** `thing`: any mix of characters, ≤ 20, "…" as the last character when cut. */
export function noticeThing(value: string, placeholder = '无'): string {
  const chars = codePoints(clean(value));
  if (chars.length === 0) return placeholder;
  if (chars.length <= NOTICE_FIELD_LIMITS.thing) return chars.join('');
  return chars.slice(0, NOTICE_FIELD_LIMITS.thing - 1).join('') + ELLIPSIS;
}

/** Statuses (domain.md §4), outcomes, ratings and supervision steps, as phrases of ≤ 5 Chinese characters. */
export const PHRASES: Readonly<Record<string, string>> = {
  submitted: '待代表处理',
  referredToVillage: '村居办理中',
  forwarded: '待审核',
  registered: '待交办',
  assigned: '待签收',
  inProgress: '办理中',
  replyReview: '答复审核中',
  replied: '已答复',
  awaitingEvaluation: '待评价',
  reHandleReview: '待研判',
  reHandling: '重新办理中',
  monitoring: '跟踪落实中',
  closed: '已办结',
  notAccepted: '不予受理',
  merged: '已并案',
  withdrawn: '已撤回',
  archived: '已归档',
  resolved: '已解决',
  planned: '列入计划',
  cannotResolve: '暂不能解决',
  satisfied: '满意',
  basicallySatisfied: '基本满意',
  unsatisfied: '不满意',
  notRated: '未评价',
  remind: '即将到期',
  overdue: '已逾期',
  urge: '催办',
  superviseNotice: '督办',
  circulate: '通报',
  extended: '已延期',
  sendBack: '退回修改',
  returnMisassigned: '已退回',
};

/** `phrase`: ≤ 5 Chinese characters only. Codes map through PHRASES; other text keeps its Chinese characters. */
export function noticePhrase(value: string, placeholder = '有更新'): string {
  // Own keys only: "__proto__" or "toString" from a caller must not reach Object.prototype.
  if (Object.prototype.hasOwnProperty.call(PHRASES, value)) return PHRASES[value]!;
  const han = codePoints(value).filter((c) => HAN.test(c));
  return han.length === 0 ? placeholder : han.slice(0, NOTICE_FIELD_LIMITS.phrase).join('');
}

/** `name`: ≤ 10 characters when it has Chinese characters (e.g. 阿依古丽·买买提), else ≤ 20 letters and spaces. */
export function noticeName(value: string, placeholder = '群众'): string {
  const text = clean(value);
  if (HAN.test(text)) return cut(text, NOTICE_FIELD_LIMITS.nameChinese);
  const letters = text
    .replace(/[^A-Za-z ]/g, '')
    .replace(/ +/g, ' ')
    .trim();
  return letters.length === 0 ? placeholder : cut(letters, NOTICE_FIELD_LIMITS.nameLetters).trim();
}

/** `character_string`: digits, letters and symbols (printable ASCII), ≤ 32. Registration numbers fit. */
export function noticeCharacterString(value: string, placeholder = '-'): string {
  const text = value.replace(/[^\x21-\x7e]/g, '');
  return text.length === 0 ? placeholder : cut(text, NOTICE_FIELD_LIMITS.character_string);
}

/** `number`: ≤ 32 digits, decimals allowed (one point). */
export function noticeNumber(value: number | string): string {
  const text = typeof value === 'number' ? (Number.isFinite(value) ? String(value) : '0') : value;
  const [whole = '', ...rest] = text.replace(/[^0-9.]/g, '').split('.');
  const fraction = rest.join('');
  const joined = fraction.length > 0 ? `${whole || '0'}.${fraction}` : whole;
  if (joined.length === 0) return '0';
  const limited = cut(joined, NOTICE_FIELD_LIMITS.number);
  return limited.endsWith('.') ? limited.slice(0, -1) : limited;
}

/** `letter`: ≤ 32 letters. */
export function noticeLetter(value: string, placeholder = 'A'): string {
  const text = value.replace(/[^A-Za-z]/g, '');
  return text.length === 0 ? placeholder : cut(text, NOTICE_FIELD_LIMITS.letter);
}

/** `symbol`: ≤ 5 symbols (ASCII punctuation). */
export function noticeSymbol(value: string, placeholder = '-'): string {
  const text = value.replace(/[^!-/:-@[-`{-~]/g, '');
  return text.length === 0 ? placeholder : cut(text, NOTICE_FIELD_LIMITS.symbol);
}

/** `phone_number`: ≤ 17 digits and + - ( ) spaces. A masked phone (138****5678) is not valid here: never send it. */
export function noticePhoneNumber(value: string): string {
  const text = value
    .replace(/[^0-9+\-() ]/g, '')
    .replace(/ +/g, ' ')
    .trim();
  return cut(text, NOTICE_FIELD_LIMITS.phone_number).trim();
}

const SHANGHAI_OFFSET_MS = 8 * 60 * 60 * 1000;

function shanghaiParts(instant: Date) {
  const s = new Date(instant.getTime() + SHANGHAI_OFFSET_MS);
  return {
    year: s.getUTCFullYear(),
    month: s.getUTCMonth() + 1,
    day: s.getUTCDate(),
    hh: String(s.getUTCHours()).padStart(2, '0'),
    mm: String(s.getUTCMinutes()).padStart(2, '0'),
  };
}

/** `time`: 24-hour clock with the date, in Shanghai: `2026年3月1日 15:01`. */
export function noticeTime(instant: Date): string {
  const p = shanghaiParts(instant);
  return `${p.year}年${p.month}月${p.day}日 ${p.hh}:${p.mm}`;
}

/** `date`: `2026年3月1日` in Shanghai. A due at 24:00 shows the day it closes, not the next one. */
export function noticeDate(instant: Date, options: { dueBoundary?: boolean } = {}): string {
  const p = shanghaiParts(options.dueBoundary ? new Date(instant.getTime() - 1) : instant);
  return `${p.year}年${p.month}月${p.day}日`;
}

/** `amount`: `¥` + at most 10 digits, 2 decimals (`¥1234.50`). Larger amounts cannot be expressed: RangeError. */
export function noticeAmount(yuan: number): string {
  if (!Number.isFinite(yuan) || yuan < 0) throw new RangeError(`amount must be a non-negative number: ${yuan}`);
  const text = yuan.toFixed(2);
  if (text.replace('.', '').length > NOTICE_FIELD_LIMITS.amountDigits) {
    throw new RangeError(`amount has more than ${NOTICE_FIELD_LIMITS.amountDigits} digits: ${text}`);
  }
  return `¥${text}`;
}

/** Dispatch by field type, for template mappings stored as data (`{ key: 'thing1', type: 'thing' }`). */
export function toNoticeFieldValue(type: NoticeFieldType, value: string | number | Date): string {
  switch (type) {
    case 'time':
      return noticeTime(value instanceof Date ? value : new Date(value));
    case 'date':
      return noticeDate(value instanceof Date ? value : new Date(value));
    case 'amount':
      return noticeAmount(Number(value));
    case 'number':
      return noticeNumber(value instanceof Date ? value.getTime() : value);
    default: {
      const text = value instanceof Date ? noticeTime(value) : String(value);
      const byType: Record<Exclude<NoticeFieldType, 'time' | 'date' | 'amount' | 'number'>, (v: string) => string> = {
        thing: noticeThing,
        phrase: noticePhrase,
        name: noticeName,
        character_string: noticeCharacterString,
        letter: noticeLetter,
        symbol: noticeSymbol,
        phone_number: noticePhoneNumber,
      };
      return byType[type](text);
    }
  }
}
