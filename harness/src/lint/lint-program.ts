import { existsSync } from 'node:fs';
import { dirname, resolve, sep } from 'node:path';
import type * as ohosTs from 'ohos-typescript';
import type { OhosTypeScript } from './ohos-typescript';
import { LintSetupError } from './lint-setup-error';
import { declaredRuntimeGlobals } from './runtime-globals';
// eslint-disable-next-line @typescript-eslint/no-unused-vars -- named only by {@link}s in the TSDoc below
import type { RUNTIME_GLOBAL_NAMES, RUNTIME_GLOBALS_FILE } from './runtime-globals';
import { TYPES_PACKAGE } from './types-package';

/** The compiler options and files a project file (`tsconfig.json`) gives. */
export interface LintProject {
  /** Absolute path of the project file. */
  readonly path: string;
  /** Its compiler options, as the compiler parsed them. */
  readonly options: ohosTs.CompilerOptions;
  /** The files it includes, absolute. */
  readonly fileNames: readonly string[];
  /** What the compiler found wrong in it (an unknown option, a bad value). */
  readonly diagnostics: readonly ohosTs.Diagnostic[];
}

/**
 * Reads a project file with the compiler's own parser (`extends`, `include`, `files` and the
 * `.ets` extension as `ohos-typescript` knows them); what it finds wrong in the options is kept,
 * with positions in the file. Throws a {@link LintSetupError} when the file is missing or is not
 * JSON.
 *
 * @param ts - the loaded `ohos-typescript`.
 * @param projectPath - path of the project file, absolute or relative to the working directory.
 */
export function readLintProject(ts: OhosTypeScript, projectPath: string): LintProject {
  const path = resolve(projectPath);
  if (!existsSync(path)) {
    throw new LintSetupError(`${projectPath}: no such project file`);
  }
  const source = ts.readJsonConfigFile(path, (file) => ts.sys.readFile(file));
  const syntaxError = (source as { parseDiagnostics?: readonly ohosTs.Diagnostic[] }).parseDiagnostics?.[0];
  if (syntaxError !== undefined) {
    const at = source.getLineAndCharacterOfPosition(syntaxError.start ?? 0);
    const message = ts.flattenDiagnosticMessageText(syntaxError.messageText, '\n');
    throw new LintSetupError(`${projectPath}:${at.line + 1}:${at.character + 1}: ${message}`);
  }
  const parsed = ts.parseJsonSourceFileConfigFileContent(source, ts.sys, dirname(path), undefined, path);
  return { path, options: parsed.options, fileNames: parsed.fileNames, diagnostics: parsed.errors };
}

/**
 * Compiler options for files linted without a project file: strict, ES2022 (the language level
 * of the examples), no ambient `@types` (the device has neither the DOM nor Node.js), and the
 * checks of every declaration file on.
 *
 * @param ts - the loaded `ohos-typescript`.
 */
export function defaultLintOptions(ts: OhosTypeScript): ohosTs.CompilerOptions {
  return {
    strict: true,
    target: ts.ScriptTarget.ES2022,
    lib: ['lib.es2022.d.ts'],
    module: ts.ModuleKind.ESNext,
    moduleResolution: ts.ModuleResolutionKind.NodeJs,
    types: [],
    skipLibCheck: false
  };
}

/**
 * Makes a project's options fit a lint run: nothing is written (no emit, no build info), and
 * {@link TYPES_PACKAGE} is taken out of `types` because the run adds the copy it resolved as a
 * root file (two copies of the package would declare its modules twice).
 *
 * @param options - the project's options or {@link defaultLintOptions}.
 */
export function lintRunOptions(options: ohosTs.CompilerOptions): ohosTs.CompilerOptions {
  const adjusted: ohosTs.CompilerOptions = { ...options, noEmit: true, incremental: false, composite: false };
  delete adjusted.tsBuildInfoFile;
  if (adjusted.types !== undefined) {
    adjusted.types = adjusted.types.filter((name) => name !== TYPES_PACKAGE);
  }
  return adjusted;
}

/** A program built for the ArkTS linter, and how to name its files as they are on disk. */
export interface ArkTSProgram {
  /** The builder program `ArkTSLinter_1_1.runArkTSLinter` takes (it carries the linter's strict checker). */
  readonly builder: ohosTs.EmitAndSemanticDiagnosticsBuilderProgram;
  /** The path on disk of a file of the program (a `.ts` file read as ArkTS is named `.ets` inside it). */
  readonly diskPathOf: (fileName: string) => string;
  /** Whether the runtime globals file was added to the roots (false when the program declares one of its names itself, or none was given). */
  readonly runtimeGlobalsAdded: boolean;
}

/**
 * The name an ArkTS copy of a TypeScript file has inside the program: `x.ts` → `x.ets`,
 * `x.d.ts` → `x.d.ets`.
 */
export function etsNameOf(tsFileName: string): string {
  return `${tsFileName.slice(0, -'.ts'.length)}.ets`;
}

/**
 * Builds the program the ArkTS linter runs on, the way DevEco's build does
 * (`createIncrementalProgramForArkTs`, which adds the linter's strict builder beside the
 * ordinary one), with nothing read from or written to a build-info file.
 *
 * Files in `readAsEts` (`.ts` files) are shown to the compiler under their `.ets` name, with
 * the `.ts` name hidden, so that imports between them resolve to the ArkTS copies. The linter
 * then sees what it sees when the files are copied to `.ets`. Only giving a `.ts` file the ETS
 * script kind is not enough: the linter takes a symbol declared in a file whose name does not
 * end in `.ets` for a library symbol and relaxes its rules for it (ohos-typescript 4.9.5-r9,
 * `isLibrarySymbol` in `ArkTSLinter_1_1/Utils`). On the example extension as it was first
 * written, script kind alone found 11 of the 22 diagnostics the `.ets` copies give.
 *
 * @param ts - the loaded `ohos-typescript`.
 * @param rootNames - absolute paths of the root files, as on disk.
 * @param options - the compiler options (see {@link lintRunOptions}).
 * When `runtimeGlobalsFile` is given (the ArkTS runtime's globals, {@link RUNTIME_GLOBALS_FILE}),
 * the program is first built without it and asked whether it already declares any of
 * {@link RUNTIME_GLOBAL_NAMES} (a project's own stand-in, or the SDK): only when it declares none
 * is the file added to the roots, so that a project's own `console` is never declared twice. The
 * two builds share every parsed file.
 *
 * @param readAsEts - absolute paths of `.ts` root files to read as ArkTS.
 * @param configDiagnostics - problems of the project file, reported with the program's own.
 * @param runtimeGlobalsFile - a declaration file of the runtime's globals, to add unless the program declares them.
 */
export function buildArkTSProgram(
  ts: OhosTypeScript,
  rootNames: readonly string[],
  options: ohosTs.CompilerOptions,
  readAsEts: ReadonlySet<string>,
  configDiagnostics: readonly ohosTs.Diagnostic[],
  runtimeGlobalsFile?: string
): ArkTSProgram {
  // The compiler names files with `/` on every platform.
  const hidden = new Set([...readAsEts].map(compilerPathOf));
  const diskPathOfEtsName = new Map<string, string>();
  for (const tsPath of hidden) {
    const etsName = etsNameOf(tsPath);
    if (existsSync(etsName)) {
      throw new LintSetupError(`${tsPath} cannot be read as ArkTS: ${etsName} exists beside it`);
    }
    diskPathOfEtsName.set(etsName, tsPath);
  }
  const system: ohosTs.System = {
    ...ts.sys,
    fileExists: (path) => diskPathOfEtsName.has(path) || (!hidden.has(path) && ts.sys.fileExists(path)),
    readFile: (path, encoding) => (hidden.has(path) ? undefined : ts.sys.readFile(diskPathOfEtsName.get(path) ?? path, encoding)),
    realpath: (path) => (diskPathOfEtsName.has(path) || ts.sys.realpath === undefined ? path : ts.sys.realpath(path))
  };
  const host = reusingParsedFiles(ts.createIncrementalCompilerHost(options, system));
  const roots = rootNames.map(compilerPathOf).map((name) => (hidden.has(name) ? etsNameOf(name) : name));
  const runtimeGlobalsAdded =
    runtimeGlobalsFile !== undefined && declaredRuntimeGlobals(ts, ts.createProgram({ rootNames: roots, options, host })).length === 0;
  const builder = ts.createIncrementalProgramForArkTs({
    rootNames: runtimeGlobalsAdded ? [...roots, compilerPathOf(runtimeGlobalsFile)] : roots,
    options,
    host,
    configFileParsingDiagnostics: [...configDiagnostics]
  });
  return { builder, diskPathOf: (fileName) => diskPathOfEtsName.get(fileName) ?? fileName, runtimeGlobalsAdded };
}

/**
 * Makes a compiler host give the same parsed file each time it is asked for the same file with
 * the same settings, so that a second program over the same files does not parse them again.
 */
function reusingParsedFiles(host: ohosTs.CompilerHost): ohosTs.CompilerHost {
  const parsed = new Map<string, ohosTs.SourceFile | undefined>();
  const getSourceFile = host.getSourceFile.bind(host);
  host.getSourceFile = (fileName, languageVersionOrOptions, onError, shouldCreateNewSourceFile) => {
    const key = `${fileName}\0${JSON.stringify(languageVersionOrOptions)}`;
    if (shouldCreateNewSourceFile !== true && parsed.has(key)) {
      return parsed.get(key);
    }
    const file = getSourceFile(fileName, languageVersionOrOptions, onError, shouldCreateNewSourceFile);
    parsed.set(key, file);
    return file;
  };
  return host;
}

function compilerPathOf(path: string): string {
  return sep === '\\' ? path.split(sep).join('/') : path;
}
