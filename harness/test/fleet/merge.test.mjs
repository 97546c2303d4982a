// The merge table of the device's sync engine (RDB scene, MERGE mode, last-writer-wins), case by
// case: each row of the table in the sync-engine sheet §3.5, checked against the decision the
// fleet's oracle predicts for a device.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const { mergeDecision } = require('../../dist/fleet/merge.js');

const live = (over = {}) => ({ gid: 'g1', deleted: false, modifyTime: 100, createTime: 50, writtenHere: true, ...over });
const cloud = (over = {}) => ({ gid: 'g1', deleted: false, modifyTime: 100, createTime: 50, ...over });

test('a cloud row with no local match is inserted; a tombstone with no match is ignored', () => {
  assert.equal(mergeDecision(undefined, cloud()), 'insert');
  assert.equal(mergeDecision(undefined, cloud({ deleted: true })), 'not-handle');
});

test('local newer without a gid: take the gid of a live cloud row, ignore a tombstone', () => {
  const local = live({ gid: undefined, modifyTime: 200 });
  assert.equal(mergeDecision(local, cloud()), 'only-update-gid');
  assert.equal(mergeDecision(local, cloud({ deleted: true })), 'not-handle');
});

test('local newer without a gid but deleted here: the live cloud copy comes back', () => {
  assert.equal(mergeDecision(live({ gid: undefined, modifyTime: 200, deleted: true }), cloud()), 'insert');
});

test('local newer with a gid: keep the local row; a newer local edit against a tombstone is detached', () => {
  const local = live({ modifyTime: 200 });
  assert.equal(mergeDecision(local, cloud()), 'not-handle');
  assert.equal(mergeDecision(local, cloud({ deleted: true })), 'clear-gid');
});

test('"local newer" needs the row to be written on this device', () => {
  const fromCloud = live({ modifyTime: 200, writtenHere: false });
  assert.equal(mergeDecision(fromCloud, cloud()), 'update');
  assert.equal(mergeDecision(fromCloud, cloud({ deleted: true })), 'delete');
});

test('ties go to the cloud: equal times are not "local newer"', () => {
  assert.equal(mergeDecision(live({ modifyTime: 100 }), cloud({ modifyTime: 100, createTime: 60 })), 'update');
});

test('not newer and deleted here: a live cloud row resurrects it, a tombstone only moves the time', () => {
  const local = live({ modifyTime: 90, deleted: true });
  assert.equal(mergeDecision(local, cloud()), 'insert');
  assert.equal(mergeDecision(local, cloud({ deleted: true })), 'update-timestamp');
});

test('not newer and live: the cloud copy overwrites, a tombstone deletes', () => {
  const local = live({ modifyTime: 90 });
  assert.equal(mergeDecision(local, cloud()), 'update');
  assert.equal(mergeDecision(local, cloud({ deleted: true })), 'delete');
});

test('the same times and no local gid: only the gid is filled in (an insert whose reply was lost)', () => {
  assert.equal(mergeDecision(live({ gid: undefined }), cloud()), 'only-update-gid');
  assert.equal(mergeDecision(live({ gid: undefined, createTime: 49 }), cloud()), 'update');
});
