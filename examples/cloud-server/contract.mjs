// The sync contract a cloud must keep for the device's sync engine, one check per point, run
// against a server through its HTTP API. Each check throws (an AssertionError) when its point is
// broken; `catches` names the defects of statements.mjs that the check must detect.
//
// A check gets `{ url, advanceClock, now? }`: the server's base URL, a function that moves the
// server's clock on by a number of ms (lease checks need it) and, for a server in another
// process started with `--test-clock`, the time to send with each call (`headerClock` makes
// both). Each check works in an app of its own, so that checks can share one server and run in
// any order.
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { cloudDB } from './client.mjs';

const SUCCESS = 0;
const LOCKED_BY_OTHERS = 4;
const TABLE = 'notes_cloud';
const FIELDS = ['title'];

/** A fresh (app, database) for one check, seen from `devices` named devices. */
function freshStore({ url, now }, check, ...devices) {
  const app = `contract.${check}.${randomUUID()}`;
  return devices.map((device) => cloudDB(url, { app, db: 'notes_cloud_db', device, now }));
}

/**
 * The clock of a check run against a server started with `testClock` (`--test-clock`): the
 * checks keep the time and send it with every call.
 * @param {string} url the server's base URL.
 * @param {number} [start] the first time, in ms.
 */
export function headerClock(url, start = Date.UTC(2026, 0, 1)) {
  let time = start;
  return { url, now: () => time, advanceClock: (ms) => (time += ms) };
}

function row(title) {
  return { title };
}

/** Inserts one row per title with ids from the server; returns the ids in order. */
async function insertRows(db, titles, { createTime = 1000, modifyTime = 2000 } = {}) {
  const ids = await db.generateId(titles.length);
  assert.equal(ids.code, SUCCESS, `generateId: ${ids.description}`);
  const results = await db.insert(
    TABLE,
    titles.map(row),
    ids.value.map((id, index) => ({ id, operation: 0, createTime, modifyTime: modifyTime + index }))
  );
  results.forEach((result, index) => assert.equal(result.code, SUCCESS, `insert of row ${index}: ${result.description}`));
  return ids.value;
}

/** Reads pages of `count` rows from `cursor` until hasMore is false; at most `maxPages` pages. */
async function readToHead(db, cursor, count = 10, maxPages = 100) {
  const pages = [];
  for (let page = 0; page < maxPages; page++) {
    const answer = await db.query(TABLE, FIELDS, count, cursor);
    assert.equal(answer.code, SUCCESS, `query: ${answer.description}`);
    pages.push(answer.value);
    cursor = answer.value.nextCursor;
    if (!answer.value.hasMore) return { rows: pages.flatMap((p) => p.values), cursor, pages };
  }
  assert.fail(`hasMore stayed true for ${maxPages} pages`);
}

/** The contract checks, in the order of the points in SYNC-ENGINE's list of what a cloud must guarantee. */
export const CHECKS = [
  {
    name: 'a write landing between two pages of a reader still reaches the reader',
    point: 'gap-free change feed ordered by a sequence assigned at commit',
    catches: ['cursorSkipsConcurrentWrites'],
    async run(env) {
      const [writer, reader, late] = freshStore(env, 'between-pages', 'writer', 'reader', 'late');
      await insertRows(writer, ['a', 'b', 'c', 'd'], { modifyTime: 5000 });
      const first = await reader.query(TABLE, FIELDS, 2, '');
      assert.equal(first.value.values.length, 2);
      assert.equal(first.value.hasMore, true);
      // A device whose clock is behind writes while the reader is between pages.
      const [lateId] = await insertRows(late, ['late'], { createTime: 10, modifyTime: 20 });
      const rest = await readToHead(reader, first.value.nextCursor, 2);
      const seen = [...first.value.values, ...rest.rows].map((r) => r.id);
      assert.ok(seen.includes(lateId), `the reader never got the row written between its pages (saw ${seen.join(', ')})`);
      assert.equal(seen.length, 5);
    }
  },
  {
    name: 'a changed row moves to the tail of the feed',
    point: 'each row appears once per change, at its latest sequence',
    catches: ['offsetCursor', 'updateKeepsSequence', 'updateNotStored'],
    async run(env) {
      const [device, other] = freshStore(env, 'tail', 'device', 'other');
      const ids = await insertRows(device, ['a', 'b', 'c']);
      const head = await readToHead(other, '');
      assert.equal(head.rows.length, 3);
      const updated = await device.update(TABLE, [row('a, edited')], [{ id: ids[0], operation: 1, createTime: 1000, modifyTime: 3000 }]);
      assert.equal(updated[0].code, SUCCESS, `update: ${updated[0].description}`);
      const after = await readToHead(other, head.cursor);
      assert.deepEqual(
        after.rows.map((r) => [r.id, r.operation, r.title]),
        [[ids[0], 1, 'a, edited']],
        'a reader past the row must get the update from its cursor'
      );
      const whole = await readToHead(other, '');
      assert.deepEqual(
        whole.rows.map((r) => r.id),
        [ids[1], ids[2], ids[0]],
        'the row appears once, at the tail'
      );
    }
  },
  {
    name: 'hasMore is false only at the head',
    point: 'hasMore false only at the head; an empty page keeps the cursor',
    catches: ['hasMoreOffByOne'],
    async run(env) {
      const [device] = freshStore(env, 'has-more', 'device');
      const ids = await insertRows(device, ['a', 'b', 'c', 'd', 'e']);
      await device.delete(TABLE, [{ id: ids[1], operation: 2, modifyTime: 9000 }]);
      const { pages, cursor } = await readToHead(device, '', 2);
      assert.deepEqual(
        pages.map((p) => p.hasMore),
        [true, true, false],
        'pages of 2 over 5 rows'
      );
      assert.equal(pages.flatMap((p) => p.values).length, 5);
      const atHead = await device.query(TABLE, FIELDS, 2, cursor);
      assert.deepEqual(atHead.value, { nextCursor: cursor, hasMore: false, values: [] }, 'at the head: no rows, same cursor');
      const [newer] = await insertRows(device, ['f']);
      const more = await device.query(TABLE, FIELDS, 2, cursor);
      assert.deepEqual(
        more.value.values.map((r) => r.id),
        [newer]
      );
      assert.equal(more.value.hasMore, false);
    }
  },
  {
    name: "'' and '0' both read from the beginning",
    point: "'' and '0' both mean from the beginning",
    catches: ['emptyCursorFromHead'],
    async run(env) {
      const [device] = freshStore(env, 'empty-cursor', 'device');
      const ids = await insertRows(device, ['a', 'b', 'c']);
      for (const cursor of ['', '0']) {
        const { rows } = await readToHead(device, cursor);
        assert.deepEqual(
          rows.map((r) => r.id),
          ids,
          `cursor ${JSON.stringify(cursor)}`
        );
      }
    }
  },
  {
    name: 'a delete is kept as a tombstone with operation 2',
    point: 'tombstones kept with operation 2',
    catches: ['hardDelete'],
    async run(env) {
      const [device, other] = freshStore(env, 'tombstone', 'device', 'other');
      const ids = await insertRows(device, ['a', 'b'], { createTime: 1111 });
      const head = await readToHead(other, '');
      const deleted = await device.delete(TABLE, [{ id: ids[0], operation: 2, modifyTime: 7777 }]);
      assert.equal(deleted[0].code, SUCCESS, `delete: ${deleted[0].description}`);
      const after = await readToHead(other, head.cursor);
      assert.deepEqual(after.rows, [{ id: ids[0], operation: 2, createTime: 1111, modifyTime: 7777 }]);
      const whole = await readToHead(other, '');
      assert.deepEqual(
        whole.rows.map((r) => [r.id, r.operation]),
        [
          [ids[1], 0],
          [ids[0], 2]
        ],
        'a new device sees the tombstone too'
      );
    }
  },
  {
    name: "every row carries id, operation and the device's times as sent",
    point: 'every row carries id, createTime, modifyTime and operation; device times kept',
    catches: ['serverStampsModifyTime'],
    async run(env) {
      const [device] = freshStore(env, 'bookkeeping', 'device');
      const ids = await insertRows(device, ['a', 'b'], { createTime: 111, modifyTime: 222 });
      await device.update(TABLE, [row('b2')], [{ id: ids[1], operation: 1, createTime: 111, modifyTime: 333 }]);
      const { rows } = await readToHead(device, '');
      assert.deepEqual(rows, [
        { title: 'a', id: ids[0], operation: 0, createTime: 111, modifyTime: 222 },
        { title: 'b2', id: ids[1], operation: 1, createTime: 111, modifyTime: 333 }
      ]);
    }
  },
  {
    name: 'ids are unique across devices and apps',
    point: 'globally unique ids',
    catches: ['idsPerDevice'],
    async run(env) {
      const [a, b] = freshStore(env, 'ids', 'a', 'b');
      const [c] = freshStore(env, 'ids-other-app', 'a');
      const all = [];
      for (const db of [a, b, c, a]) {
        const answer = await db.generateId(5);
        assert.equal(answer.code, SUCCESS);
        assert.equal(answer.value.length, 5);
        for (const id of answer.value) assert.ok(typeof id === 'string' && id.length > 0, `id ${JSON.stringify(id)}`);
        all.push(...answer.value);
      }
      assert.equal(new Set(all).size, all.length, `duplicate ids: ${all.join(', ')}`);
    }
  },
  {
    name: 'an unknown id, or an insert of a stored one, gets a per-row error and changes nothing',
    point: 'a per-row error for an unknown id; ids used as given',
    catches: ['updateUnknownIdInserts', 'deleteUnknownIdSucceeds', 'insertOverwrites'],
    async run(env) {
      const [device] = freshStore(env, 'unknown-id', 'device');
      const [known] = await insertRows(device, ['a']);
      const head = await readToHead(device, '');
      const updated = await device.update(
        TABLE,
        [row('ghost'), row('a2')],
        [
          { id: 'never-issued', operation: 1, createTime: 1, modifyTime: 2 },
          { id: known, operation: 1, createTime: 1000, modifyTime: 4000 }
        ]
      );
      assert.notEqual(updated[0].code, SUCCESS, 'update of an unknown id must fail for that row');
      assert.equal(updated[1].code, SUCCESS, 'the other rows of the batch still succeed');
      const deleted = await device.delete(TABLE, [{ id: 'never-issued-either', operation: 2, modifyTime: 5 }]);
      assert.notEqual(deleted[0].code, SUCCESS, 'delete of an unknown id must fail for that row');
      const reinserted = await device.insert(TABLE, [row('a again')], [{ id: known, operation: 0, createTime: 1, modifyTime: 6 }]);
      assert.notEqual(reinserted[0].code, SUCCESS, 'insert of an id already stored must fail for that row');
      const after = await readToHead(device, head.cursor);
      assert.deepEqual(
        after.rows.map((r) => [r.id, r.title]),
        [[known, 'a2']],
        'no row appears for an unknown id; a stored row is not overwritten'
      );
    }
  },
  {
    name: 'the lock is exclusive until unlocked',
    point: 'an exclusive lock',
    catches: ['sharedLock'],
    async run(env) {
      const [a, b] = freshStore(env, 'exclusive', 'a', 'b');
      const held = await a.lock();
      assert.equal(held.code, SUCCESS, held.description);
      assert.ok(Number.isInteger(held.value.interval) && held.value.interval > 0, `interval ${held.value.interval}`);
      assert.ok(Number.isInteger(held.value.lockId), `lockId ${held.value.lockId}`);
      const refused = await b.lock();
      assert.equal(refused.code, LOCKED_BY_OTHERS, 'a second device must get LOCKED_BY_OTHERS');
      const released = await a.unlock(held.value.lockId);
      assert.deepEqual([released.code, released.value], [SUCCESS, true]);
      const taken = await b.lock();
      assert.equal(taken.code, SUCCESS, 'after unlock another device gets the lock');
    }
  },
  {
    name: 'a lease without heartbeats lapses and another device takes the lock over',
    point: 'the lease lapses without a heartbeat',
    catches: ['leaseNeverLapses'],
    async run(env) {
      const { advanceClock } = env;
      const [a, b] = freshStore(env, 'lapse', 'a', 'b');
      const held = await a.lock();
      assert.equal(held.code, SUCCESS, held.description);
      advanceClock(held.value.interval * 1000 - 1);
      assert.equal((await b.lock()).code, LOCKED_BY_OTHERS, 'the lease still runs 1 ms before its end');
      advanceClock(1);
      const taken = await b.lock();
      assert.equal(taken.code, SUCCESS, 'once the lease has run out another device gets the lock');
      assert.notEqual(taken.value.lockId, held.value.lockId, 'the new holder gets a new lock id');
    }
  },
  {
    name: 'a heartbeat extends the lease',
    point: 'a heartbeat extends the lease',
    catches: ['heartbeatDoesNotExtend'],
    async run(env) {
      const { advanceClock } = env;
      const [a, b] = freshStore(env, 'heartbeat', 'a', 'b');
      const held = await a.lock();
      assert.equal(held.code, SUCCESS, held.description);
      const leaseMs = held.value.interval * 1000;
      for (let beat = 0; beat < 3; beat++) {
        advanceClock(Math.floor((leaseMs * 2) / 3));
        const extended = await a.heartbeat(held.value.lockId);
        assert.equal(extended.code, SUCCESS, `heartbeat ${beat + 1}: ${extended.description}`);
        assert.equal(extended.value.lockId, held.value.lockId);
      }
      assert.equal((await b.lock()).code, LOCKED_BY_OTHERS, 'two leases later, the heartbeats keep the lock');
    }
  },
  {
    name: 'a stale lock id is refused',
    point: 'stale lock ids are refused',
    catches: ['staleLockIdAccepted'],
    async run(env) {
      const { advanceClock } = env;
      const [a, b, c] = freshStore(env, 'stale', 'a', 'b', 'c');
      const first = await a.lock();
      advanceClock(first.value.interval * 1000);
      const second = await b.lock();
      assert.equal(second.code, SUCCESS, second.description);
      const beat = await a.heartbeat(first.value.lockId);
      assert.notEqual(beat.code, SUCCESS, 'a heartbeat with a lapsed lock id must be refused');
      const unlocked = await a.unlock(first.value.lockId);
      assert.notEqual(unlocked.code, SUCCESS, 'an unlock with a lapsed lock id must be refused');
      assert.equal((await c.lock()).code, LOCKED_BY_OTHERS, 'the live holder keeps its lock');
      const wrong = await c.heartbeat(second.value.lockId + 1000);
      assert.notEqual(wrong.code, SUCCESS, 'a lock id never issued must be refused');
    }
  }
];
