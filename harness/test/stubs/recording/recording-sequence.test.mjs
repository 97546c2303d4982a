// The recording sequence writes exactly as MessageSequence does and logs every write as plain data.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const { RecordingSequence } = require('../../../dist/stubs/recording/recording-sequence.js');
const rpc = require('../../../dist/modules/ohos.rpc.js');
const { parcelOf } = require('../../../dist/rpc/rpc-internal.js');

const bytesOf = (sequence) => Buffer.from(parcelOf(sequence).toBytes());

test('the same bytes as a plain MessageSequence, and one entry per write with offset and length', () => {
  const plain = new rpc.MessageSequence();
  const recording = new RecordingSequence();
  for (const sequence of [plain, recording]) {
    sequence.writeInt(2 ** 31);
    sequence.writeLong(1e21);
    sequence.writeFloat(-0);
    sequence.writeBoolean(true);
    sequence.writeString('left\u0000right');
    sequence.writeIntArray([1, 2, 3]);
  }
  assert.deepEqual(bytesOf(recording), bytesOf(plain));
  assert.ok(recording instanceof rpc.MessageSequence);
  assert.deepEqual(
    recording.log.map((entry) => [entry.method, entry.offset, entry.length]),
    [
      ['writeInt', 0, 4],
      ['writeLong', 4, 8],
      ['writeFloat', 12, 8],
      ['writeBoolean', 20, 4],
      ['writeString', 24, 16],
      ['writeIntArray', 40, 16]
    ]
  );
  assert.deepEqual(recording.log[0].value, { kind: 'number', number: 2 ** 31 });
  assert.deepEqual(recording.log[4].value, { kind: 'string', text: 'left\u0000right', units: 10 });
  assert.equal(recording.log[4].shown, '"left\\u0000right"');
  assert.deepEqual(recording.log[5].value, { kind: 'array', length: 3 });
  assert.ok(Object.is(recording.log[2].value.number, -0), '-0 is kept');
});

test('a thrown write is logged with its error, rethrown unchanged, and the log stays clonable', () => {
  const recording = new RecordingSequence();
  assert.throws(
    () => recording.writeInt('7'),
    (error) => error.code === '401'
  );
  assert.throws(
    () => recording.writeString('z'.repeat(40960)),
    (error) => error.code === '401'
  );
  assert.throws(
    () => recording.writeInt(),
    (error) => error.code === '401',
    'the argument count still counts'
  );
  const [wrongType, tooLong] = recording.log;
  assert.deepEqual(wrongType, {
    method: 'writeInt',
    value: { kind: 'string', text: '7', units: 1 },
    shown: '"7"',
    offset: 0,
    length: 0,
    error: { name: 'Error', message: 'check param error', code: '401' }
  });
  assert.equal(tooLong.value.units, 40960);
  assert.equal(tooLong.value.text.length, 40960);
  assert.deepEqual(structuredClone(recording.log), recording.log);
});

test('a write past the 200 KiB ceiling logs the RangeError', () => {
  const recording = new RecordingSequence();
  // Each 30000-unit string reserves 120000 bytes and takes 60008.
  recording.writeString('a'.repeat(30000));
  recording.writeString('a'.repeat(30000));
  assert.throws(() => recording.writeString('a'.repeat(30000)), RangeError);
  const last = recording.log.at(-1);
  assert.equal(last.error.name, 'RangeError');
  assert.equal(last.offset, 2 * (4 + 60002 + 2));
  assert.equal(last.length, 0);
});
