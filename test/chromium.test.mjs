// The browser helper of the docs-site test (lib/chromium.mjs): it inflates the Chromium that
// @sparticuz/chromium ships, and when that browser cannot start it fails with what to do.
import assert from 'node:assert/strict';
import { chmodSync, existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { test } from 'node:test';
import { chromium } from 'playwright-core';
import { BrowserUnavailableError, launchShippedChromium, shippedChromium } from './lib/chromium.mjs';

test('the shipped Chromium is inflated into its own folder, with its flags', { timeout: 120_000 }, async () => {
  const shipped = await shippedChromium();
  assert.ok(existsSync(shipped.executablePath), shipped.executablePath);
  assert.match(shipped.executablePath, /[/\\]\.tmp[/\\]chromium-\d+\.\d+\.\d+[/\\]chromium$/);
  assert.ok(shipped.args.includes('--no-sandbox'), shipped.args.join(' '));
  assert.notEqual(shipped.executablePath, '/usr/bin/chromium');
});

test('a browser that does not start fails with what to do, not a skip', { timeout: 120_000 }, async () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'broken-chromium-'));
  try {
    // A stand-in for a damaged binary: it exits at once.
    writeFileSync(path.join(dir, 'chromium'), '#!/bin/sh\nexit 1\n');
    chmodSync(path.join(dir, 'chromium'), 0o755);
    await assert.rejects(launchShippedChromium(chromium, { dir }), (error) => {
      assert.ok(error instanceof BrowserUnavailableError, String(error));
      assert.match(error.message, /did not start/);
      assert.ok(error.message.includes(`Delete ${dir}`), error.message);
      assert.match(error.message, /npm ci/);
      return true;
    });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
