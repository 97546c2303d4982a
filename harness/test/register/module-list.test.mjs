// Pins src/register/module-list.ts as the one list of the platform modules: the package's
// `exports`, the register's specifiers and the built module files all agree with it.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
const harness = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const manifest = JSON.parse(readFileSync(path.join(harness, 'package.json'), 'utf8'));
const { PLATFORM_MODULES } = require(path.join(harness, 'dist/register/module-list.js'));
const { MODULE_FILE_NAMES } = require(path.join(harness, 'dist/register/module-files.js'));

describe('the module list', () => {
  it('names each module once, with its file, one-line texts and a public OpenHarmony source', () => {
    const specifiers = PLATFORM_MODULES.map((module) => module.specifier);
    assert.equal(new Set(specifiers).size, specifiers.length);
    assert.ok(specifiers.length >= 9);
    for (const module of PLATFORM_MODULES) {
      assert.match(module.specifier, /^@(ohos|kit)\.[A-Za-z.]+$/);
      assert.equal(module.file, `${module.specifier.slice(1)}.js`, module.specifier);
      assert.ok(existsSync(path.join(harness, 'dist/modules', module.file)), module.file);
      for (const key of ['emulates', 'differs']) {
        assert.ok(module[key].length > 0 && !module[key].includes('\n') && !module[key].includes('|'), `${module.specifier} ${key}`);
      }
      assert.match(module.source, /^https:\/\/(gitee|github)\.com\/openharmony\//, module.specifier);
    }
  });

  it('is what the register serves', () => {
    assert.deepEqual(
      [...MODULE_FILE_NAMES],
      PLATFORM_MODULES.map((module) => [module.specifier, module.file])
    );
    assert.deepEqual(
      require('ohos-cloud-extension-harness/register').registeredSpecifiers,
      PLATFORM_MODULES.map((module) => module.specifier)
    );
  });

  it("is what package.json exports under ./modules/, in the list's order (add the export with the line)", () => {
    const exported = Object.entries(manifest.exports).filter(([key]) => key.startsWith('./modules/'));
    const expected = PLATFORM_MODULES.map((module) => {
      const stem = module.file.replace(/\.js$/, '');
      return [`./modules/${module.specifier}`, { types: `./dist/modules/${stem}.d.ts`, default: `./dist/modules/${stem}.js` }];
    });
    assert.deepEqual(exported, expected);
    for (const module of PLATFORM_MODULES) {
      assert.equal(
        require.resolve(`ohos-cloud-extension-harness/modules/${module.specifier}`),
        path.join(harness, 'dist/modules', module.file)
      );
    }
  });

  it('is what the guide and the README list (npm run docs:modules writes them)', () => {
    const script = path.join(harness, '..', 'scripts', 'module-docs.mjs');
    const result = spawnSync(process.execPath, [script, '--check'], { encoding: 'utf8' });
    assert.equal(result.status, 0, result.stderr);
    const guide = readFileSync(path.join(harness, '..', 'docs', 'testing.md'), 'utf8');
    for (const module of PLATFORM_MODULES) {
      assert.ok(guide.includes(`| \`${module.specifier}\` | ${module.emulates} | ${module.differs} | [`), module.specifier);
      assert.ok(guide.includes(`](${module.source}) |`), module.source);
    }
  });

  it('needs Node 20.6, where module.register and the import hooks begin', () => {
    assert.equal(manifest.engines.node, '>=20.6.0');
  });
});
