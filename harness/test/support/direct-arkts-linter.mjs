// The ArkTS linter run directly, written independently of the harness's lint driver: the files
// are copied into a fresh folder under their `.ets` names (as a vendor moving sources into a
// DevEco project would), a program is built with ohos-typescript's own
// `createIncrementalProgramForArkTs`, and the compiler's and the linter's diagnostics are read as
// they come. Tests compare the lint tool's output with this.
import { copyFileSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
const ts = require('ohos-typescript');

/**
 * The harness's declarations of the ArkTS runtime's globals (the SDK's `console`, timers and
 * `canIUse`), as kept in the source tree; a run with `{ globals: true }` adds them as DevEco's SDK
 * adds its own.
 */
export const RUNTIME_GLOBALS_SOURCE = path.resolve(
  path.dirname(fileURLToPath(import.meta.url)),
  '../../src/lint/globals/arkts-runtime.d.ts'
);

/** The entry declaration file of ohos-cloud-extension-types, resolved from here. */
function typesEntry() {
  const manifestPath = require.resolve('ohos-cloud-extension-types/package.json');
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8'));
  return path.join(path.dirname(manifestPath), manifest.types);
}

/**
 * Lints `files` (absolute paths; `.ts` ones are copied as `.ets`, `.d.ts` as `.d.ets`) and gives
 * one `{ file, line, column, rule }` per diagnostic, `file` being the original base name. With
 * `globals`, the runtime's globals ({@link RUNTIME_GLOBALS_SOURCE}) join the program as they are.
 * `compilerOptions.paths` maps module names to the copies (`./name.d.ets`).
 */
export function lintDirectly(files, compilerOptions = {}, { globals = false } = {}) {
  const dir = mkdtempSync(path.join(tmpdir(), 'direct-arkts-'));
  const originalOf = new Map();
  const roots = files.map((file) => {
    const copy = path.join(dir, path.basename(file).replace(/\.ts$/, '.ets'));
    copyFileSync(file, copy);
    originalOf.set(copy, path.basename(file));
    return copy;
  });
  const options = {
    strict: true,
    target: ts.ScriptTarget.ES2022,
    lib: ['lib.es2022.d.ts'],
    module: ts.ModuleKind.ESNext,
    moduleResolution: ts.ModuleResolutionKind.NodeJs,
    types: [],
    noEmit: true,
    // Relative `paths` are relative to the folder the files are copied into.
    ...(compilerOptions.paths !== undefined ? { baseUrl: dir } : {}),
    ...compilerOptions
  };
  const builder = ts.createIncrementalProgramForArkTs({
    rootNames: [...roots, typesEntry(), ...(globals ? [RUNTIME_GLOBALS_SOURCE] : [])],
    options
  });
  const compiler = ts.getPreEmitDiagnostics(builder.getProgram()).map((d) => ({ d, rule: `TS${d.code}` }));
  const linter = ts.ArkTSLinter_1_1.runArkTSLinter(builder, undefined, undefined, 'ArkTS_1_1').map((d) => {
    const text = typeof d.messageText === 'string' ? d.messageText : d.messageText.messageText;
    const tag = /\(([\w]+(?:-[\w]+)+)\)$/.exec(text);
    return { d, rule: tag && d.code < 1000 ? tag[1] : `TS${d.code}` };
  });
  const diagnostics = [...compiler, ...linter].map(({ d, rule }) => {
    if (d.file === undefined || d.start === undefined) return { file: '', line: 0, column: 0, rule };
    const at = d.file.getLineAndCharacterOfPosition(d.start);
    return { file: originalOf.get(d.file.fileName) ?? d.file.fileName, line: at.line + 1, column: at.character + 1, rule };
  });
  rmSync(dir, { recursive: true, force: true });
  return diagnostics;
}

/** Sorted `file:line:column rule` keys of diagnostics, for comparing two runs as multisets. */
export function keysOf(diagnostics) {
  return diagnostics.map((d) => `${path.basename(d.file)}:${d.line}:${d.column} ${d.rule}`).sort();
}

/** Sorted rule ids of diagnostics (a multiset). */
export function rulesOf(diagnostics) {
  return diagnostics.map((d) => d.rule).sort();
}
