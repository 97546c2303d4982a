import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const { FindingLog, MAX_FINDINGS_PER_RULE_AND_METHOD } = require('../../dist/check/finding.js');

test('a finding takes severity and source from the catalogue', () => {
  const log = new FindingLog();
  log.add('unsubscribe-not-positive', 'CloudService.unsubscribe', 'resolved 0');
  assert.deepEqual(log.list(), [
    {
      severity: 'error',
      method: 'CloudService.unsubscribe',
      rule: 'unsubscribe-not-positive',
      message: 'resolved 0',
      source: 'cloud_extension_stub.js:124'
    }
  ]);
});

test('repeats are dropped and each rule and method is capped', () => {
  const log = new FindingLog();
  assert.equal(log.add('duplicate-ids', 'CloudDB.generateId', 'same'), true);
  assert.equal(log.add('duplicate-ids', 'CloudDB.generateId', 'same'), false);
  for (let index = 0; index < 10; index++) {
    log.add('duplicate-ids', 'CloudDB.generateId', `id ${index}`);
  }
  const listed = log.list();
  assert.equal(listed.length, MAX_FINDINGS_PER_RULE_AND_METHOD);
  assert.match(listed.at(-1).message, /8 more like this not listed/);
});

test('errors come first, then warnings, then notes', () => {
  const log = new FindingLog();
  log.add('upload-prefix-dropped', 'AssetLoader.upload', 'n');
  log.add('duplicate-ids', 'CloudDB.generateId', 'w');
  log.add('vendor-threw', 'CloudDB.query', 'e');
  assert.deepEqual(
    log.list().map((finding) => finding.severity),
    ['error', 'warning', 'note']
  );
});

test('errorsAdded counts every error added, kept or capped, and no warning', () => {
  const log = new FindingLog();
  for (let index = 0; index < 5; index++) {
    log.add('vendor-threw', 'CloudDB.query', `threw ${index}`);
  }
  log.add('vendor-threw', 'CloudDB.query', 'threw 0');
  log.add('duplicate-ids', 'CloudDB.generateId', 'w');
  assert.equal(log.errorsAdded, 6);
  assert.equal(log.list().filter((finding) => finding.severity === 'error').length, MAX_FINDINGS_PER_RULE_AND_METHOD);
});
