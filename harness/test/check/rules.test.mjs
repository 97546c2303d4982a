// One broken fixture extension per rule (fixtures/rules/<rule>.ts): the check must report that
// rule, with its catalogue severity, on the method the defect is in, and no other error.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import { existsSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import { check, RULES } from 'ohos-cloud-extension-harness';

const require = createRequire(import.meta.url);
const { loadEntry } = require('../../dist/cli/load-entry.js');
const fixtures = fileURLToPath(new URL('../../fixtures/rules/', import.meta.url));

/** rule id → the finding its fixture must produce, and the check options it needs. */
const CASES = [
  { rule: 'unsubscribe-not-positive', severity: 'error', method: 'CloudService.unsubscribe', says: /resolved 0\b.*greater than 0/ },
  { rule: 'success-without-value', severity: 'error', method: 'CloudDB.lock' },
  { rule: 'result-missing', severity: 'error', method: 'CloudDB.update' },
  { rule: 'int32-out-of-range', severity: 'error', method: 'CloudDB.lock', says: /lockId is 1767225600000.*reads 1994041344/ },
  { rule: 'number-changed-in-transit', severity: 'error', method: 'CloudDB.query', says: /score is 1e-7.*reads 0\b/ },
  {
    rule: 'string-changed-in-transit',
    severity: 'error',
    method: 'CloudDB.query',
    says: /values\[0\]\.title is "left\\u0000right".*reads "left"/
  },
  { rule: 'value-not-encodable', severity: 'error', method: 'CloudDB.query', says: /modifyTime is a Date/ },
  { rule: 'connect-not-a-stub', severity: 'error', method: 'CloudService.connectDB' },
  { rule: 'query-pages-forever', severity: 'error', method: 'CloudDB.query', says: /"test_nextCursor"/ },
  { rule: 'wrong-field-type', severity: 'error', method: 'CloudDB.generateId' },
  { rule: 'share-role-null', severity: 'error', method: 'ShareCenter.queryParticipants' },
  { rule: 'reply-too-large', severity: 'error', method: 'CloudDB.query', says: /204800 bytes/ },
  { rule: 'vendor-threw', severity: 'error', method: 'CloudDB.heartbeat', says: /lock service unreachable/ },
  { rule: 'call-timed-out', severity: 'error', method: 'CloudDB.lock', options: { timeoutMs: 300 }, says: /300 ms/ },
  { rule: 'flag-absent-at-runtime', severity: 'error', method: 'CloudDB.delete' },
  { rule: 'asset-status-changed', severity: 'error', method: 'CloudDB.query', says: /status is 0.*reads 1\b/ },
  { rule: 'asset-result-without-value', severity: 'error', method: 'AssetLoader.download' },
  { rule: 'stub-without-implementation', severity: 'error', method: 'CloudService.connectDB' },
  { rule: 'call-failed', severity: 'error', method: 'CloudDB.query' },
  { rule: 'result-count-mismatch', severity: 'warning', method: 'CloudDB.insert', says: /1 results for 30 rows/ },
  { rule: 'duplicate-ids', severity: 'warning', method: 'CloudDB.generateId' },
  { rule: 'query-over-limit', severity: 'warning', method: 'CloudDB.query' },
  { rule: 'unknown-error-code', severity: 'warning', method: 'CloudDB.heartbeat', says: /code is 200/ },
  { rule: 'schema-bundle-mismatch', severity: 'warning', method: 'CloudService.getAppSchema', says: /com\.example\.other/ },
  { rule: 'query-row-without-extension', severity: 'warning', method: 'CloudDB.query', says: /10 of 10 rows without a cloud id.*"id"/ },
  { rule: 'query-page-limit-reached', severity: 'warning', method: 'CloudDB.query', options: { maxPages: 20 } },
  { rule: 'subscription-expired', severity: 'warning', method: 'CloudService.subscribe', says: /expirationTime 0\b/ },
  { rule: 'subscription-incomplete', severity: 'warning', method: 'CloudService.subscribe', says: /"notes_cloud_db"/ },
  { rule: 'lock-interval-not-positive', severity: 'warning', method: 'CloudDB.lock' },
  { rule: 'field-type-unknown', severity: 'warning', method: 'CloudService.getAppSchema' },
  { rule: 'asset-file-not-written', severity: 'warning', method: 'AssetLoader.download', says: /3 of 3 assets.*photo-1\.jpg.*no file/ },
  { rule: 'reply-too-large-in-large-batch', severity: 'warning', method: 'CloudDB.insert', options: { largeBatchRows: 2000 } },
  { rule: 'unlock-reply-without-boolean', severity: 'note', method: 'CloudDB.unlock' },
  { rule: 'upload-prefix-dropped', severity: 'note', method: 'AssetLoader.upload' },
  { rule: 'query-times-read-as-text', severity: 'note', method: 'CloudDB.query', says: /createTime and modifyTime as numbers/ },
  { rule: 'empty-insert-not-sent', severity: 'note', method: 'CloudDB.insert' },
  { rule: 'sample-database-used', severity: 'note', method: 'CloudService.getAppSchema' },
  { rule: 'int64-precision', severity: 'note', method: 'CloudDB.query' }
];

function describeFindings(findings) {
  return findings.map((f) => `${f.severity} ${f.method} [${f.rule}] ${f.message}`).join('\n');
}

test('every rule of the catalogue has a fixture and a case', () => {
  const ids = RULES.map((rule) => rule.id);
  assert.deepEqual([...new Set(ids)].length, ids.length, 'rule ids are unique');
  for (const id of ids) {
    assert.ok(existsSync(path.join(fixtures, `${id}.ts`)), `fixtures/rules/${id}.ts exists`);
    assert.ok(
      CASES.some((entry) => entry.rule === id),
      `a case for ${id}`
    );
  }
});

test('the fixtures are vendor code that compiles against ohos-cloud-extension-types', () => {
  const tsc = require.resolve('typescript/bin/tsc');
  const project = fileURLToPath(new URL('../../fixtures/tsconfig.json', import.meta.url));
  const result = spawnSync(process.execPath, [tsc, '-p', project], { encoding: 'utf8' });
  assert.equal(result.status, 0, result.stdout + result.stderr);
});

// The fixtures' `@ohos.file.fs` is declared by the harness's own module (fixtures/tsconfig.json
// `paths`), standing in for the SDK's declaration, so the lint runs with that project.
// Defects that break the declared types need a cast, which ArkTS (rightly) refuses: on a device
// such code can only come from plain JavaScript or an `any`. Everything else is valid ArkTS.
const TYPE_BREAKING = [
  'connect-not-a-stub',
  'result-missing',
  'share-role-null',
  'stub-without-implementation',
  'value-not-encodable',
  'wrong-field-type'
];

test('the base and the fixtures are valid ArkTS, but for the casts of type-breaking defects', () => {
  const { lintArkTS } = require('../../dist/lint/lint.js');
  const globals = fileURLToPath(new URL('../../../examples/vendor-extension/arkts-globals.d.ts', import.meta.url));
  const project = fileURLToPath(new URL('../../fixtures/tsconfig.json', import.meta.url));
  const result = lintArkTS([fixtures, globals], { asEts: true, project });
  const unexpected = result.diagnostics.filter(
    (diagnostic) => !(diagnostic.rule === 'arkts-no-any-unknown' && TYPE_BREAKING.some((rule) => diagnostic.file.endsWith(`${rule}.ts`)))
  );
  assert.deepEqual(unexpected, []);
  assert.ok(result.files.length >= CASES.length, 'every fixture was linted');
});

for (const entry of CASES) {
  test(`fixture ${entry.rule} is reported as ${entry.severity} on ${entry.method}`, async () => {
    const extension = await loadEntry(path.join(fixtures, `${entry.rule}.ts`));
    const report = await check(extension, entry.options ?? {});
    const shown = describeFindings(report.findings);
    const hit = report.findings.find((finding) => finding.rule === entry.rule && finding.method === entry.method);
    assert.ok(hit, `expected ${entry.rule} on ${entry.method}, got:\n${shown}`);
    assert.equal(hit.severity, entry.severity);
    assert.equal(RULES.find((rule) => rule.id === entry.rule).severity, entry.severity, 'the catalogue agrees');
    assert.match(hit.source, /\S/, 'the finding cites its source');
    assert.ok(hit.message.length > 40, 'the message explains');
    if (entry.says !== undefined) {
      assert.match(hit.message, entry.says, 'the message names the values involved');
    }
    const otherErrors = report.findings.filter((finding) => finding.severity === 'error' && finding.rule !== entry.rule);
    assert.deepEqual(otherErrors, [], `no other error:\n${shown}`);
  });
}

// The check runs an entry file in its own worker thread, where what the vendor returned reaches
// the check as structured-clonable data: every fixture must give exactly the same findings there.
test('every fixture gives the same findings in its own process (check given the file) as in process', async () => {
  // Times and the expiry the system asks for (now + 144 h) differ from run to run.
  const normal = (findings) =>
    describeFindings(findings)
      .replace(/\d+ ms/g, 'N ms')
      .replace(/\b\d{13}\b/g, 'EPOCH_MS');
  // In process, one check at a time: connections in one process share the sandbox in force.
  const inProcess = new Map();
  for (const entry of CASES) {
    const file = path.join(fixtures, `${entry.rule}.ts`);
    inProcess.set(entry.rule, normal((await check(await loadEntry(file), entry.options ?? {})).findings));
  }
  const differences = [];
  const pending = [...CASES];
  const worker = async () => {
    for (let entry = pending.shift(); entry !== undefined; entry = pending.shift()) {
      const file = path.join(fixtures, `${entry.rule}.ts`);
      const isolated = normal((await check(file, entry.options ?? {})).findings);
      if (inProcess.get(entry.rule) !== isolated) {
        differences.push(`${entry.rule}:\n--- in process\n${inProcess.get(entry.rule)}\n--- isolated\n${isolated}`);
      }
    }
  };
  await Promise.all([worker(), worker()]);
  assert.deepEqual(differences, []);
});

test('the catalogue: kebab-case ids, a severity, methods, a cited source line and a summary for every rule', () => {
  for (const rule of RULES) {
    assert.match(rule.id, /^[a-z0-9]+(-[a-z0-9]+)*$/);
    assert.ok(['error', 'warning', 'note'].includes(rule.severity));
    assert.ok(rule.methods.length > 0 && rule.methods.every((method) => /^[A-Za-z]+\.[A-Za-z]+$/.test(method)), rule.id);
    assert.match(rule.source, /\.(js|cpp|h):\d+/, `${rule.id} cites a file and line`);
    assert.ok(rule.summary.length > 30, rule.id);
  }
  const order = RULES.map((rule) => ['error', 'warning', 'note'].indexOf(rule.severity));
  assert.deepEqual(
    order,
    [...order].sort((a, b) => a - b),
    'errors, then warnings, then notes'
  );
});

test('the fix-it texts live in the catalogue: every rule has one, and every finding ends with it', async () => {
  for (const rule of RULES) {
    assert.ok(typeof rule.fix === 'string' && rule.fix.length > 20 && rule.fix.endsWith('.'), `${rule.id} has a fix-it text`);
  }
  const extension = await loadEntry(path.join(fixtures, 'string-changed-in-transit.ts'));
  const report = await check(extension, {});
  assert.ok(report.findings.length > 0);
  for (const finding of report.findings) {
    const fix = RULES.find((rule) => rule.id === finding.rule).fix;
    assert.ok(finding.message.endsWith(fix) || finding.message.includes(`${fix} (`), `${finding.rule}: ${finding.message}`);
  }
});
