// A vendor extension that uses the sandbox as a real one does (fixtures/check/sandbox-vendor.ts):
// asset files through @kit.CoreFileKit, a token in @kit.ArkData preferences under its context.
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { check } from 'ohos-cloud-extension-harness';

const require = createRequire(import.meta.url);
const { loadEntry } = require('../../dist/cli/load-entry.js');
const entry = fileURLToPath(new URL('../../fixtures/check/sandbox-vendor.ts', import.meta.url));

test('a vendor that keeps files and a token in its sandbox passes, and leaves them in the folder named', async () => {
  const folder = mkdtempSync(path.join(tmpdir(), 'i14-vendor-'));
  try {
    const report = await check(await loadEntry(entry), { sandbox: folder, bundleName: 'com.example.vendor', sharing: false });
    const problems = report.findings.filter((f) => f.severity !== 'note');
    assert.deepEqual(problems, [], problems.map((f) => `${f.rule}: ${f.message}`).join('\n'));
    const stored = path.join(folder, 'data/storage/el2/base/haps/entry/preferences/cloud_auth');
    assert.ok(existsSync(stored), 'the token file is in the preferences folder of the context');
    const content = readFileSync(stored, 'utf8');
    assert.match(content, /secret-token/);
    assert.match(content, /"downloads"/);
    assert.equal(statSync(path.join(folder, 'data/storage/el2/base/haps/entry/files/photo-2.jpg')).size, 1026);
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
});
