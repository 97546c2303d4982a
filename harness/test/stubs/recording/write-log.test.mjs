// The write log's values are plain data: what survives postMessage to the check.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const { writtenValue, writeError } = require('../../../dist/stubs/recording/write-log.js');

test('numbers, booleans and strings are kept as they are; long strings cut with their length', () => {
  assert.deepEqual(writtenValue(NaN), { kind: 'number', number: NaN });
  assert.deepEqual(writtenValue(false), { kind: 'boolean', boolean: false });
  assert.deepEqual(writtenValue('\ud800'), { kind: 'string', text: '\ud800', units: 1 });
  const long = writtenValue('q'.repeat(50000));
  assert.equal(long.units, 50000);
  assert.equal(long.text.length, 40960);
});

test('anything else only as its kind', () => {
  assert.deepEqual(writtenValue(undefined), { kind: 'other', type: 'undefined' });
  assert.deepEqual(writtenValue(null), { kind: 'other', type: 'object' });
  assert.deepEqual(writtenValue(5n), { kind: 'other', type: 'bigint' });
  assert.deepEqual(writtenValue(Symbol('s')), { kind: 'other', type: 'symbol' });
  assert.deepEqual(writtenValue([1, 2]), { kind: 'array', length: 2 });
  assert.doesNotThrow(() => structuredClone(writtenValue(new Map())));
});

test('errors keep name, message and code', () => {
  const error = new Error('check param error');
  error.name = 'BusinessError';
  error.code = '401';
  assert.deepEqual(writeError(error), { name: 'BusinessError', message: 'check param error', code: '401' });
  assert.deepEqual(writeError(new RangeError('No enough capacity to write')), {
    name: 'RangeError',
    message: 'No enough capacity to write'
  });
  assert.deepEqual(writeError('text'), { name: 'thrown value', message: '"text"' });
});
