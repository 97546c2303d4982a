// The interleaver lets one device's call run at a time and picks the next from every device that
// waits, by seed: the same seed gives the same order, and no device is left waiting.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const { Interleaver } = require('../../dist/fleet/interleaver.js');
const { SeededRandom } = require('../../dist/fleet/random.js');

async function run(seed, devices = 3, calls = 5) {
  const interleaver = new Interleaver(new SeededRandom(seed));
  const order = [];
  let inside = 0;
  await Promise.all(
    Array.from({ length: devices }, async (_, device) => {
      interleaver.join(device);
      try {
        for (let call = 0; call < calls; call++) {
          await interleaver.turn(device);
          inside++;
          assert.equal(inside, 1, 'one call at a time');
          order.push(device);
          await new Promise((resolve) => setImmediate(resolve));
          inside--;
          interleaver.release(device);
        }
      } finally {
        interleaver.leave(device);
      }
    })
  );
  return order;
}

test('every call runs, one at a time, in an order fixed by the seed', async () => {
  const first = await run(11);
  assert.equal(first.length, 15);
  assert.deepEqual(await run(11), first);
  const others = await Promise.all([12, 13, 14, 15].map((seed) => run(seed)));
  assert.ok(
    others.some((order) => order.join() !== first.join()),
    'another seed interleaves differently'
  );
});

test('a device that leaves early does not hold the others up', async () => {
  const interleaver = new Interleaver(new SeededRandom(3));
  interleaver.join(0);
  interleaver.join(1);
  const done = [];
  await Promise.all([
    (async () => {
      interleaver.leave(0);
      done.push(0);
    })(),
    (async () => {
      for (let i = 0; i < 3; i++) {
        await interleaver.turn(1);
        interleaver.release(1);
      }
      interleaver.leave(1);
      done.push(1);
    })()
  ]);
  assert.deepEqual(done.sort(), [0, 1]);
});
