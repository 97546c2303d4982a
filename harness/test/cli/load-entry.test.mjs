import assert from 'node:assert/strict';
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
const harness = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const fixtures = path.join(harness, 'fixtures/cli');
const { loadEntry, EntryError } = require(path.join(harness, 'dist/cli/load-entry.js'));

const scratch = mkdtempSync(path.join(tmpdir(), 'load-entry-'));
after(() => rmSync(scratch, { recursive: true, force: true }));

/** Asserts that loading `file` fails with a one-line EntryError matching `pattern`. */
async function assertEntryError(file, pattern) {
  await assert.rejects(loadEntry(file), (error) => {
    assert.ok(error instanceof EntryError, `expected an EntryError, got ${String(error)}`);
    assert.equal(error.name, 'EntryError');
    assert.doesNotMatch(error.message, /\n/);
    assert.match(error.message, pattern);
    return true;
  });
}

describe('loadEntry', () => {
  it('runs a .ts entry whose relative import has no extension', async () => {
    const entry = await loadEntry(path.join(fixtures, 'ts-relative/entry.ts'));
    assert.equal(typeof entry, 'function');
    assert.equal(entry.name, 'RelativeImportEntry');
    assert.equal(entry.loadedFrom, 'cloud-service.ts');
  });

  it('runs a .ts entry that names its .ts import with .js', async () => {
    const entry = await loadEntry(path.join(fixtures, 'js-specifier/entry.ts'));
    assert.equal(entry.loadedFrom, 'cloud-service.ts');
  });

  it('transpiles an ArkTS .ets entry and its extension-less .ets import', async () => {
    const entry = await loadEntry(path.join(fixtures, 'ets-entry/entry.ets'));
    assert.equal(entry.name, 'ArkTsEntry');
    assert.equal(entry.loadedFrom, 'cloud-service.ets');
  });

  it('transpiles .mts and .cts entries to CommonJS', async () => {
    assert.equal((await loadEntry(path.join(fixtures, 'entry.mts'))).loadedFrom, 'entry.mts');
    assert.equal((await loadEntry(path.join(fixtures, 'entry.cts'))).loadedFrom, 'entry.cts');
  });

  it('loads .mjs and .cjs entries with import()', async () => {
    assert.equal((await loadEntry(path.join(fixtures, 'entry.mjs'))).loadedFrom, 'entry.mjs');
    assert.equal((await loadEntry(path.join(fixtures, 'entry.cjs'))).loadedFrom, 'entry.cjs');
  });

  it('unwraps the default export of CommonJS compiled from ES syntax', async () => {
    const file = path.join(scratch, 'compiled.cjs');
    writeFileSync(
      file,
      "'use strict';\nObject.defineProperty(exports, '__esModule', { value: true });\n" + 'class Compiled {}\nexports.default = Compiled;\n'
    );
    assert.equal((await loadEntry(file)).name, 'Compiled');
  });

  it('gives @ohos imports the harness modules in a TypeScript entry', async () => {
    const file = path.join(scratch, 'platform.ts');
    writeFileSync(
      file,
      "import cloudExtension from '@ohos.data.cloudExtension';\n" +
        "import rpc from '@ohos.rpc';\n" +
        'export default class PlatformEntry {\n' +
        '  static readonly stubFactory: unknown = cloudExtension.createCloudServiceStub;\n' +
        '  static readonly sequence: unknown = rpc.MessageSequence;\n' +
        '}\n'
    );
    const entry = await loadEntry(file);
    assert.equal(typeof entry.stubFactory, 'function');
    assert.equal(entry.sequence, require(path.join(harness, 'dist/modules/ohos.rpc.js')).MessageSequence);
  });

  it('gives @ohos imports the harness modules in an ES module entry', async () => {
    const file = path.join(scratch, 'platform.mjs');
    writeFileSync(
      file,
      "import rpc from '@ohos.rpc';\nexport default class PlatformEntry {\n  static sequence = rpc.MessageSequence;\n}\n"
    );
    const entry = await loadEntry(file);
    assert.equal(entry.sequence, require(path.join(harness, 'dist/modules/ohos.rpc.js')).MessageSequence);
  });

  it('leaves require as it found it once the entry is loaded', async () => {
    const before = Object.keys(require.extensions).join(',');
    await loadEntry(path.join(fixtures, 'ts-relative/entry.ts'));
    assert.equal(Object.keys(require.extensions).join(','), before);
    assert.equal(require.extensions['.ts'], undefined);
  });

  it("transpiles with the project's own typescript, found from the entry's folder", async () => {
    const project = path.join(scratch, 'own-typescript');
    mkdirSync(path.join(project, 'node_modules/typescript'), { recursive: true });
    writeFileSync(
      path.join(project, 'node_modules/typescript/index.js'),
      "exports.version = '0.0.0-fake';\n" +
        'exports.ModuleKind = { CommonJS: 1 };\nexports.ScriptTarget = { ES2020: 7 };\nexports.DiagnosticCategory = { Error: 1 };\n' +
        'exports.flattenDiagnosticMessageText = String;\n' +
        "exports.transpileModule = () => ({ outputText: 'exports.__esModule = true; exports.default = class FromProjectTypeScript {};\\n', diagnostics: [] });\n"
    );
    writeFileSync(path.join(project, 'entry.ts'), 'export default class Original {}\n');
    assert.equal((await loadEntry(path.join(project, 'entry.ts'))).name, 'FromProjectTypeScript');
  });

  it("falls back to the harness's typescript when the project's has no compiler API (TypeScript 7)", async () => {
    const project = path.join(scratch, 'native-typescript');
    mkdirSync(path.join(project, 'node_modules/typescript'), { recursive: true });
    writeFileSync(path.join(project, 'node_modules/typescript/index.js'), "exports.version = '7.0.0-fake';\n");
    writeFileSync(path.join(project, 'entry.ts'), 'export default class Transpiled { static readonly ok: boolean = true; }\n');
    assert.equal((await loadEntry(path.join(project, 'entry.ts'))).ok, true);
  });

  it('says how to install typescript when no copy can be found', async () => {
    // A copy of the built harness outside any node_modules tree, so that typescript cannot resolve.
    const lonely = mkdtempSync(path.join(tmpdir(), 'lonely-harness-'));
    try {
      cpSync(path.join(harness, 'dist'), path.join(lonely, 'dist'), { recursive: true });
      writeFileSync(path.join(lonely, 'entry.ts'), 'export default class Entry {}\n');
      const copy = require(path.join(lonely, 'dist/cli/load-entry.js'));
      await assert.rejects(copy.loadEntry(path.join(lonely, 'entry.ts')), (error) => {
        assert.equal(error.name, 'EntryError');
        assert.match(
          error.message,
          /entry\.ts: running a TypeScript entry needs the typescript package; run `npm install --save-dev typescript`$/
        );
        return true;
      });
    } finally {
      rmSync(lonely, { recursive: true, force: true });
    }
  });

  it('reports a missing file', async () => {
    await assertEntryError(path.join(fixtures, 'nowhere.ts'), /^cannot find the entry file .*nowhere\.ts$/);
  });

  it('reports a file of another kind', async () => {
    await assertEntryError(path.join(fixtures, 'not-an-entry.json'), /not-an-entry\.json: cannot load a "\.json" file/);
  });

  it('reports a directory', async () => {
    const folder = path.join(scratch, 'folder.ts');
    mkdirSync(folder, { recursive: true });
    await assertEntryError(folder, /folder\.ts is not a file$/);
  });

  it('reports a TypeScript syntax error with its line and column', async () => {
    await assertEntryError(path.join(fixtures, 'syntax-error.ts'), /syntax-error\.ts:3:36: syntax error: Expression expected\.$/);
  });

  it('reports a JavaScript syntax error with its line', async () => {
    const file = path.join(scratch, 'syntax-error.mjs');
    writeFileSync(file, 'export default class Broken {\n  static value = ;\n}\n');
    await assertEntryError(file, /syntax-error\.mjs:2:18: syntax error: Unexpected token/);
  });

  it('reports an entry without a default export', async () => {
    await assertEntryError(path.join(fixtures, 'no-default.ts'), /no-default\.ts has no default export/);
  });

  it('reports a default export that is neither a class nor an object', async () => {
    const file = path.join(scratch, 'number.mjs');
    writeFileSync(file, 'export default 42;\n');
    await assertEntryError(file, /number\.mjs has no default export/);
  });

  it('reports an entry that throws while loading, on one line', async () => {
    await assertEntryError(
      path.join(fixtures, 'throws-at-load.ts'),
      /throws-at-load\.ts threw while loading: Error: configuration file missing$/
    );
  });

  it('reports an import that cannot be found', async () => {
    await assertEntryError(
      path.join(fixtures, 'missing-import.ts'),
      /missing-import\.ts could not be loaded: Cannot find module '\.\/does-not-exist'/
    );
  });

  it("maps device-only imports to the vendor's TypeScript and ArkTS fakes with the modules option", async () => {
    const folder = path.join(fixtures, 'device-only');
    const modules = { 'libentry.so': path.join(folder, 'libentry.ts'), BuildProfile: path.join(folder, 'BuildProfile.ets') };
    for (const name of ['entry.ts', 'entry.mjs']) {
      const entry = await loadEntry(path.join(folder, name), { modules });
      assert.equal(entry.sum, 5, name);
      assert.equal(entry.bundle, 'com.example.fake', name);
    }
  });

  it('takes a relative mapped file from the working directory', async () => {
    const folder = path.relative(process.cwd(), path.join(fixtures, 'device-only'));
    const modules = { 'libentry.so': path.join(folder, 'libentry.ts'), BuildProfile: path.join(folder, 'BuildProfile.ets') };
    assert.equal((await loadEntry(path.join(folder, 'entry.ts'), { modules })).sum, 5);
  });

  it('maps a relative specifier exactly as the code writes it, as DevEco projects import BuildProfile', async () => {
    const folder = path.join(scratch, 'relative-build-profile');
    mkdirSync(folder, { recursive: true });
    const entry = path.join(folder, 'entry.ets');
    writeFileSync(
      entry,
      "import BuildProfile from '../../BuildProfile';\nexport default class RelativeProfile { static readonly bundle: string = BuildProfile.BUNDLE_NAME; }\n"
    );
    await assert.rejects(loadEntry(entry), (error) => error.unmappedSpecifier === '../../BuildProfile');
    const modules = { '../../BuildProfile': path.join(fixtures, 'device-only/BuildProfile.ets') };
    assert.equal((await loadEntry(entry, { modules })).bundle, 'com.example.fake');
  });

  it('names an unmapped device-only import and the modules option that maps it', async () => {
    const file = path.join(scratch, 'unmapped.ts');
    writeFileSync(
      file,
      "import camera from '@ohos.multimedia.camera';\nexport default class Unmapped { static readonly camera: unknown = camera; }\n"
    );
    const esm = path.join(scratch, 'unmapped.mjs');
    writeFileSync(esm, "import native from 'libunmapped.so';\nexport default class Unmapped { static native = native; }\n");
    for (const entry of [file, esm]) {
      await assert.rejects(loadEntry(entry), (error) => {
        assert.ok(error instanceof EntryError, String(error));
        const specifier = entry === file ? '@ohos.multimedia.camera' : 'libunmapped.so';
        assert.equal(error.unmappedSpecifier, specifier);
        assert.equal(
          error.message,
          `the extension imports '${specifier}', which the harness does not emulate; map it to a fake of yours with the modules option { '${specifier}': '<file>' }`
        );
        return true;
      });
    }
  });

  it('reports a missing npm package plainly, without the hint', async () => {
    await assert.rejects(loadEntry(path.join(fixtures, 'device-only/missing-package.ts')), (error) => {
      assert.ok(error instanceof EntryError);
      assert.equal(error.unmappedSpecifier, undefined);
      assert.match(error.message, /missing-package\.ts could not be loaded: Cannot find module 'no-such-package-of-the-harness'/);
      return true;
    });
  });

  it('reports a mapping whose file does not exist', async () => {
    await assert.rejects(loadEntry(path.join(fixtures, 'entry.cjs'), { modules: { 'libentry.so': 'fakes/nowhere.ts' } }), (error) => {
      assert.ok(error instanceof EntryError);
      assert.equal(error.message, "cannot find fakes/nowhere.ts, the file mapped to 'libentry.so'");
      return true;
    });
  });

  it('gives up on an ES module entry whose top-level await never settles', async () => {
    const file = path.join(scratch, 'never.mjs');
    writeFileSync(file, 'await new Promise(() => {});\nexport default class Never {}\n');
    await assert.rejects(loadEntry(file, { timeoutMs: 50 }), /did not finish loading within 50 ms/);
  });
});
