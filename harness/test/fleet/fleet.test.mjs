// The fleet against a cloud held in memory: a cloud that keeps the contract gives no finding over
// many seeds, and each defect of the contract gives its own error, with the calls that show it.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import { MemoryCloud } from './support/memory-cloud.mjs';

const require = createRequire(import.meta.url);
const { runFleet } = require('../../dist/fleet/fleet.js');
const { fleetTable } = require('../../dist/fleet/fleet-rows.js');
const { SAMPLE_DATABASE } = require('../../dist/check/sample-database.js');

const TABLES = SAMPLE_DATABASE.tables.map(fleetTable);

async function fleet({ defects = [], seed = 1, devices = 3, rounds = 8, leaseSeconds = 0.2 } = {}) {
  const cloud = new MemoryCloud({ defects, leaseSeconds });
  return runFleet({ devices, rounds, seed, tables: TABLES, portFor: (device) => cloud.portFor(device), leaseWaitMs: 1500 });
}

const errors = (report) => report.findings.filter((finding) => finding.severity === 'error');
const show = (report) =>
  report.findings.map((finding) => `${finding.rule}: ${finding.message}\n    ${finding.history.join('\n    ')}`).join('\n');

test('a cloud that keeps the contract gives no error over many seeds', async () => {
  for (let seed = 1; seed <= 12; seed++) {
    const report = await fleet({ seed });
    assert.deepEqual(errors(report), [], `seed ${seed}:\n${show(report)}`);
    assert.ok(report.history.length > 20, 'the devices did call the cloud');
  }
});

test('the same seed gives the same history', async () => {
  const one = await fleet({ seed: 99, leaseSeconds: 0.1 });
  const two = await fleet({ seed: 99, leaseSeconds: 0.1 });
  const calls = (report) =>
    report.history.map((entry) => `${entry.device} ${entry.method} ${entry.table ?? ''} ${entry.request} ${entry.outcome}`);
  assert.deepEqual(calls(one), calls(two));
});

const DEFECT_CASES = [
  { defect: 'offsetCursor', rule: 'devices-diverged' },
  { defect: 'hardDelete', rule: 'deleted-row-lives-on' },
  { defect: 'sharedLock', rule: 'lock-not-exclusive' },
  { defect: 'leaseNeverLapses', rule: 'lock-never-lapsed' },
  { defect: 'idsPerDevice', rule: 'ids-not-unique' },
  { defect: 'cursorSkipsConcurrentWrites', rule: 'devices-diverged' },
  { defect: 'updateNotStored', rule: 'acknowledged-write-lost' },
  { defect: 'feedNeverEnds', rule: 'feed-never-ends' }
];

for (const { defect, rule } of DEFECT_CASES) {
  test(`a cloud with ${defect} is found: ${rule}`, async () => {
    let found;
    for (let seed = 1; seed <= 6 && found === undefined; seed++) {
      const report = await fleet({ defects: [defect], seed });
      found = report.findings.find((finding) => finding.rule === rule);
    }
    assert.ok(found, `no ${rule} finding within 6 seeds`);
    assert.equal(found.severity, 'error');
    assert.ok(
      found.history.length > 0 && found.history.every((line) => /^#\d+ device \d+|^… \d+ more calls …$/.test(line)),
      found.history.join('\n')
    );
  });
}
