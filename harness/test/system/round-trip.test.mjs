// Round-trip properties: random rows go through the CloudDB stub and back, and what the system
// decodes must equal what the device would deliver. The oracle below is written from the encoding
// rules of cloud_extension_stub.js (436-513 out, 551-600 in) and the MessageSequence conversions
// (writeLong: truncate toward zero, saturate to int64, NaN/Infinity to 0; readLong: an int64 read
// into a double), not from the harness's code.
//
// Seed: ROUND_TRIP_SEED=<n> to replay a run; every failure message names the seed.
import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import { describe, it } from 'node:test';

const require = createRequire(import.meta.url);
const { connect } = require('ohos-cloud-extension-harness');

const ROWS_PER_RUN = 600;
const seed = Number(process.env.ROUND_TRIP_SEED ?? Date.now() % 2 ** 31);

/** mulberry32: a small seeded PRNG giving floats in [0, 1). */
function prng(start) {
  let state = start >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const INT64_MAX = 2n ** 63n - 1n;
const INT64_MIN = -(2n ** 63n);

// ---- The oracle: what the device delivers ------------------------------------------------------

/** An int64 as the system reads it: a number when exact, else a bigint. */
function asSystemInt64(wide) {
  const n = Number(wide);
  return Number.isSafeInteger(n) ? n : wide;
}

/** writeLong's ToInt64: non-finite → 0, truncate toward zero, saturate. */
function toInt64(x) {
  if (!Number.isFinite(x)) return 0n;
  const t = Math.trunc(x);
  if (t >= 2 ** 63) return INT64_MAX;
  if (t < -(2 ** 63)) return INT64_MIN;
  return BigInt(t);
}

/** writeInt's ToInt32. */
const toInt32 = (x) => (Number.isFinite(x) ? Number(BigInt.asIntN(32, BigInt(Math.trunc(x)))) : 0);

/** A JS number as the stub writes it and the system reads it (stub.js:446-454). */
function stubNumber(x) {
  if (String(x).includes('.')) return x; // REAL: the double itself
  return asSystemInt64(toInt64(x)); // NUMBER: int64
}

/**
 * A string as the stub's writeString sends it: the device copies the JS string into a char16_t
 * array and passes that to WriteString16, which builds a std::u16string from the pointer, so the
 * string ends at its first NUL (napi_message_sequence_write.cpp:858-873). The length check before
 * it counts every unit.
 */
function stubString(value) {
  if (value.length >= 40960) throw new DeviceThrows('string too long');
  const nul = value.indexOf('\u0000');
  return nul === -1 ? value : value.slice(0, nul);
}

/** Thrown by the oracle where the device's stub throws while writing. */
class DeviceThrows extends Error {}

const ASSET_STRING_FIELDS = ['name', 'uri', 'path', 'createTime', 'modifyTime', 'size'];

/** An asset as the stub writes it inside a row and the system reads it (stub.js:469-482, 495-508). */
function stubAsset(asset) {
  const out = {};
  for (const key of ASSET_STRING_FIELDS) {
    if (typeof asset[key] !== 'string') throw new DeviceThrows(`asset.${key}`);
    out[key] = stubString(asset[key]);
  }
  const status = asset.status;
  if (status) {
    if (typeof status !== 'number') throw new DeviceThrows('asset.status');
    out.status = toInt32(status);
  } else {
    out.status = 1; // relationalStore.AssetStatus.ASSET_NORMAL on the device
  }
  for (const key of ['assetId', 'hash']) {
    if (typeof asset[key] !== 'string') throw new DeviceThrows(`asset.${key}`);
    out[key] = stubString(asset[key]);
  }
  return out;
}

/** A vendor's row value as the stub writes it and the system decodes it. */
function stubValue(value) {
  if (value === undefined || value === null) return null;
  if (typeof value === 'number') return stubNumber(value);
  if (typeof value === 'string') return stubString(value);
  if (typeof value === 'boolean') return value;
  if (value instanceof Array) return value.map(stubAsset);
  if (value instanceof Uint8Array) return Uint8Array.from(value);
  if (value === null || (typeof value !== 'object' && typeof value !== 'function')) {
    // bigint, symbol: `t1.name` reads undefined and writeString throws 401.
    throw new DeviceThrows(typeof value);
  }
  return stubAsset(value);
}

/** A vendor's row as the system decodes it: keys in Object.keys order, each value encoded. */
function stubRow(row) {
  const out = {};
  for (const key of Object.keys(row)) {
    // The key is written first, so it is cut at a NUL too; a cut key that repeats an earlier one
    // keeps the earlier place and takes the later value, as the system's decoding does.
    Object.defineProperty(out, stubString(key), { value: stubValue(row[key]), enumerable: true, writable: true, configurable: true });
  }
  return out;
}

/**
 * What the vendor receives for a value the system sent (stub.js:551-600): NUMBER → readLong, a
 * double; REAL → the double; an asset's status raw.
 */
function receivedValue(value) {
  if (value === undefined || value === null) return null;
  if (typeof value === 'bigint') return Number(value);
  if (typeof value === 'number') return value; // NUMBER (exact integer) or REAL: the same double
  if (typeof value === 'string' || typeof value === 'boolean') return value;
  if (value instanceof Uint8Array) return Uint8Array.from(value);
  const asset = (a) => ({ ...a, status: a.status ?? 0 });
  if (Array.isArray(value)) return value.map(asset);
  return asset(value);
}

/** What the vendor receives for a row: built with `obj[key] = value`, so `__proto__` is lost. */
function receivedRow(row) {
  const out = {};
  for (const key of Object.keys(row)) {
    out[key] = receivedValue(row[key]);
  }
  return out;
}

// ---- Generators --------------------------------------------------------------------------------

function generators(random) {
  const int = (n) => Math.floor(random() * n);
  const pick = (list) => list[int(list.length)];
  const CHARS = ['a', 'Z', '0', ' ', '.', 'é', 'ß', '中', '文', '😀', '🚀', '\ud800', '\udfff', '\u0000', '\n', '"'];
  const text = (max = 12) => Array.from({ length: int(max) }, () => pick(CHARS)).join('');
  const key = () => pick([() => text(6) || 'k', () => String(int(20)), () => 'title', () => '__proto__', () => 'constructor'])();
  const statusOf = () => pick([undefined, 0, 1, 2, 3, 5, 6, -1, 2 ** 31 - 1]);
  const asset = (status = statusOf()) => {
    const value = {
      name: text(),
      uri: text(),
      path: text(),
      createTime: String(int(1e13)),
      modifyTime: text(4),
      size: String(int(1e6)),
      assetId: text(),
      hash: text()
    };
    if (status !== undefined || random() < 0.5) value.status = status;
    return value;
  };
  const specialNumbers = [
    0,
    -0,
    1,
    -1,
    2 ** 31,
    -(2 ** 31),
    2 ** 31 - 1,
    2 ** 32,
    2 ** 53,
    -(2 ** 53),
    2 ** 53 + 2,
    2 ** 63,
    -(2 ** 63),
    1e21,
    -1e21,
    1e-7,
    1.5e-7,
    -1e-7,
    0.1,
    2.5,
    -2.5,
    NaN,
    Infinity,
    -Infinity,
    Number.MAX_VALUE,
    Number.MIN_VALUE,
    123456789.125
  ];
  const number = () =>
    pick([
      () => pick(specialNumbers),
      () => int(2 ** 31) - 2 ** 30,
      () => (random() - 0.5) * 10 ** int(25),
      () => Math.round((random() - 0.5) * 2 ** 60),
      () => random() / 10 ** int(12)
    ])();
  const bigint = () => pick([0n, 1n, -1n, 2n ** 53n + 1n, -(2n ** 53n) - 1n, INT64_MAX, INT64_MIN, BigInt(int(2 ** 31)) * 2n ** 31n]);
  const blob = () => Uint8Array.from({ length: int(40) }, () => int(256));

  /** A value the system can send (typed on the native side). */
  const systemValue = () =>
    pick([
      () => null,
      () => undefined,
      number,
      number,
      bigint,
      () => text(),
      () => text(40),
      () => random() < 0.5,
      blob,
      () => asset(),
      () => Array.from({ length: int(4) }, () => asset())
    ])();

  /** A value a vendor might return, including those the device refuses. */
  const vendorValue = () =>
    pick([
      systemValue,
      systemValue,
      systemValue,
      systemValue,
      systemValue,
      systemValue,
      () => bigint(),
      () => new Date(int(1e12)),
      () => Buffer.from([int(256), int(256)]),
      () => new Int16Array([int(100)]),
      () => new ArrayBuffer(2),
      () => ({ ...asset(), status: pick([1.5, 2 ** 32 + 5, NaN, '2', true]) }),
      () => ({ ...asset(), size: int(100) }),
      () => [asset(), { name: 'partial' }],
      () => []
    ])();

  const row = (value) => {
    const out = {};
    const entries = int(6);
    for (let i = 0; i < entries; i++) {
      Object.defineProperty(out, key(), { value: value(), enumerable: true, writable: true, configurable: true });
    }
    return out;
  };
  return { int, systemRow: () => row(systemValue), vendorRow: () => row(vendorValue) };
}

// ---- The echoing vendor ------------------------------------------------------------------------

function makeService() {
  const state = { page: [], received: [] };
  const cloudDb = {
    async insert(table, values) {
      state.received = values;
      return values.map((value) => ({ code: 0, value }));
    },
    async query() {
      return { code: 0, value: { nextCursor: 'next', hasMore: false, values: state.page } };
    }
  };
  const service = {
    async connectDB() {
      const cloudExtension = require('ohos-cloud-extension-harness/modules/@ohos.data.cloudExtension');
      return cloudExtension.createCloudDBStub(cloudDb);
    }
  };
  return { service, state };
}

const database = { name: 'db', alias: 'db', tables: [] };

function show(value) {
  return require('node:util').inspect(value, { depth: 5, breakLength: Infinity });
}

describe(`round trip through the CloudDB stub (seed ${seed})`, () => {
  it(`insert echoes ${ROWS_PER_RUN}+ random rows as the device would`, async () => {
    const random = prng(seed);
    const gen = generators(random);
    const { service, state } = makeService();
    const system = await connect(service);
    const db = (await system.connectDB('com.a', database)).value;
    assert.ok(db, `seed ${seed}: connectDB`);
    let rows = 0;
    while (rows < ROWS_PER_RUN) {
      const batch = Array.from({ length: 1 + gen.int(30) }, () => gen.systemRow());
      rows += batch.length;
      const reply = await db.insert('t', batch, []);
      const context = `seed ${seed}, batch ending at row ${rows}`;
      assert.equal(reply.ok, true, `${context}: ${reply.ok ? '' : reply.failure.message}`);
      assert.equal(reply.unread, 0, context);
      // Compared as own entries: a '__proto__' key sets the received object's prototype instead.
      const own = (row) => ({ ...row });
      assert.deepStrictEqual(
        state.received.map(own),
        batch.map((row) => own(receivedRow(row))),
        `${context}: what the vendor received`
      );
      const expected = batch.map((row) => ({ code: 0, value: stubRow(receivedRow(row)) }));
      for (let i = 0; i < batch.length; i++) {
        assert.deepStrictEqual(reply.value[i], expected[i], `${context}, row ${i}: sent ${show(batch[i])}`);
      }
    }
  });

  it(`query delivers ${ROWS_PER_RUN}+ random vendor rows as the device would, failing where the device fails`, async () => {
    const random = prng(seed ^ 0x5bd1e995);
    const gen = generators(random);
    const { service, state } = makeService();
    const system = await connect(service);
    const db = (await system.connectDB('com.a', database)).value;
    let rows = 0;
    let failedPages = 0;
    let pages = 0;
    while (rows < ROWS_PER_RUN) {
      const page = Array.from({ length: 1 + gen.int(10) }, () => gen.vendorRow());
      rows += page.length;
      pages++;
      state.page = page;
      const reply = await db.query('t', [], 10, '');
      const context = `seed ${seed}, page ending at row ${rows}: ${show(page)}`;
      let expected;
      try {
        expected = page.map(stubRow);
      } catch (error) {
        if (!(error instanceof DeviceThrows)) throw error;
        failedPages++;
        assert.equal(reply.ok, false, `${context}: the device's stub throws at ${error.message}`);
        assert.ok(['truncated-reply', 'malformed-reply'].includes(reply.failure.kind), `${context}: ${reply.failure.kind}`);
        continue;
      }
      assert.equal(reply.ok, true, `${context}: ${reply.ok ? '' : reply.failure.message}`);
      assert.equal(reply.unread, 0, context);
      assert.deepStrictEqual(reply.value, { code: 0, value: { nextCursor: 'next', hasMore: false, values: expected } }, context);
    }
    assert.ok(failedPages > 0 && failedPages < pages, `seed ${seed}: both outcomes exercised (${failedPages}/${pages} pages failed)`);
  });

  it('pins the rules the oracle relies on with fixed values', async () => {
    const { service, state } = makeService();
    const system = await connect(service);
    const db = (await system.connectDB('com.a', database)).value;
    state.page = [{ two: 2.0, tiny: 1e-7, half: 0.5, nan: NaN, negZero: -0, huge: 1e21, big: 2 ** 60, inf: -Infinity }];
    const reply = await db.query('t', [], 10, '');
    assert.deepStrictEqual(reply.value.value.values, [
      { two: 2, tiny: 0, half: 0.5, nan: 0, negZero: 0, huge: INT64_MAX, big: 2n ** 60n, inf: 0 }
    ]);
    state.page = [{ cut: 'ab\u0000cd', ['k\u0000ey']: 1, long: 'x'.repeat(40959) }];
    const cut = await db.query('t', [], 10, '');
    assert.deepStrictEqual(cut.value.value.values, [{ cut: 'ab', k: 1, long: 'x'.repeat(40959) }]);
    for (const bad of [5n, new Date(0), 'x'.repeat(40960)]) {
      state.page = [{ bad }];
      const failed = await db.query('t', [], 10, '');
      assert.equal(failed.ok, false, show(bad).slice(0, 40));
      assert.ok(failed.transaction.vendorCalls.length === 1);
    }
  });
});
