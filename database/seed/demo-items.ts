/**
 * Demo items for `npm start`: a handful of opinions in the states a township office sees every week, so the
 * queue, the inboxes and the statistics page have something to show on the first start.
 *
 * Why through the cloud functions and not as documents: every item then has what production gives it (its
 * timeline, registration number, deadlines, outbox rows and notices), and a change to the rules can never leave
 * the demo data in a state the rules would not produce. The calls are made with the dev identities, as the
 * mini-program makes them in local mode (`POST /functions/<name>` with `x-wx-openid`).
 *
 * Guarantees: runs only while the township has no items (a restart adds nothing); stops at the first refused call
 * and says which step it was; the dev resident submits at most three items, under the default daily limit (5).
 */
import { DEV_OPENIDS } from './dev-identities';

export interface FunctionCaller {
  (fn: string, command: string, payload: Record<string, unknown>, openid: string): Promise<Record<string, unknown>>;
}

/** Calls the functions of local-cloud at `url` in environment `env`, as local mode does. */
export function localFunctions(url: string, env: string): FunctionCaller {
  let n = 0;
  return async (fn, command, payload, openid) => {
    n += 1;
    const res = await fetch(`${url}/functions/${fn}?env=${encodeURIComponent(env)}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-wx-openid': openid },
      body: JSON.stringify({ command, payload, requestId: `demo-${Date.now().toString(36)}-${n}` }),
    });
    const body = (await res.json()) as {
      result?: { ok: boolean; data?: unknown; error?: { code: string; message: string } };
    };
    const result = body.result;
    if (!result?.ok) {
      const why = result?.error ? `${result.error.code} ${result.error.message}` : `HTTP ${res.status}`;
      throw new Error(`demo item: ${fn}.${command} was refused: ${why}`);
    }
    return (result.data ?? {}) as Record<string, unknown>;
  };
}

const ID = DEV_OPENIDS;
/** The demo township's 农业农村办公室 (database/seed/demo-township.ts: `qh-u-<office id>`). */
const AGRICULTURE_OFFICE = 'qh-u-nyb';
/** The seat community, where the dev resident lives and the dev deputy's station is. */
const SEAT_COMMUNITY = 'qh-v01';

interface DemoOpinion {
  title: string;
  content: string;
  category: string;
  place: string;
}

const OPINIONS = {
  streetLight: {
    title: '村口路灯不亮',
    content: '城关社区北口到小学的三盏路灯坏了一个多月，晚上孩子放学很危险，希望尽快修好。',
    category: '道路交通',
    place: '城关社区北口',
  },
  ditch: {
    title: '农田灌溉水渠堵塞',
    content: '北片农田的灌溉水渠被淤泥和杂草堵塞，春灌时水过不去，请组织清淤。',
    category: '水利设施',
    place: '城关社区北片农田',
  },
  speedBump: {
    title: '学校门口缺少减速带',
    content: '中心学校门口车速快，上下学时段车辆多，建议设置减速带和警示标志。',
    category: '道路交通',
    place: '中心学校门口',
  },
  bus: {
    title: '希望增加早班公交',
    content: '到县城的第一班公交七点半才发车，赶早班的群众很不方便，希望增加六点半的班次。',
    category: '民生服务',
    place: '城关客运站',
  },
  rubbish: {
    title: '垃圾清运不及时',
    content: '新街菜市场旁的垃圾箱经常满溢，清运车两三天才来一次，夏天气味很大。',
    category: '环境卫生',
    place: '新街菜市场',
  },
} satisfies Record<string, DemoOpinion>;

const assignment = {
  leadUnitId: AGRICULTURE_OFFICE,
  leaderInCharge: '分管副镇长',
  responsiblePerson: '农业农村办公室主任',
  contact: '农业农村办公室 100-0000-0001',
};

/** True when the township has no items yet (the presidium queue counts every status). */
export async function hasNoItems(call: FunctionCaller): Promise<boolean> {
  const queue = await call('presidium', 'queue', { limit: 1 }, ID.staff);
  const counts = (queue.countsByStatus ?? {}) as Record<string, number>;
  return Object.values(counts).every((n) => n === 0);
}

/** Makes the demo items; answers how many. */
export async function seedDemoItems(call: FunctionCaller, log: (line: string) => void): Promise<number> {
  const submit = async (o: DemoOpinion) => String((await call('resident', 'submit', { ...o }, ID.resident)).itemId);
  const onBehalf = async (o: DemoOpinion, submitterName: string) =>
    String(
      (
        await call(
          'deputy',
          'enterOnBehalf',
          { ...o, channel: 'receptionDay', submitterName, villageId: SEAT_COMMUNITY },
          ID.deputy,
        )
      ).itemId,
    );
  const forward = (itemId: string, summary: string) =>
    call('deputy', 'forwardToPresidium', { itemId, summary, deputyView: '情况属实，建议尽快办理' }, ID.deputy);
  const register = (itemId: string) => call('presidium', 'register', { itemId }, ID.staff);
  const assign = (itemId: string) => call('presidium', 'assign', { itemId, ...assignment }, ID.staff);

  // 1. The whole loop: forwarded, registered, assigned, answered, released, relayed, rated 满意.
  const light = await submit(OPINIONS.streetLight);
  await forward(light, '北口三盏路灯损坏一个多月');
  await register(light);
  await assign(light);
  await call('unit', 'sign', { itemId: light }, ID.unitHandler);
  await call(
    'unit',
    'submitReply',
    { itemId: light, text: '已安排电工更换三盏路灯并检修线路，现已恢复照明。', outcome: 'resolved' },
    ID.unitHandler,
  );
  await call('presidium', 'releaseReply', { itemId: light }, ID.staff);
  await call('deputy', 'relay', { itemId: light, method: 'inApp', note: '已告知群众' }, ID.deputy);
  await call('resident', 'evaluate', { itemId: light, rating: 'satisfied', comment: '修好了，谢谢' }, ID.resident);
  log('  路灯：办结，群众满意');

  // 2. With the unit: signed and in handling.
  const ditch = await onBehalf(OPINIONS.ditch, '张大爷');
  await forward(ditch, '北片灌溉水渠堵塞，影响春灌');
  await register(ditch);
  await assign(ditch);
  await call('unit', 'sign', { itemId: ditch }, ID.unitHandler);
  log('  水渠：已交办，单位办理中');

  // 3. Registered, waiting to be assigned.
  const bump = await submit(OPINIONS.speedBump);
  await forward(bump, '学校门口车速快，建议设减速带');
  await register(bump);
  log('  减速带：已登记，待交办');

  // 4. Forwarded by the deputy, in the presidium's queue.
  const bus = await onBehalf(OPINIONS.bus, '李阿姨');
  await forward(bus, '群众希望增加六点半早班公交');
  log('  公交：已转主席团，待登记');

  // 5. New in the deputy's inbox.
  await submit(OPINIONS.rubbish);
  log('  垃圾清运：待代表处理');
  return 5;
}
