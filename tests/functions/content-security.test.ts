// Content security through the real functions on local-cloud (issue 3, platform.md §6): msgSecCheck `review` is
// not a rejection but a flag staff filter on; every photo goes cloud file id → temporary URL → mediaCheckAsync v2
// and is shown only to the submitter and staff until the `wxa_media_check` push (delivered by local-cloud to the
// `mediaCheck` function on the next clock advance) says `pass`; a risky photo stays hidden and flags the item.
import { connectWxServerSdk } from '../support/cloud';
import { codeOf, createWorld, ok, opinion, rid, type World } from './lifecycle-world';

let w: World;
let okPhoto: string;
let riskyPhoto: string;

interface MediaCheckRow {
  traceId: string;
  mediaUrl: string;
  mediaType: number;
  openid: string;
  scene: number;
  state: string;
}

async function dev(method: 'GET' | 'POST', route: string, body?: unknown): Promise<Record<string, unknown>> {
  const res = await fetch(`${w.env.url}${route}`, {
    method,
    headers: { 'content-type': 'application/json' },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  if (!res.ok) throw new Error(`${route} → ${res.status}: ${await res.text()}`);
  return (await res.json()) as Record<string, unknown>;
}

const mediaChecks = async () =>
  (await dev('GET', `/_dev/media-checks?env=${w.env.name}`)).mediaChecks as MediaCheckRow[];

beforeAll(async () => {
  w = await createWorld();
  const cloud = connectWxServerSdk(w.env);
  const upload = async (cloudPath: string) =>
    (await cloud.uploadFile({ cloudPath, fileContent: Buffer.from(`photo ${cloudPath}`) })).fileID;
  okPhoto = await upload('opinions/streetlight.jpg');
  riskyPhoto = await upload('opinions/risky-poster.jpg');
}, 60_000);

describe('msgSecCheck review', () => {
  test('a text the check sends to review is stored, flagged textReview, and the queue filters on it', async () => {
    const plain = ok(await w.call('resident', 'submit', opinion({ title: '路灯不亮' }), 'resident', rid()));
    const { itemId } = ok(
      await w.call(
        'resident',
        'submit',
        opinion({ title: '垃圾清运', content: '广告说加微信领红包，垃圾却没人收。' }),
        'resident',
        rid(),
      ),
    );
    const detail = ok(await w.call('presidium', 'detail', { itemId }, 'staff'));
    expect(detail.contentFlags).toEqual([{ flag: 'textReview', label: '文字待人工复核' }]);
    expect(detail.contentFlagged).toBe(true);
    const flagged = ok(await w.call('presidium', 'queue', { flagged: true }, 'staff'));
    const ids = flagged.rows.map((r: { itemId: string }) => r.itemId);
    expect(ids).toContain(itemId);
    expect(ids).not.toContain(plain.itemId);
    // The resident sees no staff flag.
    const own = ok(await w.call('resident', 'detail', { itemId }, 'resident'));
    expect(own.contentFlags).toBeUndefined();
    expect(own.contentFlagged).toBeUndefined();
  });

  test('risky text is still refused with nothing stored', async () => {
    const before = await w.count('items', { townshipId: 'tw1' });
    const res = await w.call('resident', 'submit', opinion({ content: '村里有人赌博' }), 'resident', rid());
    expect(codeOf(res)).toBe('CONTENT.RISKY');
    expect(await w.count('items', { townshipId: 'tw1' })).toBe(before);
  });
});

describe('photos through the media check path', () => {
  let itemId: string;

  test('at submit each photo is sent as a temporary https URL (image, v2, scene, submitter openid) and stored pending', async () => {
    const before = (await mediaChecks()).length;
    ({ itemId } = ok(
      await w.call('resident', 'submit', opinion({ photos: [okPhoto, riskyPhoto] }), 'resident', rid()),
    ));
    const checks = (await mediaChecks()).slice(before);
    expect(checks).toHaveLength(2);
    for (const check of checks) {
      expect(check).toMatchObject({ mediaType: 2, openid: 'oid-res-1', scene: 3, state: 'pending' });
      expect(check.mediaUrl).toMatch(/^https?:\/\//);
      expect(check.mediaUrl).not.toContain('cloud://');
    }
    const staff = ok(await w.call('presidium', 'detail', { itemId }, 'staff'));
    expect(staff.photoChecks).toEqual([
      { fileId: okPhoto, check: 'pending' },
      { fileId: riskyPhoto, check: 'pending' },
    ]);
    expect(await w.count('mediaChecks', { _id: checks[0]!.traceId })).toBe(1);
  });

  test('until the result, only the submitter and staff see the photos', async () => {
    expect(ok(await w.call('resident', 'detail', { itemId }, 'resident')).photoUrls).toEqual([okPhoto, riskyPhoto]);
    expect(ok(await w.call('presidium', 'detail', { itemId }, 'staff')).photoUrls).toEqual([okPhoto, riskyPhoto]);
    expect(ok(await w.call('deputy', 'detail', { itemId }, 'deputy')).photoUrls).toEqual([]);
  });

  test('the wxa_media_check push arrives with the next clock advance: pass is shown, risky hidden and flagged', async () => {
    await w.env.advance(1000);
    const pending = (await mediaChecks()).filter((c) => c.state === 'pending');
    expect(pending).toEqual([]);
    expect(ok(await w.call('deputy', 'detail', { itemId }, 'deputy')).photoUrls).toEqual([okPhoto]);
    expect(ok(await w.call('resident', 'detail', { itemId }, 'resident')).photoUrls).toEqual([okPhoto, riskyPhoto]);
    const staff = ok(await w.call('presidium', 'detail', { itemId }, 'staff'));
    expect(staff.photoChecks).toEqual([
      { fileId: okPhoto, check: 'pass' },
      { fileId: riskyPhoto, check: 'risky' },
    ]);
    expect(staff.contentFlags).toEqual([{ flag: 'photoRisky', label: '图片违规已隐藏' }]);
    const flagged = ok(await w.call('presidium', 'queue', { flagged: true }, 'staff'));
    expect(flagged.rows.map((r: { itemId: string }) => r.itemId)).toContain(itemId);
    // The result is not a workflow step: the version staff saw still holds.
    expect(staff.version).toBe(1);
  });

  test('a repeated push changes nothing; a push forged by a mini-program caller is refused', async () => {
    const [check] = await mediaChecks();
    const forged = (await w.call('mediaCheck', '', {}, 'resident')) as unknown as { ok: boolean };
    expect(forged.ok).toBe(false);
    const res = await fetch(`${w.env.url}/functions/mediaCheck?env=${w.env.name}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-wx-openid': 'oid-res-1' },
      body: JSON.stringify({
        MsgType: 'event',
        Event: 'wxa_media_check',
        trace_id: check!.traceId,
        result: { suggest: 'pass' },
      }),
    });
    expect(((await res.json()) as { result: { ok: boolean } }).result.ok).toBe(false);
    const staff = ok(await w.call('presidium', 'detail', { itemId }, 'staff'));
    expect(staff.photoChecks[1]).toEqual({ fileId: riskyPhoto, check: 'risky' });
  });

  test('a deputy entering on behalf sends the photos too; the dev route resolves a check by hand', async () => {
    const before = (await mediaChecks()).length;
    const entered = ok(
      await w.call(
        'deputy',
        'enterOnBehalf',
        {
          ...opinion({ photos: [okPhoto] }),
          channel: 'receptionDay',
          submitterName: '张奶奶',
          villageId: 'v1',
          consentMode: 'verbal',
          relayMethod: 'phone',
        },
        'deputy',
        rid(),
      ),
    );
    const [check] = (await mediaChecks()).slice(before);
    expect(check).toMatchObject({ openid: 'oid-deputy-1', state: 'pending' });
    expect(ok(await w.call('presidium', 'detail', { itemId: entered.itemId }, 'staff')).photoChecks).toEqual([
      { fileId: okPhoto, check: 'pending' },
    ]);
    const delivered = await dev('POST', '/_dev/media-checks/deliver', {
      env: w.env.name,
      traceId: check!.traceId,
      suggest: 'review',
    });
    expect(delivered.delivered).toEqual([
      expect.objectContaining({ traceId: check!.traceId, functionName: 'mediaCheck', suggest: 'review', ok: true }),
    ]);
    const staff = ok(await w.call('presidium', 'detail', { itemId: entered.itemId }, 'staff'));
    expect(staff.photoChecks).toEqual([{ fileId: okPhoto, check: 'review' }]);
    expect(staff.contentFlags).toEqual([{ flag: 'photoReview', label: '图片待人工复核' }]);
    // The deputy entered it, so they still see it; another deputy's view (none here) would not.
    expect(ok(await w.call('deputy', 'detail', { itemId: entered.itemId }, 'deputy')).photoUrls).toEqual([okPhoto]);
  });

  test('a photo that cannot be sent (no such file) is stored unchecked and flagged, never lost', async () => {
    const missing = okPhoto.replace('streetlight', 'nowhere');
    const { itemId: id } = ok(await w.call('resident', 'submit', opinion({ photos: [missing] }), 'resident', rid()));
    const staff = ok(await w.call('presidium', 'detail', { itemId: id }, 'staff'));
    expect(staff.photoChecks).toEqual([{ fileId: missing, check: 'unchecked' }]);
    expect(staff.contentFlags).toEqual([{ flag: 'photoUnchecked', label: '图片未能送检' }]);
    expect(ok(await w.call('deputy', 'detail', { itemId: id }, 'deputy')).photoUrls).toEqual([]);
  });
});
