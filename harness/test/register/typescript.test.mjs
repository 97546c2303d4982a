// Pins src/register/typescript.ts: TypeScript and ArkTS transpiled in memory to CommonJS, with an
// inline source map; a syntax error as one line; the require hooks installed and removed.
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
const harness = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const typescript = require(path.join(harness, 'dist/register/typescript.js'));
const scratch = mkdtempSync(path.join(tmpdir(), 'typescript-'));
after(() => rmSync(scratch, { recursive: true, force: true }));

describe('typescript', () => {
  it('names the extensions it runs', () => {
    assert.deepEqual(typescript.TYPESCRIPT_EXTENSIONS, ['.ts', '.ets', '.mts', '.cts']);
  });

  it("transpiles to CommonJS with the project's typescript and maps the lines to the source", () => {
    const file = path.join(scratch, 'entry.ets');
    const ts = typescript.loadTypeScript(file);
    const code = typescript.transpile(ts, 'export default class A { static readonly n: number = 1; }\n', file);
    assert.match(code, /exports\.default = A;/);
    const map = JSON.parse(Buffer.from(/sourceMappingURL=data:application\/json;base64,(\S+)/.exec(code)[1], 'base64').toString());
    assert.deepEqual(map.sources, ['entry.ets']);
  });

  it('reports a syntax error on one line with its place', () => {
    const file = path.join(scratch, 'broken.ts');
    const ts = typescript.loadTypeScript(file);
    assert.throws(
      () => typescript.transpile(ts, 'const x: number = ;\n', file),
      (error) => {
        assert.ok(error instanceof typescript.TypeScriptLoadError);
        assert.match(error.message, /broken\.ts:1:19: syntax error: Expression expected\.$/);
        return true;
      }
    );
  });

  it('runs TypeScript through require while the hooks are installed, and removes them after', () => {
    const file = path.join(scratch, 'hooked.ts');
    writeFileSync(file, 'export const value: number = 41 + 1;\n');
    const uninstall = typescript.installTypeScriptHooks((filename) => typescript.loadTypeScript(filename));
    try {
      assert.equal(require(path.join(scratch, 'hooked')).value, 42);
    } finally {
      uninstall();
    }
    assert.equal(require.extensions['.ts'], undefined);
    assert.equal(require.extensions['.ets'], undefined);
  });

  it('shows a path inside the working directory relative to it', () => {
    assert.equal(typescript.displayPath(path.join(process.cwd(), 'a', 'b.ts')), path.join('a', 'b.ts'));
    assert.equal(typescript.displayPath('/elsewhere/b.ts'), '/elsewhere/b.ts');
  });
});
