// success-without-value, method by method: every call whose payload the stub reads on success
// (cloud_extension_stub.js:107-110 getAppSchema, 116-119 subscribe, 304-310 generateId, 361-364
// query, 372-376 lock, 381-385 heartbeat) must be reported at its own method when the vendor
// answers code 0 without `value`. fixtures/rules/success-without-value.ts covers lock; the
// fixtures in fixtures/rules/success-without-value/ cover the others.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import { check } from 'ohos-cloud-extension-harness';

const require = createRequire(import.meta.url);
const { loadEntry } = require('../../dist/cli/load-entry.js');
const fixtures = fileURLToPath(new URL('../../fixtures/rules/success-without-value/', import.meta.url));

const CASES = [
  { fixture: 'generate-id', method: 'CloudDB.generateId' },
  { fixture: 'query', method: 'CloudDB.query' },
  { fixture: 'heartbeat', method: 'CloudDB.heartbeat' },
  { fixture: 'get-app-schema', method: 'CloudService.getAppSchema' },
  { fixture: 'subscribe', method: 'CloudService.subscribe' }
];

for (const { fixture, method } of CASES) {
  test(`${method} answering SUCCESS without a value is an error at ${method}`, async () => {
    const extension = await loadEntry(path.join(fixtures, `${fixture}.ts`));
    const report = await check(extension, { timeoutMs: 2000 });
    const listing = report.findings.map((f) => `${f.severity} ${f.method} [${f.rule}] ${f.message}`).join('\n');
    const matching = report.findings.filter((f) => f.rule === 'success-without-value');
    assert.ok(matching.length > 0, `success-without-value reported:\n${listing}`);
    for (const finding of matching) {
      assert.equal(finding.severity, 'error', listing);
      assert.equal(finding.method, method, listing);
    }
  });
}
