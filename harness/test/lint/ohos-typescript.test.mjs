import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
const harness = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const { loadOhosTypeScript, INSTALL_HINT } = require(path.join(harness, 'dist/lint/ohos-typescript.js'));
const { LintSetupError } = require(path.join(harness, 'dist/lint/lint-setup-error.js'));

/** A folder whose node_modules holds a fake ohos-typescript with the given main file. */
function projectWithFakeCompiler(mainSource) {
  const dir = mkdtempSync(path.join(tmpdir(), 'lint-compiler-'));
  const pkg = path.join(dir, 'node_modules/ohos-typescript');
  mkdirSync(path.join(pkg, 'lib'), { recursive: true });
  writeFileSync(
    path.join(pkg, 'package.json'),
    JSON.stringify({ name: 'ohos-typescript', version: '4.9.5-r0', main: './lib/typescript.js' })
  );
  writeFileSync(path.join(pkg, 'lib/typescript.js'), mainSource);
  return dir;
}

describe('loadOhosTypeScript', () => {
  it('loads the installed copy with its published version and its ArkTS 1.1 linter', () => {
    const { ts, version } = loadOhosTypeScript([harness]);
    assert.equal(version, require('ohos-typescript/package.json').version);
    assert.equal(typeof ts.ArkTSLinter_1_1.runArkTSLinter, 'function');
  });

  it("prefers the linted project's copy, and refuses one without the linter", () => {
    const dir = projectWithFakeCompiler('module.exports = { version: "4.9.5" };');
    assert.throws(
      () => loadOhosTypeScript([dir]),
      (error) => error instanceof LintSetupError && /no ArkTS 1\.1 linter/.test(error.message) && error.message.includes(INSTALL_HINT)
    );
  });

  it('reports a copy that fails to load without its stack', () => {
    const dir = projectWithFakeCompiler('throw new Error("broken install");');
    assert.throws(
      () => loadOhosTypeScript([dir]),
      (error) => error instanceof LintSetupError && /could not be loaded: broken install/.test(error.message)
    );
  });

  it('names the install command', () => {
    assert.equal(INSTALL_HINT, 'npm install --save-dev ohos-typescript');
  });
});
