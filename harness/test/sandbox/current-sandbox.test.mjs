// Pins src/sandbox/current-sandbox.ts: the sandbox in force is settable, and a fallback exists
// before any is set (a device's worker sets its own).
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { describe, it } from 'node:test';
import { Sandbox, currentSandbox, setCurrentSandbox } from 'ohos-cloud-extension-harness';

describe('currentSandbox', () => {
  it('falls back to one temp sandbox, the same on every call', () => {
    const fallback = currentSandbox();
    assert.equal(currentSandbox(), fallback);
    assert.ok(existsSync(fallback.root));
  });

  it('gives the one set, and setting gives back the previous one', () => {
    const fallback = currentSandbox();
    const mine = Sandbox.create();
    try {
      assert.equal(setCurrentSandbox(mine), undefined);
      assert.equal(currentSandbox(), mine);
      assert.equal(setCurrentSandbox(undefined), mine);
      assert.equal(currentSandbox(), fallback);
    } finally {
      mine.dispose();
    }
  });
});
