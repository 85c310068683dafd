// Specification: the boundary. Good payloads parse (with defaults applied); bad ones are refused with a Chinese
// message naming the problem; mutating commands need a request id; nothing thrown, whatever comes in.
import fc from 'fast-check';
import { COMMANDS, parseRequest, type CallableName } from '../../../core/contracts';

const RID = 'req-12345678';
const goodSubmit = {
  title: '村口路灯不亮',
  content: '城关村村口三盏路灯已坏一个月。',
  category: '基础设施',
  photos: ['cloud://env-1.abc/photos/1.jpg'],
  contactPhone: '13812345678',
};

function fail(fn: CallableName, raw: unknown) {
  const r = parseRequest(fn, raw);
  if (r.ok) throw new Error(`expected refusal, got ${JSON.stringify(r)}`);
  return r.error;
}

describe('resident.submit', () => {
  test('a good payload parses and gets defaults (not published, identity not hidden)', () => {
    const r = parseRequest('resident', { command: 'submit', requestId: RID, payload: goodSubmit });
    expect(r).toMatchObject({ ok: true, command: 'submit', requestId: RID, mutating: true });
    if (r.ok)
      expect(r.payload).toMatchObject({ publishConsent: false, hideIdentityFromUnit: false, title: '村口路灯不亮' });
  });

  test.each([
    ['title of 21 characters', { title: '路'.repeat(21) }, '标题不能超过20个字'],
    ['empty title', { title: '   ' }, '请填写标题'],
    ['content of 1001 characters', { content: '字'.repeat(1001) }, '内容不能超过1000个字'],
    ['10 photos', { photos: Array.from({ length: 10 }, (_, i) => `cloud://e/p${i}.jpg`) }, '最多上传9张图片'],
    ['a photo that is a URL', { photos: ['https://example.com/a.jpg'] }, '图片须先上传'],
    ['a bad phone', { contactPhone: '12345' }, '请填写正确的手机号或固定电话'],
    ['a number as title', { title: 42 }, '标题须为文字'],
  ])('%s → VALIDATION.INVALID', (_name, patch, message) => {
    const error = fail('resident', { command: 'submit', requestId: RID, payload: { ...goodSubmit, ...patch } });
    expect(error.code).toBe('VALIDATION.INVALID');
    expect(error.message).toBe(message);
  });

  test('20 characters counted as people see them: emoji count once', () => {
    const r = parseRequest('resident', {
      command: 'submit',
      requestId: RID,
      payload: { ...goodSubmit, title: '😀'.repeat(20) },
    });
    expect(r.ok).toBe(true);
  });

  test.each([
    ['missing', undefined, '缺少请求编号'],
    ['too short', 'abc', '请求编号无效'],
    ['too long', 'x'.repeat(65), '请求编号无效'],
  ])('a mutating command with the request id %s is refused', (_n, requestId, message) => {
    const raw =
      requestId === undefined
        ? { command: 'submit', payload: goodSubmit }
        : { command: 'submit', requestId, payload: goodSubmit };
    const error = fail('resident', raw);
    expect(error).toMatchObject({ code: 'VALIDATION.INVALID', message });
  });

  test('a query needs no request id', () => {
    expect(parseRequest('resident', { command: 'listMine', payload: {} })).toMatchObject({
      ok: true,
      payload: { limit: 20 },
    });
  });
});

describe('other commands', () => {
  test('unknown command → COMMAND.UNKNOWN, including prototype names', () => {
    expect(fail('resident', { command: 'dropDatabase', payload: {} }).code).toBe('COMMAND.UNKNOWN');
    expect(fail('resident', { command: 'constructor', payload: {} }).code).toBe('COMMAND.UNKNOWN');
    expect(fail('resident', { command: '__proto__', payload: {} }).code).toBe('COMMAND.UNKNOWN');
  });

  test.each([
    ['satisfied', true],
    ['basicallySatisfied', true],
    ['unsatisfied', true],
    ['good', false],
  ])('resident.evaluate rating %s accepted: %s', (rating, ok) => {
    expect(
      parseRequest('resident', { command: 'evaluate', requestId: RID, payload: { itemId: 'item-1', rating } }).ok,
    ).toBe(ok);
  });

  test.each([
    [{ limit: 50 }, true],
    [{ limit: 51 }, false],
    [{ limit: 0 }, false],
    [{ cursor: 'abc', limit: 10 }, true],
  ])('pagination %o accepted: %s', (page, ok) => {
    expect(parseRequest('resident', { command: 'listMine', payload: page }).ok).toBe(ok);
  });

  test('deputy.enterOnBehalf only with on-behalf channels', () => {
    const payload = { ...goodSubmit, channel: 'visit', submitterName: '李四', villageId: 'v-1' };
    expect(parseRequest('deputy', { command: 'enterOnBehalf', requestId: RID, payload })).toMatchObject({
      ok: true,
      payload: { consentMode: 'verbal', relayMethod: 'phone' },
    });
    expect(
      fail('deputy', { command: 'enterOnBehalf', requestId: RID, payload: { ...payload, channel: 'session' } }).message,
    ).toBe('渠道无效');
  });

  test('presidium.queue filters: date range must be ordered, dueWithinDays bounded', () => {
    expect(
      parseRequest('presidium', {
        command: 'queue',
        payload: {
          status: ['forwarded', 'registered'],
          overdue: true,
          dueWithinDays: 3,
          channel: ['online'],
          keyword: '路灯',
          from: '2026-01-01',
          to: '2026-03-31',
        },
      }).ok,
    ).toBe(true);
    expect(fail('presidium', { command: 'queue', payload: { from: '2026-04-01', to: '2026-03-31' } }).message).toBe(
      '开始日期不能晚于结束日期',
    );
    expect(fail('presidium', { command: 'queue', payload: { dueWithinDays: 366 } }).message).toBe('天数最多365');
    expect(fail('presidium', { command: 'queue', payload: { status: ['nope'] } }).message).toBe('状态无效');
  });

  test('presidium.notAccept outOfScope must name the competent body', () => {
    const base = { itemId: 'item-1', code: 'outOfScope', text: '属县级事权' };
    expect(fail('presidium', { command: 'notAccept', requestId: RID, payload: base }).message).toBe(
      '请写明有权处理的机关',
    );
    expect(
      parseRequest('presidium', {
        command: 'notAccept',
        requestId: RID,
        payload: { ...base, competentBody: '县交通运输局' },
      }).ok,
    ).toBe(true);
  });

  test('unit.submitReply planned needs a plan', () => {
    const base = { itemId: 'item-1', text: '列入明年计划', outcome: 'planned' };
    expect(fail('unit', { command: 'submitReply', requestId: RID, payload: base }).message).toBe(
      '列入计划的答复须填写计划',
    );
    expect(
      parseRequest('unit', { command: 'submitReply', requestId: RID, payload: { ...base, plan: '2027年立项' } }).ok,
    ).toBe(true);
  });

  test('the presidium planning commands are part of the presidium function', () => {
    expect(parseRequest('presidium', { command: 'previewDueAt', payload: { kind: 'suggestion' } })).toMatchObject({
      ok: true,
      payload: { purpose: 'assign', difficult: false },
    });
  });

  test('merge into itself is refused', () => {
    expect(
      fail('presidium', { command: 'merge', requestId: RID, payload: { itemId: 'a1', primaryItemId: 'a1' } }).message,
    ).toBe('不能与自身并案');
  });

  test('validation details list every issue with its path', () => {
    const error = fail('resident', { command: 'submit', requestId: RID, payload: { title: '', content: '' } });
    expect(error.details).toEqual(
      expect.arrayContaining([
        { path: 'payload.title', message: '请填写标题' },
        { path: 'payload.content', message: '请填写内容' },
      ]),
    );
  });
});

describe('property: hostile input never escapes as anything but a coded result', () => {
  const fns = Object.keys(COMMANDS) as CallableName[];
  const commandNames = fns.flatMap((fn) => Object.keys(COMMANDS[fn]));
  const hostile = fc.oneof(
    fc.anything(),
    fc.record({
      command: fc.constantFrom(...commandNames, '__proto__', 'toString'),
      requestId: fc.option(fc.string()),
      payload: fc.anything(),
    }),
    fc.record({
      command: fc.constantFrom(...commandNames),
      requestId: fc.constant(RID),
      payload: fc.dictionary(
        fc.constantFrom(
          'itemId',
          'title',
          'content',
          'photos',
          'rating',
          'limit',
          'status',
          '__proto__',
          'constructor',
        ),
        fc.anything(),
      ),
    }),
  );

  test('parseRequest is total and answers ok or a known validation/command code', () => {
    fc.assert(
      fc.property(fc.constantFrom(...fns), hostile, (fn, raw) => {
        const r = parseRequest(fn, raw);
        if (r.ok) return typeof r.command === 'string';
        expect(['VALIDATION.INVALID', 'COMMAND.UNKNOWN']).toContain(r.error.code);
        expect(typeof r.error.message).toBe('string');
        expect(r.error.message).toMatch(/[\u4e00-\u9fa5]/);
        return true;
      }),
      { numRuns: 2000 },
    );
  });

  test('a payload whose getter throws is a validation error, not a crash', () => {
    const evil = {
      command: 'submit',
      requestId: RID,
      get payload() {
        throw new Error('boom');
      },
    };
    expect(parseRequest('resident', evil)).toMatchObject({ ok: false, error: { code: 'VALIDATION.INVALID' } });
  });

  test('every mutating command refuses a missing request id', () => {
    for (const fn of fns) {
      for (const [command, def] of Object.entries(COMMANDS[fn])) {
        if (!def.mutating) continue;
        const r = parseRequest(fn, { command, payload: {} });
        expect(r).toMatchObject({ ok: false, error: { code: 'VALIDATION.INVALID', message: '缺少请求编号' } });
      }
    }
  });
});
