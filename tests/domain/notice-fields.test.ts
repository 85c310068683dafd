// Subscription-message field values: each type against its platform limit (platform.md §5).
import {
  noticeAmount,
  noticeCharacterString,
  noticeDate,
  noticeLetter,
  noticeName,
  noticeNumber,
  noticePhoneNumber,
  noticePhrase,
  noticeSymbol,
  noticeThing,
  noticeTime,
  PHRASES,
  toNoticeFieldValue,
} from '../../core/domain/notice-fields';
import * as fc from 'fast-check';

const length = (s: string) => Array.from(s).length;

describe('thing: ≤ 20 characters, any mix, ellipsis inside the limit', () => {
  test.each([
    ['村口路灯不亮', '村口路灯不亮'],
    ['一二三四五六七八九十一二三四五六七八九十', '一二三四五六七八九十一二三四五六七八九十'], // exactly 20: untouched
    ['一二三四五六七八九十一二三四五六七八九十一', '一二三四五六七八九十一二三四五六七八九…'], // 21 → 19 + …
    ['Road 12 路灯 broken since May 2026', 'Road 12 路灯 broken s…'],
    ['  换行\n\t之后 \r\n 继续  ', '换行 之后 继续'],
    ['', '无'],
    ['   ', '无'],
  ])('%j → %j', (input, expected) => {
    expect(noticeThing(input)).toBe(expected);
    expect(length(noticeThing(input))).toBeLessThanOrEqual(20);
  });

  test('emoji and CJK extension characters count as one and are never split', () => {
    const value = '👍'.repeat(25); // 25 code points, 50 UTF-16 units
    expect(noticeThing(value)).toBe('👍'.repeat(19) + '…');
    expect(noticeThing('𠮷'.repeat(20))).toBe('𠮷'.repeat(20)); // 20 code points fit although .length is 40
  });

  test('property: any string gives a non-empty value of at most 20 code points without lone surrogates', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 60 }), (s) => {
        const out = noticeThing(s);
        return length(out) >= 1 && length(out) <= 20 && !/[\uD800-\uDBFF](?![\uDC00-\uDFFF])/.test(out);
      }),
    );
  });
});

describe('phrase: ≤ 5 Chinese characters only', () => {
  test.each([
    ['inProgress', '办理中'],
    ['submitted', '待代表处理'],
    ['reHandling', '重新办理中'],
    ['cannotResolve', '暂不能解决'],
    ['basicallySatisfied', '基本满意'],
    ['overdue', '已逾期'],
    ['已办结', '已办结'],
    ['办理中(2)', '办理中'], // symbols and digits stripped
    ['请尽快答复群众诉求', '请尽快答复'], // cut to 5
    ['OK', '有更新'], // nothing Chinese left
    ['__proto__', '有更新'], // not a code: prototype keys are not phrases
  ])('%j → %j', (input, expected) => {
    expect(noticePhrase(input)).toBe(expected);
  });

  test('every mapped phrase and every result is Chinese only and ≤ 5 characters', () => {
    for (const phrase of Object.values(PHRASES)) expect(phrase).toMatch(/^\p{Script=Han}{1,5}$/u);
    fc.assert(
      fc.property(fc.string({ maxLength: 30 }), (s) => {
        const out = noticePhrase(s);
        return length(out) <= 5 && /^\p{Script=Han}+$/u.test(out);
      }),
    );
  });
});

describe('name: ≤ 10 Chinese characters or ≤ 20 letters', () => {
  test.each([
    ['张三', '张三'],
    ['阿依古丽·买买提江·艾尔肯', '阿依古丽·买买提江·'], // 10 code points
    ['Wang Xiaoming', 'Wang Xiaoming'],
    ['Maximilian Alexander Smith', 'Maximilian Alexander'], // 20 letters and spaces
    ['Li3 Lei!', 'Li Lei'],
    ['123', '群众'],
  ])('%j → %j', (input, expected) => {
    expect(noticeName(input)).toBe(expected);
  });
});

describe('character_string, number, letter, symbol, phone_number', () => {
  test.each([
    [noticeCharacterString, '2026-0042', '2026-0042'],
    [noticeCharacterString, '编号 2026-0042', '2026-0042'],
    [noticeCharacterString, 'x'.repeat(40), 'x'.repeat(32)],
    [noticeNumber, '12.50', '12.50'],
    [noticeNumber, '共 3 件', '3'],
    [noticeNumber, '1'.repeat(40), '1'.repeat(32)],
    [noticeLetter, 'ABC-123 def', 'ABCdef'],
    [noticeSymbol, 'a%b&c*d#e@f!', '%&*#@'],
    [noticePhoneNumber, '电话：138-0013-8000', '138-0013-8000'],
    [noticePhoneNumber, '+86 (0531) 8888 8888 ext 12', '+86 (0531) 8888 8'],
  ] as [(v: string) => string, string, string][])('%p(%j) → %j', (fn, input, expected) => {
    expect(fn(input)).toBe(expected);
  });

  test('a numeric number keeps its decimals', () => {
    expect(noticeNumber(3.5)).toBe('3.5');
    expect(noticeNumber(42)).toBe('42');
  });
});

describe('time and date in Asia/Shanghai', () => {
  test.each([
    ['2026-03-01T07:01:00Z', '2026年3月1日 15:01', '2026年3月1日'],
    ['2026-12-31T17:00:00Z', '2027年1月1日 01:00', '2027年1月1日'], // already the new year in Shanghai
    ['2026-10-09T16:00:00Z', '2026年10月10日 00:00', '2026年10月10日'],
  ])('%s → %s / %s', (iso, time, date) => {
    expect(noticeTime(new Date(iso))).toBe(time);
    expect(noticeDate(new Date(iso))).toBe(date);
  });

  test('a due at 24:00 is shown as the day it closes', () => {
    expect(noticeDate(new Date('2026-10-09T16:00:00Z'), { dueBoundary: true })).toBe('2026年10月9日');
  });
});

describe('amount: currency symbol + ≤ 10 digits', () => {
  test.each([
    [0, '¥0.00'],
    [1234.5, '¥1234.50'],
    [99_999_999.99, '¥99999999.99'],
  ])('%d → %s', (input, expected) => {
    expect(noticeAmount(input)).toBe(expected);
  });

  test('amounts that need more than 10 digits, negatives and NaN are refused', () => {
    expect(() => noticeAmount(100_000_000)).toThrow(RangeError);
    expect(() => noticeAmount(-1)).toThrow(RangeError);
    expect(() => noticeAmount(Number.NaN)).toThrow(RangeError);
  });
});

describe('dispatch by template field type', () => {
  test.each([
    ['thing', '一二三四五六七八九十一二三四五六七八九十一', '一二三四五六七八九十一二三四五六七八九…'],
    ['phrase', 'closed', '已办结'],
    ['character_string', '2026-0042', '2026-0042'],
    ['time', new Date('2026-03-01T07:01:00Z'), '2026年3月1日 15:01'],
    ['date', new Date('2026-03-01T07:01:00Z'), '2026年3月1日'],
    ['amount', 5, '¥5.00'],
    ['number', 7, '7'],
  ] as const)('%s', (type, value, expected) => {
    expect(toNoticeFieldValue(type, value)).toBe(expected);
  });
});
