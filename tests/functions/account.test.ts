// The account function through the real bundle: whoami and tabs, registration, deputy link (picker and QR scene),
// invites (issue, bind once, revoke, expire, list) and subscription credits.
import { IDS, OPENID, codeOf, createWorld, ok, rid, type World } from './lifecycle-world';

let w: World;
beforeAll(async () => {
  w = await createWorld();
}, 60_000);

describe('whoami', () => {
  test.each([
    ['resident', ['resident']],
    ['deputy', ['deputy']],
    ['staff', ['presidium']],
    ['unit', ['unit']],
    ['visitor', ['resident']],
  ] as const)('%s sees tabs %j', async (who, tabs) => {
    const me = ok(await w.call('account', 'whoami', {}, who));
    expect(me.tabs).toEqual(tabs);
    expect(me.registered).toBe(who !== 'visitor');
  });

  test('a resident gets their profile and linked deputy with a masked phone', async () => {
    const me = ok(await w.call('account', 'whoami', {}, 'resident'));
    expect(me.resident).toMatchObject({ residentId: IDS.resident1, villageId: 'v1', linkedDeputyId: 'd1' });
    expect(me.linkedDeputy).toMatchObject({ name: '王建国', phone: '138****1111', stationName: '青禾镇代表之家' });
  });
});

describe('registration and linking', () => {
  test('a visitor lists villages, picks a station deputy and registers; the openid comes from the context only', async () => {
    const visitor = { openid: 'oid-new-visitor' };
    const { villages } = ok(await w.call('account', 'listVillages', {}, visitor));
    expect(villages.map((v: { name: string }) => v.name)).toEqual(['柳塘村', '新街社区']);
    const { deputies } = ok(await w.call('account', 'listStationDeputies', { villageId: 'v2' }, visitor));
    expect(deputies).toHaveLength(2);
    for (const d of deputies) expect(d.phone).toMatch(/^\d{3}\*{4}\d{4}$/);
    const me = ok(
      await w.call(
        'account',
        'registerResident',
        { displayName: '新居民', villageId: 'v2', linkedDeputyId: 'd2', openid: 'oid-resident' },
        visitor,
        rid(),
      ),
    );
    expect(me.tabs).toEqual(['resident']);
    expect(me.resident).toMatchObject({ residentId: 'r-oid-new-visitor', villageId: 'v2', linkedDeputyId: 'd2' });
    // Registering again moves the village and keeps one document.
    ok(await w.call('account', 'registerResident', { displayName: '新居民', villageId: 'v1' }, visitor, rid()));
    expect(await w.count('residents', { openid: 'oid-new-visitor' })).toBe(1);
  });

  test('an unknown village is refused', async () => {
    expect(
      codeOf(
        await w.call(
          'account',
          'registerResident',
          { displayName: '某人', villageId: 'nope' },
          { openid: 'oid-x' },
          rid(),
        ),
      ),
    ).toBe('DIRECTORY.NOT_FOUND');
  });

  test('a resident changes their deputy by picker and by QR scene', async () => {
    expect(ok(await w.call('account', 'linkDeputy', { deputyId: 'd2' }, 'otherResident', rid()))).toEqual({
      linkedDeputyId: 'd2',
    });
    const scene = ok(await w.call('account', 'resolveScene', { scene: 'dq-d1' }, 'otherResident'));
    expect(scene).toMatchObject({ kind: 'deputy', deputy: { deputyId: 'd1' } });
    expect(
      ok(await w.call('account', 'linkDeputyByScene', { scene: 'dq-d1' }, 'otherResident', rid())).linkedDeputyId,
    ).toBe('d1');
    expect(codeOf(await w.call('account', 'linkDeputyByScene', { scene: 'nope' }, 'otherResident', rid()))).toBe(
      'DIRECTORY.NOT_FOUND',
    );
    expect(codeOf(await w.call('account', 'linkDeputy', { deputyId: 'd2' }, 'visitor', rid()))).toBe(
      'AUTH.NOT_REGISTERED',
    );
  });

  test('a station scene lists the station deputies', async () => {
    const scene = ok(await w.call('account', 'resolveScene', { scene: 'st-home' }, 'visitor'));
    expect(scene.kind).toBe('station');
    expect(scene.deputies).toHaveLength(2);
  });
});

describe('invites', () => {
  test('staff issue a code; it binds once, records the binding and the person gets the deputy tab', async () => {
    const invite = ok(
      await w.call('account', 'issueInvite', { role: 'deputy', refId: 'd2', validDays: 3 }, 'staff', rid()),
    );
    expect(invite).toMatchObject({ role: 'deputy', refId: 'd2', personName: '李秀兰', state: 'usable' });
    const bound = ok(
      await w.call('account', 'bindRole', { inviteCode: invite.code }, { openid: 'oid-new-deputy' }, rid()),
    );
    expect(bound.role).toBe('deputy');
    expect(bound.whoami.tabs).toEqual(['deputy']);
    expect(
      codeOf(await w.call('account', 'bindInvite', { inviteCode: invite.code }, { openid: 'oid-someone-else' }, rid())),
    ).toBe('INVITE.USED');
    expect(await w.count('roleBindings', { openid: 'oid-new-deputy' })).toBe(1);
  });

  test('revoked and expired codes are refused with their own codes', async () => {
    const a = ok(
      await w.call('account', 'issueInvite', { role: 'unitHandler', refId: 'us-office', validDays: 1 }, 'staff', rid()),
    );
    expect(ok(await w.call('account', 'revokeInvite', { code: a.code }, 'chair', rid())).state).toBe('revoked');
    expect(codeOf(await w.call('account', 'bindRole', { inviteCode: a.code }, { openid: 'oid-u2' }, rid()))).toBe(
      'INVITE.REVOKED',
    );
    const world = await createWorld();
    const b = ok(
      await world.call('account', 'issueInvite', { role: 'staff', refId: 'of-staff', validDays: 1 }, 'staff', rid()),
    );
    await world.env.advance(2 * 86_400_000);
    expect(codeOf(await world.call('account', 'bindRole', { inviteCode: b.code }, { openid: 'oid-s2' }, rid()))).toBe(
      'INVITE.EXPIRED',
    );
    expect(
      codeOf(await world.call('account', 'bindRole', { inviteCode: 'ZZZZZZZZ' }, { openid: 'oid-s2' }, rid())),
    ).toBe('INVITE.NOT_FOUND');
  }, 60_000);

  test('only presidium staff and the chair manage invites; list pages newest first', async () => {
    for (const who of ['resident', 'deputy', 'unit'] as const) {
      expect(codeOf(await w.call('account', 'issueInvite', { role: 'deputy', refId: 'd1' }, who, rid()))).toBe(
        'AUTH.FORBIDDEN',
      );
      expect(codeOf(await w.call('account', 'listInvites', {}, who))).toBe('AUTH.FORBIDDEN');
    }
    expect(codeOf(await w.call('account', 'issueInvite', { role: 'deputy', refId: 'nobody' }, 'staff', rid()))).toBe(
      'DIRECTORY.NOT_FOUND',
    );
    const page1 = ok(await w.call('account', 'listInvites', { limit: 1 }, 'staff'));
    expect(page1.rows).toHaveLength(1);
    expect(page1.nextCursor).toBeDefined();
    const page2 = ok(await w.call('account', 'listInvites', { limit: 1, cursor: page1.nextCursor }, 'staff'));
    expect(page2.rows[0].code).not.toBe(page1.rows[0].code);
  });
});

test('recordSubscriptions adds one credit per accepted template, once per request id', async () => {
  const requestId = rid();
  expect(
    ok(
      await w.call(
        'account',
        'recordSubscriptions',
        { templateKeys: ['replyAvailable', 'itemClosed'] },
        'resident',
        requestId,
      ),
    ).credits,
  ).toEqual({
    replyAvailable: 1,
    itemClosed: 1,
  });
  ok(
    await w.call(
      'account',
      'recordSubscriptions',
      { templateKeys: ['replyAvailable', 'itemClosed'] },
      'resident',
      requestId,
    ),
  );
  expect(
    ok(await w.call('account', 'recordSubscriptions', { templateKeys: ['replyAvailable'] }, 'resident', rid())).credits,
  ).toEqual({ replyAvailable: 2 });
  expect(
    codeOf(await w.call('account', 'recordSubscriptions', { templateKeys: ['bad key!'] }, 'resident', rid())),
  ).toBe('VALIDATION.INVALID');
  void OPENID;
});
