// Pins src/register/module-map.ts: the vendor's mappings as plain data, which specifiers are
// device-only, and the one-line hint for each place a mapping is given.
import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import path from 'node:path';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
const harness = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const map = require(path.join(harness, 'dist/register/module-map.js'));

describe('module-map', () => {
  it('parses spec=file at the first =, trimming both sides', () => {
    assert.deepEqual(map.parseModuleMapping('libentry.so=fakes/libentry.ts'), ['libentry.so', 'fakes/libentry.ts']);
    assert.deepEqual(map.parseModuleMapping(' BuildProfile = fakes/a=b.ets '), ['BuildProfile', 'fakes/a=b.ets']);
  });

  it('refuses a mapping without both sides, with one line', () => {
    for (const text of ['libentry.so', '=file.ts', 'libentry.so=', '']) {
      assert.throws(
        () => map.parseModuleMapping(text),
        (error) => {
          assert.ok(error instanceof map.ModuleMappingError);
          assert.equal(error.message, `a module mapping must be <specifier>=<file>, got "${text}"`);
          return true;
        }
      );
    }
  });

  it('parses the environment variable: commas or new lines, blanks skipped, the last of a specifier wins', () => {
    assert.equal(map.MODULES_ENV, 'OHOS_HARNESS_MODULES');
    assert.deepEqual(map.parseModuleList('a.so=x.ts, BuildProfile=y.ets\n\na.so=z.ts,'), { 'a.so': 'z.ts', BuildProfile: 'y.ets' });
    assert.deepEqual(map.parseModuleList(''), {});
  });

  it('makes files absolute against the base and refuses a file that does not exist', () => {
    const base = path.join(harness, 'fixtures/register');
    assert.deepEqual(map.resolveModuleMap({ 'libentry.so': 'fakes/libentry.ts' }, base), {
      'libentry.so': path.join(base, 'fakes/libentry.ts')
    });
    assert.throws(
      () => map.resolveModuleMap({ 'libentry.so': 'fakes/nowhere.ts' }, base),
      /^ModuleMappingError: cannot find fakes\/nowhere\.ts, the file mapped to 'libentry\.so'$/
    );
    assert.throws(() => map.resolveModuleMap({ 'libentry.so': 7 }, base), /the module mapping of "libentry\.so" must name a file/);
  });

  it('counts as device-only the system modules, native libraries and BuildProfile, and nothing from npm', () => {
    for (const specifier of [
      '@ohos.net.http',
      '@kit.NetworkKit',
      '@system.router',
      '@hms.core.account',
      '@arkts.collections',
      'libentry.so',
      'libc++_shared.so',
      'BuildProfile',
      '../../BuildProfile',
      './lib/libnative.so'
    ]) {
      assert.equal(map.isDeviceOnlySpecifier(specifier), true, specifier);
    }
    for (const specifier of ['lodash', '@types/node', '@ohos/hypium', './local', 'library.so.js', 'BuildProfiles', 'node:fs']) {
      assert.equal(map.isDeviceOnlySpecifier(specifier), false, specifier);
    }
  });

  it('says how to map an import where it is given: the flag, the option or the variable', () => {
    assert.equal(
      map.unmappedModuleMessage('libentry.so', 'flag'),
      "the extension imports 'libentry.so', which the harness does not emulate; map it to a fake of yours with --module libentry.so=<file>"
    );
    assert.match(map.unmappedModuleMessage('libentry.so', 'option'), /with the modules option \{ 'libentry\.so': '<file>' \}$/);
    assert.match(map.unmappedModuleMessage('libentry.so', 'env'), /with OHOS_HARNESS_MODULES='libentry\.so=<file>'$/);
    assert.equal(map.unmappedSpecifierIn(`Error: ${map.unmappedModuleMessage('@ohos.x', 'env')}`), '@ohos.x');
    assert.equal(map.unmappedSpecifierIn("Cannot find module 'lodash'"), undefined);
  });

  it('knows which specifiers the harness emulates', () => {
    assert.equal(map.isEmulated('@ohos.rpc'), true);
    assert.equal(map.isEmulated('@ohos.net.connection'), false);
  });
});
