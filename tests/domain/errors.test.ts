// Specification: every code has one Chinese message; anything thrown becomes a wire error without internals.
import { DomainError, ERROR_CODES, ERROR_MESSAGES, toWireError } from '../../core/domain/errors';

test('codes are namespaced AGGREGATE.NAME and messages are Chinese', () => {
  for (const code of ERROR_CODES) {
    expect(code).toMatch(/^[A-Z]+\.[A-Z_]+$/);
    expect(ERROR_MESSAGES[code]).toMatch(/[\u4e00-\u9fa5]/);
  }
});

test('a domain error keeps its code, message and details', () => {
  expect(toWireError(new DomainError('OPINION.VERSION_CONFLICT'))).toEqual({
    code: 'OPINION.VERSION_CONFLICT',
    message: ERROR_MESSAGES['OPINION.VERSION_CONFLICT'],
  });
  expect(toWireError(new DomainError('VALIDATION.INVALID', '标题不能超过20个字', [{ path: 'title' }]))).toEqual({
    code: 'VALIDATION.INVALID',
    message: '标题不能超过20个字',
    details: [{ path: 'title' }],
  });
});

test.each([new Error('ECONNRESET at socket 10.0.0.1'), 'a string', null, { code: 'OPINION.NOT_FOUND', stack: 'x' }])(
  'anything else (%p) becomes SYSTEM.INTERNAL with no internals',
  (thrown) => {
    const wire = toWireError(thrown);
    expect(wire).toEqual({ code: 'SYSTEM.INTERNAL', message: ERROR_MESSAGES['SYSTEM.INTERNAL'] });
  },
);
