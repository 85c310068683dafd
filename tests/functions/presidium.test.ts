// The presidium function through the real bundle on local-cloud: registration, merge, not accepting, returning to
// the deputy, assignment with its deadline and cap, extension decisions, reply review, re-handling, settings.
import ExcelJS from 'exceljs';
import { assignForm, codeOf, createPresidiumWorld, ok, rid, type PresidiumWorld } from './presidium-world';

let w: PresidiumWorld;
beforeAll(async () => {
  w = await createPresidiumWorld();
}, 60_000);

describe('register', () => {
  test('gives the item the next number of the year, {year}-{seq}', async () => {
    const first = await w.forwarded();
    const second = await w.forwarded();
    const a = ok(await w.call('presidium', 'register', { itemId: first, isKey: true }, 'staff', rid()));
    const b = ok(await w.call('presidium', 'register', { itemId: second, category: '环境卫生' }, 'staff', rid()));
    expect(a).toMatchObject({ itemId: first, status: 'registered' });
    expect(a.registrationNumber).toMatch(/^2026-\d{4}$/);
    expect(Number(b.registrationNumber.slice(5))).toBe(Number(a.registrationNumber.slice(5)) + 1);
    expect(await w.item(second)).toMatchObject({ category: '环境卫生', registrationNumber: b.registrationNumber });
    expect((await w.item(first)).isKey).toBe(true);
  });

  test('a category outside the township list is refused and consumes no number', async () => {
    const itemId = await w.forwarded();
    const res = await w.call('presidium', 'register', { itemId, category: '不存在的类别' }, 'staff', rid());
    expect(codeOf(res)).toBe('VALIDATION.INVALID');
    expect((await w.item(itemId)).status).toBe('forwarded');
  });
});

describe('merge', () => {
  test('the duplicate joins the primary; every resident concerned is told', async () => {
    const primary = await w.registered();
    const earlier = await w.forwarded({}, 'otherResident');
    const duplicate = await w.forwarded();
    // `earlier` was merged into `duplicate` before; merging `duplicate` carries it along.
    ok(await w.call('presidium', 'merge', { itemId: earlier, primaryItemId: duplicate }, 'staff', rid()));
    const res = ok(await w.call('presidium', 'merge', { itemId: duplicate, primaryItemId: primary }, 'staff', rid()));
    expect(res).toMatchObject({ status: 'merged', primaryItemId: primary });
    expect((await w.item(primary)).mergedItemIds.sort()).toEqual([duplicate, earlier].sort());
    expect(await w.count('outbox', { itemId: duplicate, kind: 'itemMerged' })).toBe(1);
    expect(await w.count('outbox', { itemId: earlier, kind: 'itemMerged' })).toBe(2);
    const row = ok(await w.call('presidium', 'detail', { itemId: primary }, 'staff'));
    expect(row.peopleCount).toBe(3);
  });

  test('into a closed or missing primary: OPINION.MERGE_TARGET_INVALID, nothing written', async () => {
    const itemId = await w.forwarded();
    const closed = await w.forwarded();
    ok(
      await w.call(
        'presidium',
        'notAccept',
        { itemId: closed, code: 'personalMatter', text: '属个人事务' },
        'staff',
        rid(),
      ),
    );
    for (const primaryItemId of [closed, 'no-such-item']) {
      expect(codeOf(await w.call('presidium', 'merge', { itemId, primaryItemId }, 'staff', rid()))).toBe(
        'OPINION.MERGE_TARGET_INVALID',
      );
    }
    expect((await w.item(itemId)).status).toBe('forwarded');
  });
});

describe('not accepting and returning', () => {
  test('notAccept outOfScope needs the competent body, which the resident sees', async () => {
    const itemId = await w.forwarded();
    expect(
      codeOf(
        await w.call('presidium', 'notAccept', { itemId, code: 'outOfScope', text: '属上级职权' }, 'staff', rid()),
      ),
    ).toBe('VALIDATION.INVALID');
    ok(
      await w.call(
        'presidium',
        'notAccept',
        { itemId, code: 'outOfScope', competentBody: '县自然资源局', text: '属上级职权' },
        'staff',
        rid(),
      ),
    );
    const seen = ok(await w.call('resident', 'detail', { itemId }, 'resident'));
    expect(seen.status).toBe('notAccepted');
    expect(seen.timeline.at(-1).text).toContain('县自然资源局');
    expect(await w.count('outbox', { itemId, kind: 'itemNotAccepted' })).toBe(1);
  });

  test('returnToDeputy sends it back to submitted with the question', async () => {
    const itemId = await w.forwarded();
    const res = ok(await w.call('presidium', 'returnToDeputy', { itemId, question: '请补充具体位置' }, 'staff', rid()));
    expect(res.status).toBe('submitted');
    expect((await w.item(itemId)).returnQuestion).toBe('请补充具体位置');
  });
});

describe('handling to the end', () => {
  test('reply review, send back, release; 不满意 → re-handling (1 month) → closeWithExplanation by the chair', async () => {
    const itemId = await w.signed();
    ok(
      await w.call(
        'unit',
        'addProgressNote',
        { itemId, note: '与群众见面了解情况', contactType: 'faceToFace' },
        'unit',
        rid(),
      ),
    );
    expect(
      codeOf(
        await w.call(
          'unit',
          'submitReply',
          { itemId, text: '已列入计划', outcome: 'planned', plan: '明年修路' },
          'unit',
          rid(),
        ),
      ),
    ).toBe('OPINION.PLAN_REQUIRED');
    ok(await w.call('unit', 'submitReply', { itemId, text: '路灯已更换', outcome: 'resolved' }, 'unit', rid()));
    expect(ok(await w.call('presidium', 'sendBack', { itemId, reason: '请写明更换时间' }, 'staff', rid())).status).toBe(
      'inProgress',
    );
    ok(await w.call('unit', 'submitReply', { itemId, text: '3月5日已更换路灯', outcome: 'resolved' }, 'unit', rid()));
    expect(ok(await w.call('presidium', 'releaseReply', { itemId }, 'staff', rid())).status).toBe('awaitingEvaluation');
    ok(await w.call('resident', 'evaluate', { itemId, rating: 'unsatisfied', comment: '还是不亮' }, 'resident', rid()));
    expect((await w.item(itemId)).status).toBe('reHandleReview');
    const re = ok(await w.call('presidium', 'reHandle', assignForm(itemId, { reason: '群众不满意' }), 'staff', rid()));
    expect(re).toMatchObject({ status: 'reHandling', dueAt: '2026-04-02T16:00:00.000Z' }); // 1 month from Mar 2
    ok(await w.call('unit', 'submitReply', { itemId, text: '线路已整体更换', outcome: 'resolved' }, 'unit', rid()));
    ok(await w.call('presidium', 'releaseReply', { itemId }, 'staff', rid()));
    ok(await w.call('resident', 'evaluate', { itemId, rating: 'unsatisfied', comment: '仍有问题' }, 'resident', rid()));
    expect(codeOf(await w.call('presidium', 'reHandle', assignForm(itemId, { reason: '再办' }), 'staff', rid()))).toBe(
      'OPINION.REHANDLE_LIMIT',
    );
    expect(
      codeOf(await w.call('presidium', 'closeWithExplanation', { itemId, reason: '已尽力' }, 'staff', rid())),
    ).toBe('AUTH.FORBIDDEN');
    expect(
      ok(
        await w.call(
          'presidium',
          'closeWithExplanation',
          { itemId, reason: '受条件限制，已向群众说明' },
          'chair',
          rid(),
        ),
      ).status,
    ).toBe('closed');
  }, 60_000);
});

describe('settings', () => {
  test('a time rule beyond the statutory cap is refused with SETTINGS.EXCEEDS_CAP and nothing changes', async () => {
    const before = ok(await w.call('presidium', 'getSettings', {}, 'staff'));
    const res = await w.call('presidium', 'updateSettings', { timeRules: { handlingCapMonths: 4 } }, 'staff', rid());
    expect(codeOf(res)).toBe('SETTINGS.EXCEEDS_CAP');
    expect(codeOf(await w.call('presidium', 'updateSettings', { timeRules: { noSuchRule: 3 } }, 'staff', rid()))).toBe(
      'VALIDATION.INVALID',
    );
    expect(ok(await w.call('presidium', 'getSettings', {}, 'staff'))).toEqual(before);
  });

  test('categories and a tighter limit are saved and read back', async () => {
    const saved = ok(
      await w.call(
        'presidium',
        'updateSettings',
        { categories: ['道路交通', '环境卫生', '其他'], timeRules: { reHandlingMonths: 2 } },
        'staff',
        rid(),
      ),
    );
    expect(saved.categories).toEqual(['道路交通', '环境卫生', '其他']);
    expect(saved.timeRules.reHandlingMonths).toBe(2);
    expect(saved.timeRules.dailySubmissionLimit).toBe(100); // keys not sent are kept
    expect(ok(await w.call('presidium', 'getSettings', {}, 'chair'))).toEqual(saved);
    ok(
      await w.call(
        'presidium',
        'updateSettings',
        { categories: ['道路交通', '环境卫生', '教育医疗', '其他'], timeRules: { reHandlingMonths: 1 } },
        'staff',
        rid(),
      ),
    );
  });
});

describe('queue', () => {
  test('filters, counts per status and a cursor that neither skips nor repeats', async () => {
    const water = await w.registered({ title: '水渠堵塞无人管', category: '环境卫生' });
    ok(
      await w.call('presidium', 'assign', assignForm(water, { leadUnitId: 'u-water', coUnitIds: [] }), 'staff', rid()),
    );
    const page1 = ok(await w.call('presidium', 'queue', { limit: 3 }, 'staff'));
    expect(page1.rows).toHaveLength(3);
    expect(page1.countsByStatus.assigned).toBeGreaterThan(0);
    const seen = new Set<string>(page1.rows.map((r: { itemId: string }) => r.itemId));
    let cursor = page1.nextCursor;
    while (cursor) {
      const page = ok(await w.call('presidium', 'queue', { limit: 3, cursor }, 'staff'));
      for (const r of page.rows) {
        expect(seen.has(r.itemId)).toBe(false);
        seen.add(r.itemId);
      }
      cursor = page.nextCursor;
    }
    const total = Object.values(page1.countsByStatus as Record<string, number>).reduce((a, b) => a + b, 0);
    expect(seen.size).toBe(total);

    const byUnit = ok(await w.call('presidium', 'queue', { unitId: 'u-water' }, 'staff'));
    expect(byUnit.rows.map((r: { itemId: string }) => r.itemId)).toContain(water);
    expect(byUnit.rows.every((r: { leadUnitName: string }) => r.leadUnitName === '水利站')).toBe(true);
    const byKeyword = ok(await w.call('presidium', 'queue', { keyword: '水渠' }, 'staff'));
    expect(byKeyword.rows.map((r: { itemId: string }) => r.itemId)).toEqual([water]);
    const byCategory = ok(await w.call('presidium', 'queue', { category: '环境卫生', status: ['assigned'] }, 'staff'));
    expect(byCategory.rows.map((r: { itemId: string }) => r.itemId)).toEqual([water]);
    const dueSoon = ok(await w.call('presidium', 'queue', { dueWithinDays: 40, sort: 'dueAt', order: 'asc' }, 'staff'));
    expect(dueSoon.rows.map((r: { itemId: string }) => r.itemId)).toContain(water);
    expect(ok(await w.call('presidium', 'queue', { overdue: true }, 'staff')).rows).toEqual([]);
  }, 60_000);

  test('statistics for the year answer the §7 figures', async () => {
    const stats = ok(await w.call('presidium', 'statistics', { from: '2026-01-01', to: '2026-12-31' }, 'staff'));
    expect(stats.truncated).toBe(false);
    expect(stats.report.received).toBeGreaterThan(0);
    expect(stats.report.assignedCount).toBeGreaterThan(0);
    // Every deputy and unit in the tables comes with its name, read from the directory.
    expect(stats.report.byDeputy.length).toBeGreaterThan(0);
    expect(stats.report.byUnit.length).toBeGreaterThan(0);
    for (const row of stats.report.byDeputy) expect(stats.names.deputies[row.deputyId]).toMatch(/\S/);
    for (const row of stats.report.byUnit) expect(stats.names.units[row.unitId]).toMatch(/\S/);
  });

  test('the export is the same figures in an Excel file, logged once however often it is retried', async () => {
    const period = { from: '2026-01-01', to: '2026-12-31' };
    const stats = ok(await w.call('presidium', 'statistics', period, 'staff'));
    const logged = await w.count('exportLog', {});
    const requestId = rid();
    const first = ok(await w.call('presidium', 'exportStatistics', period, 'staff', requestId));
    expect(first.fileName).toBe('意见建议办理统计_2026-01-01_2026-12-31.xlsx');
    expect(first.fileID).toMatch(/^cloud:\/\/.+\.xlsx$/);

    const res = await fetch(first.url);
    expect(res.status).toBe(200);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(await res.arrayBuffer());
    expect(book.worksheets.map((s) => s.name)).toEqual(['总体情况', '代表', '承办单位']);
    const values = (sheet: string) =>
      book
        .getWorksheet(sheet)!
        .getSheetValues()
        .filter(Boolean)
        .map((row) => (row as unknown[]).slice(1));
    const overview = values('总体情况');
    expect(overview[0]?.[0]).toBe('代表意见建议办理情况统计：总体情况');
    expect(overview[1]?.[0]).toBe('统计期间：2026-01-01 至 2026-12-31');
    const figure = (label: string) => overview.find((row) => row[0] === label);
    expect(figure('收件数')?.[1]).toBe(stats.report.received);
    expect(figure('交办数')?.[1]).toBe(stats.report.assignedCount);
    const closure = stats.report.closureRate;
    expect(figure('办结率')).toEqual(['办结率', closure.rate ?? '—', `${closure.numerator}/${closure.denominator}`]);
    // One row per unit in the report, under its name.
    const unitNames = values('承办单位').map((row) => row[0]);
    for (const u of stats.report.byUnit) expect(unitNames).toContain(stats.names.units[u.unitId]);

    // A retry answers the first file and writes no second log row.
    const again = ok(await w.call('presidium', 'exportStatistics', period, 'staff', requestId));
    expect(again).toEqual(first);
    expect(await w.count('exportLog', {})).toBe(logged + 1);
  });

  test('exports are for staff and the chair: a presidium member is refused and nothing is logged', async () => {
    const before = await w.count('exportLog', {});
    const res = await w.call(
      'presidium',
      'exportStatistics',
      { from: '2026-01-01', to: '2026-12-31' },
      'member',
      rid(),
    );
    expect(codeOf(res)).toBe('AUTH.FORBIDDEN');
    const bad = await w.call('presidium', 'exportStatistics', { from: '2026-12-31', to: '2026-01-01' }, 'staff', rid());
    expect(codeOf(bad)).toBe('VALIDATION.INVALID');
    expect(await w.count('exportLog', {})).toBe(before);
  });
});
