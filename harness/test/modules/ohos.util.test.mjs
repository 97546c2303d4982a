// Pins src/modules/ohos.util.ts (and src/modules/util/*): @ohos.util with the device's semantics
// (commonlibrary_ets_utils js_util_module/util/src/util_js.ts and native_module_util.cpp).
import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import { describe, it } from 'node:test';
import utilDefault from 'ohos-cloud-extension-harness/modules/@ohos.util';
import { buffer as kitBuffer, util as kitUtil } from 'ohos-cloud-extension-harness/modules/@kit.ArkTS';

const require = createRequire(import.meta.url);
const util = require('ohos-cloud-extension-harness/modules/@ohos.util');
const buffer = require('ohos-cloud-extension-harness/modules/@ohos.buffer');

/** Asserts the util BusinessError: an Error with the number code 401 and name BusinessError. */
function throws401(action) {
  assert.throws(action, (error) => {
    assert.ok(error instanceof Error);
    assert.equal(error.code, 401);
    assert.equal(error.name, 'BusinessError');
    assert.match(error.message, /^Parameter error/);
    return true;
  });
}

describe('@ohos.util module object', () => {
  it('is the same object through import, require and @kit.ArkTS', () => {
    assert.equal(utilDefault, util);
    assert.equal(kitUtil, util);
    assert.equal(kitBuffer, buffer);
  });
});

describe('UUIDs', () => {
  it('generates RFC 4122 v4 UUIDs, lowercase, 36 characters, distinct', () => {
    const a = util.generateRandomUUID();
    const b = util.generateRandomUUID(false);
    assert.match(a, /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    assert.notEqual(a, b);
  });

  it('generates 16-byte binary UUIDs and parses text UUIDs', () => {
    const binary = util.generateRandomBinaryUUID();
    assert.ok(binary instanceof Uint8Array);
    assert.equal(binary.length, 16);
    assert.equal(binary[6] >> 4, 4);
    const parsed = util.parseUUID('84bdf796-66cc-4655-9b89-d6218d100f9c');
    assert.equal(Buffer.from(parsed).toString('hex'), '84bdf79666cc46559b89d6218d100f9c');
  });

  it('throws 401 for a non-boolean entropyCache and 10200002 for a bad UUID', () => {
    throws401(() => util.generateRandomUUID('yes'));
    assert.throws(
      () => util.parseUUID('nope'),
      (error) => error.code === 10200002 && error.name === 'BusinessError'
    );
  });
});

describe('TextEncoder and TextDecoder', () => {
  it('encodes UTF-8 with encodeInto and encodeIntoUint8Array', () => {
    const encoder = new util.TextEncoder();
    assert.deepEqual([...encoder.encodeInto('hé')], [0x68, 0xc3, 0xa9]);
    const dest = new Uint8Array(4);
    assert.deepEqual(util.TextEncoder.create().encodeIntoUint8Array('héllo', dest), { read: 3, written: 4 });
  });

  it('gives undefined for encodeInto(undefined or null) and throws 401 for a non-string', () => {
    const encoder = new util.TextEncoder();
    assert.equal(encoder.encodeInto(undefined), undefined);
    assert.equal(encoder.encodeInto(null), undefined);
    throws401(() => encoder.encodeInto(5));
  });

  it('decodes with decodeToString, gives "" for empty input, throws 401 for null', () => {
    const decoder = util.TextDecoder.create('utf-8', { ignoreBOM: true });
    assert.equal(decoder.decodeToString(new Uint8Array([0x68, 0xc3, 0xa9])), 'hé');
    assert.equal(decoder.decodeToString(new Uint8Array(0)), '');
    assert.equal(decoder.encoding, 'utf-8');
    assert.equal(decoder.ignoreBOM, true);
    assert.equal(decoder.fatal, false);
    throws401(() => decoder.decodeToString(null));
    throws401(() => util.TextDecoder.create(5));
  });

  it('keeps a split character across stream calls', () => {
    const decoder = util.TextDecoder.create('utf-8');
    const first = decoder.decodeToString(new Uint8Array([0x68, 0xc3]), { stream: true });
    const second = decoder.decodeToString(new Uint8Array([0xa9]), { stream: false });
    assert.equal(first + second, 'hé');
  });
});

describe('Base64Helper', () => {
  const helper = new util.Base64Helper();
  const bytes = new Uint8Array([0xfb, 0xff, 0xbf, 0x41]);

  it('encodes and decodes BASIC', () => {
    assert.equal(helper.encodeToStringSync(bytes), '+/+/QQ==');
    assert.deepEqual([...helper.encodeSync(bytes)], [...Buffer.from('+/+/QQ==')]);
    assert.deepEqual([...helper.decodeSync('+/+/QQ==')], [...bytes]);
  });

  it('uses -_ and no padding for the URL-safe types', () => {
    assert.equal(helper.encodeToStringSync(bytes, util.Type.BASIC_URL_SAFE), '-_-_QQ');
    assert.deepEqual([...helper.decodeSync('-_-_QQ', util.Type.BASIC_URL_SAFE)], [...bytes]);
  });

  it('breaks MIME output every 76 characters with \\r\\n after each chunk', () => {
    const text = helper.encodeToStringSync(new Uint8Array(60), util.Type.MIME);
    assert.equal(text, `${'A'.repeat(76)}\r\n${'A'.repeat(4)}\r\n`);
    assert.deepEqual([...helper.decodeSync(text, util.Type.MIME)], [...new Uint8Array(60)]);
  });

  it('throws for MIME input shorter than one line, as the device does', () => {
    assert.throws(() => helper.encodeToStringSync(new Uint8Array(3), util.Type.MIME), /does not meet this encoding format/);
  });

  it('has promise forms, and encode refuses the MIME types with 401', async () => {
    assert.equal(await helper.encodeToString(bytes), '+/+/QQ==');
    assert.deepEqual([...(await helper.decode('+/+/QQ=='))], [...bytes]);
    assert.deepEqual([...(await helper.encode(bytes))], [...Buffer.from('+/+/QQ==')]);
    throws401(() => helper.encode(bytes, util.Type.MIME));
  });
});

describe('LRUCache', () => {
  it('evicts the least recently used entry at capacity, and put returns the former value', () => {
    const cache = new util.LRUCache(2);
    assert.equal(cache.put('a', 1), undefined);
    cache.put('b', 2);
    assert.equal(cache.get('a'), 1);
    cache.put('c', 3);
    assert.equal(cache.contains('b'), false);
    assert.deepEqual(cache.keys(), ['a', 'c']);
    assert.equal(cache.put('a', 10), 1);
    assert.equal(cache.length, 2);
    assert.equal(cache.getCapacity(), 2);
    assert.equal(cache.remove('a'), 10);
    cache.clear();
    assert.equal(cache.isEmpty(), true);
  });

  it('defaults to 64 entries and refuses a capacity that is not a positive integer', () => {
    assert.equal(new util.LRUCache().getCapacity(), 64);
    assert.throws(() => new util.LRUCache(0));
    assert.throws(() => new util.LRUCache(1.5));
    const cache = new util.LRUCache(3);
    cache.updateCapacity(5);
    assert.equal(cache.getCapacity(), 5);
    throws401(() => cache.updateCapacity('5'));
  });

  it('throws 401 for an undefined key', () => {
    throws401(() => new util.LRUCache().get(undefined));
  });
});

describe('format, promisify, errnoToString', () => {
  it('formats %s %d %i %f %j and %%', () => {
    assert.equal(util.format('%s=%d', 'n', 42), 'n=42');
    assert.equal(util.format('%i|%f|%j|100%%', 4.7, 1.5, { a: 1 }), '4|1.5|{"a":1}|100%');
    assert.equal(util.format('%s and %s', 'one'), 'one and %s');
  });

  it('throws 401 for a format that is not a string or array, and for boolean or undefined arguments', () => {
    throws401(() => util.format(5));
    throws401(() => util.format('%s', true));
    throws401(() => util.format('%s', undefined));
  });

  it('prints an object with %s as String() does', () => {
    assert.equal(util.format('%s', { a: 1 }), '[object Object]');
  });

  it('promisify resolves with the array of callback values, as the device does', async () => {
    const promised = util.promisify((a, b, callback) => callback(null, Number(a) + Number(b)));
    assert.deepEqual(await promised(1, 2), [3]);
    const failing = util.promisify((callback) => callback('bad'));
    await assert.rejects(failing(), (error) => error === 'bad');
    throws401(() => util.promisify(5));
  });

  it('turns an errno into its message, and throws 401 for a non-number', () => {
    assert.equal(typeof util.errnoToString(-2), 'string');
    assert.match(util.errnoToString(-2), /no such file or directory/i);
    throws401(() => util.errnoToString('2'));
  });
});
