// Specification: personal data on read paths (domain.md §8; issue 3 "shown only to the deputy, staff and unit
// handling the item, masked elsewhere"; hideIdentityFromUnit).
import { anonymousName, maskName, maskPhone, redactPublicText, submitterForViewer } from '../../core/domain/privacy';
import type { Role } from '../../core/domain/roles';
import { actorFor, itemIn } from './opinion/fixtures';

describe('masking', () => {
  test.each([
    ['13812345678', '138****5678'],
    [' 13812345678 ', '138****5678'],
    ['0531-88886666', '053****6666'],
    ['88886666', '****6666'],
    ['123', '***'],
  ])('phone %s → %s', (phone, masked) => expect(maskPhone(phone)).toBe(masked));

  test.each([
    ['张三丰', '张**'],
    ['李四', '李**'],
    ['欧阳娜娜', '欧**'],
    ['', '**'],
  ])('name %s → %s', (name, masked) => expect(maskName(name)).toBe(masked));

  test('anonymous stand-in names the village when given', () => {
    expect(anonymousName('城关村')).toBe('城关村群众');
    expect(anonymousName()).toBe('某村群众');
  });
});

describe('who sees the submitter', () => {
  const item = itemIn('inProgress');
  const cases: [string, Role, Record<string, string>, 'full' | 'masked' | 'hidden'][] = [
    ['the resident themself', 'resident', {}, 'full'],
    ['the item’s deputy', 'deputy', {}, 'full'],
    ['presidium staff', 'staff', {}, 'full'],
    ['the chair', 'chair', {}, 'full'],
    ['the handling unit', 'unitHandler', {}, 'full'],
    ['a co-unit', 'unitLeader', { unitId: 'unit-2' }, 'full'],
    ['a presidium member', 'presidiumMember', {}, 'masked'],
    ['a read-only viewer', 'viewer', {}, 'masked'],
    ['a station clerk who did not enter it', 'stationClerk', {}, 'masked'],
    ['another deputy', 'deputy', { id: 'dep-2' }, 'hidden'],
    ['another unit', 'unitHandler', { unitId: 'unit-9' }, 'hidden'],
    ['another resident', 'resident', { id: 'res-2' }, 'hidden'],
  ];
  test.each(cases)('%s (%s) → %s', (_n, role, overrides, access) => {
    const view = submitterForViewer(item, actorFor(role, overrides), '城关村');
    expect(view.access).toBe(access);
    if (access === 'full') expect(view).toMatchObject({ name: '张三丰', phone: '13812345678' });
    if (access === 'masked') expect(view).toMatchObject({ name: '张**', phone: '138****5678' });
    if (access === 'hidden') {
      expect(view.name).toBe('城关村群众');
      expect(view.phone).toBeUndefined();
    }
  });

  test('hideIdentityFromUnit hides the submitter from the unit, not from staff or the deputy', () => {
    const hidden = itemIn('inProgress', { hideIdentityFromUnit: true });
    expect(submitterForViewer(hidden, actorFor('unitHandler'), '城关村')).toMatchObject({
      access: 'hidden',
      name: '城关村群众',
    });
    expect(submitterForViewer(hidden, actorFor('unitHandler')).phone).toBeUndefined();
    expect(submitterForViewer(hidden, actorFor('staff')).access).toBe('full');
    expect(submitterForViewer(hidden, actorFor('deputy')).access).toBe('full');
  });
});

describe('public board redaction', () => {
  test.each([
    ['联系电话13812345678请回电', '联系电话[电话已隐去]请回电'],
    ['座机0531-88886666', '座机[电话已隐去]'],
    ['身份证370102199001011234号', '身份证[身份证号已隐去]号'],
    ['车牌鲁A12345停在路口', '车牌[车牌已隐去]停在路口'],
    ['住在幸福路8号楼3单元', '住在幸福路**号楼**单元'],
  ])('%s → %s', (input, output) => expect(redactPublicText(input)).toBe(output));
});
