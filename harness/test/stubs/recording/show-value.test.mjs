// show renders any value for a message, and never throws.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const { show } = require('../../../dist/stubs/recording/show-value.js');

test('values as a vendor would recognise them', () => {
  assert.equal(show(-0), '-0');
  assert.equal(show(5n), '5n');
  assert.equal(show('left\u0000right'), '"left\\u0000right"');
  assert.match(show('x'.repeat(100)), /… \(100 characters\)"$/);
  assert.equal(show([1, 2]), 'an array of 2');
  assert.equal(show(new Uint8Array(3)), 'a Uint8Array of 3 bytes');
  assert.equal(show(new Date(0)), 'a Date');
  assert.equal(show(new Map([[1, 2]])), 'a Map of 1 entries');
  assert.equal(show(new (class Row {})()), 'a Row object');
  assert.equal(show({}), 'an object');
});

test('a hostile value does not make it throw', () => {
  const hostile = new Proxy(
    {},
    {
      getPrototypeOf: () => {
        throw new Error('no');
      }
    }
  );
  assert.equal(show(hostile), 'a value that cannot be inspected');
});
