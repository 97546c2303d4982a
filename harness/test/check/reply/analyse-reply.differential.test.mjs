// The check against the real stub: random vendor values, edge cases included, go through the
// device's CloudDB stub and the system's reader; the check's verdict on each reply (a thrown write,
// or which values changed in transit) must match what the system actually decoded. The oracle here
// knows nothing of the encoding: it only compares the vendor's value with the system's.
//
// 1,200 query pages, 300 lock results, 300 id lists and 300 service infos.
// Replay a failure with REPLY_DIFF_SEED=<seed printed in the failure>.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const { analyseReply } = require('../../../dist/check/reply/analyse-reply.js');
const { CloudDbStub } = require('../../../dist/stubs/cloud-db-stub.js');
const { CloudDbClient } = require('../../../dist/system/cloud-db-client.js');
const { CloudServiceStub } = require('../../../dist/stubs/cloud-service-stub.js');
const { CloudServiceClient } = require('../../../dist/system/cloud-service-client.js');

const SEED = Number(process.env.REPLY_DIFF_SEED ?? 20261205);
const QUERY_CASES = 1200;
const LOCK_CASES = 300;
const ID_CASES = 300;
const SERVICE_CASES = 300;

/** The rules that say "this value reached the system changed". */
const CHANGE_RULES = new Set([
  'number-changed-in-transit',
  'string-changed-in-transit',
  'int32-out-of-range',
  'asset-status-changed',
  'value-not-encodable'
]);

/** mulberry32: a small seeded generator, so a failing case can be replayed. */
function generator(seed) {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (n) => Math.floor(next() * n);
  const pick = (list) => list[int(list.length)];
  return { next, int, pick, chance: (p) => next() < p };
}

const NUMBERS = [
  0,
  -0,
  1,
  -1,
  42,
  0.5,
  1.5,
  -2.25,
  1e-7,
  5e-324,
  1e21,
  -1e21,
  1.5e300,
  Number.MAX_VALUE,
  NaN,
  Infinity,
  -Infinity,
  2 ** 31 - 1,
  2 ** 31,
  -(2 ** 31),
  -(2 ** 31) - 1,
  2 ** 32,
  2 ** 53 - 1,
  2 ** 53,
  2 ** 53 + 2,
  -(2 ** 53) - 2,
  2 ** 60,
  2 ** 63,
  -(2 ** 63),
  2 ** 64
];
const LONG = 'x'.repeat(40959);
const TOO_LONG = 'y'.repeat(40960);

function randomText(g) {
  const units = [];
  const length = g.int(12);
  for (let i = 0; i < length; i++) {
    units.push(g.pick([0x41 + g.int(26), 0x61 + g.int(26), 0x20, 0x0, 0xd800 + g.int(0x400), 0xdc00 + g.int(0x400), 0x4e2d, 0xe9]));
  }
  return String.fromCharCode(...units);
}

function randomString(g) {
  return g.pick([
    () => '',
    () => 'plain',
    () => 'left\u0000right',
    () => '\u0000',
    () => 'tail\u0000',
    () => '\ud800',
    () => 'x\udc00y',
    () => '\ud83d\ude00',
    () => randomText(g),
    () => randomText(g),
    () => (g.chance(0.3) ? LONG : 'short'),
    () => (g.chance(0.2) ? TOO_LONG : 'fine')
  ])();
}

function randomAsset(g) {
  const asset = {
    name: 'a.jpg',
    uri: 'cloud://a',
    path: '/a',
    createTime: '1',
    modifyTime: '2',
    size: '3',
    status: 2,
    assetId: 'id',
    hash: 'h'
  };
  const twist = g.int(10);
  if (twist === 0) asset.status = g.pick([0, -0, undefined, null, 1.5, 2 ** 31, NaN, 'x', false]);
  if (twist === 1) asset.name = g.pick(['n\u0000ame', '\ud800']);
  if (twist === 2) delete asset.hash;
  if (twist === 3) asset.size = g.pick([3, { nested: true }, null]);
  if (twist === 4) asset.uri = randomString(g);
  return asset;
}

function randomValue(g) {
  return g.pick([
    () => null,
    () => undefined,
    () => g.pick(NUMBERS),
    () => g.pick(NUMBERS),
    () => g.next() * 10 ** g.int(20),
    () => randomString(g),
    () => randomString(g),
    () => g.chance(0.5),
    () => Uint8Array.from({ length: g.int(40) }, () => g.int(256)),
    () => (g.chance(0.1) ? new Uint8Array(60000) : Buffer.from([1, 2, 3])),
    () => randomAsset(g),
    () => Array.from({ length: g.int(4) }, () => randomAsset(g)),
    () => (g.chance(0.05) ? Array.from({ length: 3000 }, () => randomAsset(g)) : [null]),
    () => new Date(0),
    () => new Map([['a', 1]]),
    () => 5n,
    () => ({ x: 1 }),
    () => new ArrayBuffer(4),
    () => new Float64Array(2)
  ])();
}

const KEYS = ['id', 'title', 'n', 'score', 'a b', 'ключ', 'k'];

function randomRow(g) {
  if (g.chance(0.04)) {
    return new Map([['id', 'm']]);
  }
  if (g.chance(0.02)) {
    return null;
  }
  const row = {};
  const count = g.int(5);
  for (let i = 0; i < count; i++) {
    row[g.pick(KEYS)] = randomValue(g);
  }
  return row;
}

function randomQueryResult(g) {
  if (g.chance(0.02)) {
    return g.pick([null, undefined, { code: '0' }, { code: 0 }, { code: 3 }]);
  }
  const nextCursor = g.chance(0.9) ? randomString(g) : g.pick([7, undefined]);
  const hasMore = g.chance(0.95) ? g.chance(0.5) : 'yes';
  const values = Array.from({ length: g.int(5) }, () => randomRow(g));
  return { code: 0, value: { nextCursor, hasMore, values } };
}

/** Whether the system's value `seen` is what the vendor's `sent` should arrive as. */
function sameNumber(sent, seen) {
  if (typeof seen === 'bigint') {
    return Number.isInteger(sent) && !Object.is(sent, -0) && BigInt(sent) === seen;
  }
  return Object.is(sent, seen);
}

const ASSET_STRINGS = ['name', 'uri', 'path', 'createTime', 'modifyTime', 'size', 'assetId', 'hash'];

/** Paths of `sent` (a vendor row value) that reached the system as something else; null when its shape did not arrive. */
function changedPaths(sent, seen, path) {
  if (sent === null || sent === undefined) {
    return seen === null ? [] : null;
  }
  if (typeof sent === 'number') {
    return typeof seen === 'number' || typeof seen === 'bigint' ? (sameNumber(sent, seen) ? [] : [path]) : null;
  }
  if (typeof sent === 'string') {
    return typeof seen === 'string' ? (seen === sent ? [] : [path]) : null;
  }
  if (typeof sent === 'boolean') {
    return seen === sent ? [] : null;
  }
  if (sent instanceof Uint8Array) {
    return seen instanceof Uint8Array && Buffer.compare(Buffer.from(seen), Buffer.from(sent)) === 0 ? [] : null;
  }
  if (Array.isArray(sent)) {
    if (!Array.isArray(seen) || seen.length !== sent.length) {
      return null;
    }
    const paths = [];
    for (let i = 0; i < sent.length; i++) {
      const inner = assetPaths(sent[i], seen[i], `${path}[${i}]`);
      if (inner === null) return null;
      paths.push(...inner);
    }
    return paths;
  }
  return assetPaths(sent, seen, path);
}

function assetPaths(sent, seen, path) {
  if (sent === null || typeof sent !== 'object' || seen === null || typeof seen !== 'object' || typeof sent.name !== 'string') {
    return null;
  }
  const paths = [];
  for (const key of ASSET_STRINGS) {
    if (typeof sent[key] !== 'string' || typeof seen[key] !== 'string') return null;
    if (sent[key] !== seen[key]) paths.push(`${path}.${key}`);
  }
  if (sent.status !== undefined && !Object.is(sent.status, seen.status) && !(sent.status === seen.status)) {
    paths.push(`${path}.status`);
  }
  return paths;
}

/** The oracle for a query: the changed paths when the system got the vendor's shape, else null (the reply was cut). */
function expectQuery(sent, reply) {
  if (!reply.ok || reply.unread !== 0 || sent === null || typeof sent !== 'object' || reply.value.code !== sent.code) {
    return null;
  }
  if (sent.code !== 0) {
    return [];
  }
  const page = sent.value;
  const seen = reply.value.value;
  if (
    page === null ||
    typeof page !== 'object' ||
    typeof page.nextCursor !== 'string' ||
    typeof page.hasMore !== 'boolean' ||
    !Array.isArray(page.values)
  ) {
    return null;
  }
  if (seen.hasMore !== page.hasMore || seen.values.length !== page.values.length) {
    return null;
  }
  const paths = seen.nextCursor === page.nextCursor ? [] : ['result.value.nextCursor'];
  for (let r = 0; r < page.values.length; r++) {
    const inner = rowPaths(page.values[r], seen.values[r], `result.value.values[${r}]`);
    if (inner === null) return null;
    paths.push(...inner);
  }
  return paths;
}

/** The changed paths of one row as the system decoded it, or null when its shape did not arrive. */
function rowPaths(row, got, base) {
  if (got === undefined) {
    return null;
  }
  if (row instanceof Map) {
    return Object.keys(got).length === 0 ? [base] : null;
  }
  if (row === null || typeof row !== 'object' || Object.keys(got).join('\u0001') !== Object.keys(row).join('\u0001')) {
    return null;
  }
  const paths = [];
  for (const key of Object.keys(row)) {
    const inner = changedPaths(row[key], got[key], `${base}.${key}`);
    if (inner === null) return null;
    paths.push(...inner);
  }
  return paths;
}

/**
 * Where a fatal issue names a row, the system must have read every row before it as the vendor
 * returned it, and not that row: the check names the row where the reply really broke.
 */
function checkFatalRow(returned, reply, analysis, context) {
  const match = /^result\.value\.values\[(\d+)\]/.exec(analysis.fatal?.field ?? '');
  if (match === null) {
    return 0;
  }
  const at = Number(match[1]);
  const rows = (reply.ok ? reply.value : reply.partial)?.value?.values ?? [];
  for (let r = 0; r < at; r++) {
    assert.notEqual(
      rowPaths(returned.value.values[r], rows[r], ''),
      null,
      `row ${r} before the fatal row ${at} arrived intact\n${context}`
    );
  }
  assert.equal(rowPaths(returned.value.values[at], rows[at], ''), null, `the fatal row ${at} did not arrive intact\n${context}`);
  return 1;
}

function verdict(analysis) {
  if (analysis.fatal !== undefined) {
    return null;
  }
  return [...new Set(analysis.issues.filter((issue) => CHANGE_RULES.has(issue.rule)).map((issue) => issue.field))].sort();
}

async function roundTrip(method, returned, send) {
  const db = { query: async () => returned, lock: async () => returned, generateId: async () => returned };
  const client = new CloudDbClient(new CloudDbStub('CloudDbProxy', db), { timeoutMs: 5000 });
  const reply = await send(client);
  const analysis = analyseReply(method, { writeLog: reply.transaction.writeLog, reply: reply.transaction.reply, returned });
  return { reply, analysis };
}

function describeCase(index, seed, returned, analysis) {
  let shown;
  try {
    shown = JSON.stringify(returned, (key, value) =>
      typeof value === 'bigint'
        ? `${value}n`
        : typeof value === 'string' && value.length > 60
          ? `${value.slice(0, 20)}…(${value.length})`
          : value
    );
  } catch {
    shown = String(returned);
  }
  return `seed ${seed}, case ${index}: ${shown}\nissues: ${analysis.issues.map((issue) => `${issue.rule}${issue.fatal ? '!' : ''} ${issue.field}`).join('; ')}`;
}

test(`query: the check's verdict matches what the system decoded, over ${QUERY_CASES} seeded values (seed ${SEED})`, async () => {
  const g = generator(SEED);
  let fatal = 0;
  let fatalRows = 0;
  let changed = 0;
  for (let index = 0; index < QUERY_CASES; index++) {
    const returned = randomQueryResult(g);
    const { reply, analysis } = await roundTrip('CloudDB.query', returned, (client) => client.query('t', [], 10, '0'));
    const expected = expectQuery(returned, reply);
    const got = verdict(analysis);
    assert.deepEqual(got, expected === null ? null : [...new Set(expected)].sort(), describeCase(index, SEED, returned, analysis));
    fatalRows += checkFatalRow(returned, reply, analysis, describeCase(index, SEED, returned, analysis));
    fatal += got === null ? 1 : 0;
    changed += got !== null && got.length > 0 ? 1 : 0;
  }
  // The generator must reach both verdicts often, or the comparison proves little.
  assert.ok(fatal > QUERY_CASES / 10, `${fatal} fatal cases`);
  assert.ok(changed > QUERY_CASES / 10, `${changed} cases with changed values`);
  assert.ok(fatalRows > QUERY_CASES / 20, `${fatalRows} fatal cases inside a row`);
});

test(`lock: thrown writes and int32 changes match the stub's failure and the system's values (seed ${SEED})`, async () => {
  const g = generator(SEED + 1);
  const pool = [...NUMBERS, '5', undefined, null, true];
  for (let index = 0; index < LOCK_CASES; index++) {
    const returned = g.chance(0.05) ? { code: 0 } : { code: 0, value: { interval: g.pick(pool), lockId: g.pick(pool) } };
    const { reply, analysis } = await roundTrip('CloudDB.lock', returned, (client) => client.lock());
    // lock has no try/catch: a write that throws rejects the handler.
    const expected =
      reply.transaction.stubError !== undefined
        ? null
        : ['interval', 'lockId'].filter((key) => reply.value.value[key] !== returned.value[key]).map((key) => `result.value.${key}`);
    assert.deepEqual(verdict(analysis), expected, describeCase(index, SEED + 1, returned, analysis));
  }
});

test(`generateId: NUL cuts and thrown writes match what the system decoded (seed ${SEED})`, async () => {
  const g = generator(SEED + 2);
  for (let index = 0; index < ID_CASES; index++) {
    const ids = Array.from({ length: g.int(6) }, () => (g.chance(0.9) ? randomString(g) : g.pick([1, undefined, null])));
    const returned = { code: 0, value: ids };
    const { reply, analysis } = await roundTrip('CloudDB.generateId', returned, (client) => client.generateId(ids.length));
    const expected =
      reply.transaction.stubError !== undefined
        ? null
        : ids.flatMap((id, i) => (reply.value.value[i] === id ? [] : [`result.value[${i}]`]));
    assert.deepEqual(verdict(analysis), expected, describeCase(index, SEED + 2, returned, analysis));
  }
});

test(`getServiceInfo: int64, int32 and string fields match what the system decoded (seed ${SEED})`, async () => {
  const g = generator(SEED + 3);
  const numbers = [...NUMBERS, '1', undefined];
  for (let index = 0; index < SERVICE_CASES; index++) {
    const returned = {
      enableCloud: g.chance(0.95) ? g.chance(0.5) : 1,
      id: g.chance(0.9) ? randomString(g) : null,
      totalSpace: g.pick(numbers),
      remainingSpace: g.pick(numbers),
      user: g.pick(numbers)
    };
    const service = { getServiceInfo: async () => returned };
    const reply = await new CloudServiceClient(new CloudServiceStub('CloudServiceProxy', service)).getServiceInfo();
    const analysis = analyseReply('CloudService.getServiceInfo', {
      writeLog: reply.transaction.writeLog,
      reply: reply.transaction.reply,
      returned
    });
    // getServiceInfo has no try/catch: a write that throws rejects the handler.
    let expected = null;
    if (reply.transaction.stubError === undefined) {
      const seen = reply.value;
      expected = [
        ...(seen.id === returned.id ? [] : ['result.id']),
        ...['totalSpace', 'remainingSpace'].filter((key) => !sameNumber(returned[key], seen[key])).map((key) => `result.${key}`),
        ...(seen.user === returned.user ? [] : ['result.user'])
      ].sort();
    }
    assert.deepEqual(verdict(analysis), expected, describeCase(index, SEED + 3, returned, analysis));
  }
});
