// A device's local copy of one table: local writes mark rows to upload, downloaded rows are merged
// by the engine's table, and the upload splits rows as the engine does (sync-engine sheet §4.1).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const { LocalTable } = require('../../dist/fleet/local-table.js');

const cloudRow = (over = {}) => ({ gid: 'g1', pk: 'a', deleted: false, modifyTime: 100, createTime: 50, data: { v: 'cloud' }, ...over });

test('a local insert goes up as INSERT, and after it as nothing; its id is kept', () => {
  const table = new LocalTable('t');
  table.write('a', { v: 1 }, 10);
  assert.deepEqual(
    table.uploads().inserts.map((row) => row.pk),
    ['a']
  );
  table.uploaded('insert', table.get('a'), 'g-a');
  assert.equal(table.get('a').gid, 'g-a');
  const { inserts, updates, deletes } = table.uploads();
  assert.equal(inserts.length + updates.length + deletes.length, 0);
});

test('a row with an id goes up as UPDATE when edited, as DELETE when deleted', () => {
  const table = new LocalTable('t');
  table.apply(cloudRow());
  assert.equal(table.uploads().updates.length, 0, 'a downloaded row is not dirty');
  table.write('a', { v: 2 }, 200);
  assert.deepEqual(
    table.uploads().updates.map((row) => row.gid),
    ['g1']
  );
  table.remove('a', 300);
  assert.deepEqual(
    table.uploads().deletes.map((row) => row.gid),
    ['g1']
  );
  assert.equal(table.uploads().updates.length, 0);
});

test('deleting a row that never reached the cloud sends nothing', () => {
  const table = new LocalTable('t');
  table.write('a', { v: 1 }, 10);
  table.remove('a', 20);
  const { inserts, updates, deletes } = table.uploads();
  assert.equal(inserts.length + updates.length + deletes.length, 0);
  assert.equal(table.get('a'), undefined);
});

test('uploads go in ascending local time within each kind', () => {
  const table = new LocalTable('t');
  table.write('b', { v: 1 }, 30);
  table.write('a', { v: 1 }, 10);
  table.write('c', { v: 1 }, 20);
  assert.deepEqual(
    table.uploads().inserts.map((row) => row.pk),
    ['a', 'c', 'b']
  );
});

test('a newer cloud row overwrites the local one, and the local edit is not uploaded again', () => {
  const table = new LocalTable('t');
  table.write('a', { v: 'mine' }, 90);
  table.uploaded('insert', table.get('a'), 'g1');
  table.write('a', { v: 'mine again' }, 95);
  assert.equal(table.apply(cloudRow({ modifyTime: 100 })), 'update');
  assert.deepEqual(table.get('a').data, { v: 'cloud' });
  assert.equal(table.get('a').dirty, false);
});

test('a newer local edit survives an older cloud row and still goes up', () => {
  const table = new LocalTable('t');
  table.apply(cloudRow({ modifyTime: 100 }));
  table.write('a', { v: 'mine' }, 150);
  assert.equal(table.apply(cloudRow({ modifyTime: 120, data: { v: 'other' } })), 'not-handle');
  assert.deepEqual(table.get('a').data, { v: 'mine' });
  assert.deepEqual(
    table.uploads().updates.map((row) => row.pk),
    ['a']
  );
});

test('a tombstone deletes an older local row; a newer local edit is detached and re-inserted', () => {
  const older = new LocalTable('t');
  older.apply(cloudRow({ modifyTime: 100 }));
  assert.equal(older.apply(cloudRow({ modifyTime: 110, deleted: true })), 'delete');
  assert.equal(older.get('a'), undefined);

  const newer = new LocalTable('t');
  newer.apply(cloudRow({ modifyTime: 100 }));
  newer.write('a', { v: 'mine' }, 150);
  assert.equal(newer.apply(cloudRow({ modifyTime: 120, deleted: true })), 'clear-gid');
  assert.equal(newer.get('a').gid, undefined);
  assert.deepEqual(
    newer.uploads().inserts.map((row) => row.pk),
    ['a']
  );
});

test('a cloud row matches a local row by id first, then by primary key', () => {
  const table = new LocalTable('t');
  table.write('a', { v: 'mine' }, 50);
  assert.equal(table.apply(cloudRow({ gid: 'g9', modifyTime: 40 })), 'only-update-gid');
  assert.equal(table.get('a').gid, 'g9');
  assert.deepEqual(
    table.uploads().updates.map((row) => row.pk),
    ['a']
  );
  assert.equal(table.byGid('g9').pk, 'a');
});

test('a cloud row for an unknown row is inserted, a tombstone for one is ignored', () => {
  const table = new LocalTable('t');
  assert.equal(table.apply(cloudRow({ deleted: true })), 'not-handle');
  assert.equal(table.get('a'), undefined);
  assert.equal(table.apply(cloudRow()), 'insert');
  assert.deepEqual(
    table.live().map((row) => [row.pk, row.gid]),
    [['a', 'g1']]
  );
});
