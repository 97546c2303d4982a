// The fleet's seeded random source: the same seed gives the same run, different seeds differ,
// and every draw stays in its range.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const { SeededRandom, parseSeed } = require('../../dist/fleet/random.js');

const draws = (seed, n) => {
  const random = new SeededRandom(seed);
  return Array.from({ length: n }, () => random.int(0, 1_000_000));
};

test('the same seed gives the same draws, another seed other draws', () => {
  assert.deepEqual(draws(42, 50), draws(42, 50));
  assert.notDeepEqual(draws(42, 50), draws(43, 50));
});

test('int stays within [min, max] and reaches both ends', () => {
  const random = new SeededRandom(7);
  const seen = new Set();
  for (let i = 0; i < 2000; i++) {
    const value = random.int(3, 6);
    assert.ok(Number.isInteger(value) && value >= 3 && value <= 6, `draw ${value}`);
    seen.add(value);
  }
  assert.deepEqual([...seen].sort(), [3, 4, 5, 6]);
});

test('chance(0) never and chance(1) always; pick and shuffle keep the elements', () => {
  const random = new SeededRandom(1);
  for (let i = 0; i < 100; i++) {
    assert.equal(random.chance(0), false);
    assert.equal(random.chance(1), true);
  }
  assert.ok(['a', 'b'].includes(random.pick(['a', 'b'])));
  assert.deepEqual(random.shuffle([1, 2, 3, 4, 5]).sort(), [1, 2, 3, 4, 5]);
  assert.throws(() => random.pick([]), /empty/);
});

test('parseSeed accepts a non-negative 32-bit integer and refuses anything else', () => {
  assert.equal(parseSeed('123'), 123);
  assert.equal(parseSeed('4294967295'), 4294967295);
  for (const bad of ['', '-1', '1.5', 'abc', '4294967296', '0x10']) {
    assert.equal(parseSeed(bad), undefined, bad);
  }
});
