// Property: whatever a caller sends to any callable function (account, resident, deputy, presidium, unit) — random JSON, hostile field
// values, wrong envelopes — the answer is a coded result, never SYSTEM.INTERNAL, and a refused request writes
// nothing. Runs through the real bundles on local-cloud.
import fc from 'fast-check';
import { COMMANDS as CONTRACT_COMMANDS } from '../../core/contracts';
import { createWorld, opinion, type Who, type World } from './lifecycle-world';

let w: World;
beforeAll(async () => {
  w = await createWorld({ settings: { timeRules: { dailySubmissionLimit: 50 } } });
}, 60_000);

// Every command of every callable function, read from the contracts so a new command is covered the day it lands.
const COMMANDS: Record<string, string[]> = Object.fromEntries(
  Object.entries(CONTRACT_COMMANDS).map(([fn, commands]) => [fn, Object.keys(commands)]),
);
const FUNCTIONS = Object.keys(COMMANDS);

const hostileString = fc.oneof(
  fc.string({ maxLength: 30 }),
  fc.constantFrom(
    '',
    ' ',
    'd1',
    'v1',
    'u-v1',
    '$where',
    '{"$gt":""}',
    '../../etc',
    'cloud://x',
    'a'.repeat(5000),
    '😀'.repeat(21),
    '\u0000',
    '<script>',
  ),
);
const hostileValue = fc.oneof(
  hostileString,
  fc.integer(),
  fc.double(),
  fc.boolean(),
  fc.constant(null),
  fc.jsonValue({ maxDepth: 2 }),
  fc.constant({ $gt: '' }),
);
const fieldNames = fc.constantFrom(
  'itemId',
  'title',
  'content',
  'category',
  'photos',
  'place',
  'contactPhone',
  'publishConsent',
  'rating',
  'comment',
  'reason',
  'text',
  'unitId',
  'note',
  'result',
  'summary',
  'deputyView',
  'urgent',
  'channel',
  'submitterName',
  'villageId',
  'method',
  'tab',
  'cursor',
  'limit',
  'status',
  'deputyId',
  'scene',
  'displayName',
  'inviteCode',
  'templateKeys',
  'role',
  'refId',
  'validDays',
  'code',
  'expectedVersion',
  'leadUnitId',
  'coUnitIds',
  'dueDate',
  'requestedDueDate',
  'outcome',
  'milestones',
  'primaryItemId',
  'keyword',
  'timeRules',
  'date',
  '__proto__',
  'constructor',
);
const hostilePayload = fc.oneof(
  fc.jsonValue({ maxDepth: 3 }),
  fc.dictionary(fieldNames, hostileValue, { maxKeys: 8 }),
  // Nearly valid submissions with one field spoiled.
  fc
    .record({
      field: fc.constantFrom('title', 'content', 'category', 'photos', 'contactPhone', 'place'),
      value: hostileValue,
    })
    .map(({ field, value }) => ({ ...opinion(), [field]: value })),
);
const request = fc.record({
  fn: fc.constantFrom(...FUNCTIONS),
  pick: fc.nat(),
  who: fc.constantFrom<Who>('resident', 'deputy', 'staff', 'unit', 'visitor'),
  requestId: fc.oneof(fc.constant(undefined), fc.constant('valid-request-id-1'), hostileString),
  payload: hostilePayload,
  commandOverride: fc.option(hostileString, { nil: undefined }),
});

const WATCHED = [
  'items',
  'itemEvents',
  'outbox',
  'residents',
  'invites',
  'roleBindings',
  'subscriptionCredits',
  'counters',
];

async function snapshot(): Promise<number[]> {
  // Counting whole small collections in a test world: an empty filter is served without an index.
  return Promise.all(
    WATCHED.map(async (c) => Number(((await w.db.collection(c).count()) as { total?: number }).total ?? 0)),
  );
}

test('random and hostile payloads never give SYSTEM.INTERNAL nor write anything when refused', async () => {
  let runs = 0;
  await fc.assert(
    fc.asyncProperty(request, async ({ fn, pick, who, requestId, payload, commandOverride }) => {
      runs += 1;
      const commands = COMMANDS[fn]!;
      const command = commandOverride ?? commands[pick % commands.length]!;
      const before = await snapshot();
      const envelope = await w.call(
        fn,
        command,
        payload,
        who,
        requestId ?? `prop-${runs}-${Math.random().toString(36).slice(2)}`,
      );
      if (!envelope.ok) {
        expect(envelope.error.code).not.toBe('SYSTEM.INTERNAL');
        expect(typeof envelope.error.message).toBe('string');
        expect(await snapshot()).toEqual(before);
      }
    }),
    { numRuns: 300, seed: 20260302 },
  );
}, 240_000);
