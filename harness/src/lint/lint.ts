import { dirname, relative, resolve, sep } from 'node:path';
import type * as ohosTs from 'ohos-typescript';
import { existsSync } from 'node:fs';
import { collectLintFiles, isDeclarationFile, isLintable } from './lint-files';
import { compilerRuleOf, linterRuleOf, sortDiagnostics, type LintDiagnostic } from './lint-diagnostic';
import { buildArkTSProgram, defaultLintOptions, lintRunOptions, readLintProject, type LintProject } from './lint-program';
import { LintSetupError } from './lint-setup-error';
import { loadOhosTypeScript, type OhosTypeScript } from './ohos-typescript';
import { RUNTIME_GLOBALS_FILE } from './runtime-globals';
import { resolveTypesEntry, TYPES_PACKAGE } from './types-package';

/** The ArkTS version the linter applies, as DevEco's build names it. */
export const ARKTS_VERSION = 'ArkTS_1_1';

/** What to lint and how. */
export interface LintOptions {
  /**
   * A project file (`tsconfig.json`) whose compiler options apply. Its files are linted when no
   * path is given; otherwise only its declaration files (the globals it declares) join the paths.
   */
  readonly project?: string;
  /** Read `.ts` files as ArkTS (as if they were `.ets`). */
  readonly asEts?: boolean;
  /** Directory paths are relative to, and the one reported paths are relative to; the process's by default. */
  readonly cwd?: string;
}

/** What one lint run found. */
export interface LintResult {
  /** Every compiler error and every ArkTS linter diagnostic, ordered by file and position. */
  readonly diagnostics: readonly LintDiagnostic[];
  /** How many of them came from the ArkTS linter (the rest are the compiler's). */
  readonly linterCount: number;
  /** The files linted, relative to the working directory. */
  readonly files: readonly string[];
  /**
   * Whether the run added the ArkTS runtime's globals (`console`, the timers, `canIUse`, as the
   * SDK declares them); false when the program declared one of them itself.
   */
  readonly runtimeGlobals: boolean;
  /** The version of `ohos-typescript` used. */
  readonly compilerVersion: string;
  /** Wall time of the run, in milliseconds. */
  readonly elapsedMs: number;
}

/**
 * Type-checks `.ets` files (and `.ts` files with `asEts`) with `ohos-typescript` and this
 * package's declarations, and applies the ArkTS 1.1 rules with the linter that ships in it
 * (`ArkTSLinter_1_1.runArkTSLinter`, as DevEco's build calls it). Every diagnostic the compiler
 * and the linter give is returned, none added and none dropped.
 *
 * Declaration files (`.d.ts`, `.d.ets`) among the paths are read as declarations. The globals the
 * device's runtime gives every `.ets` file, which DevEco's SDK declares (`console`, the timers,
 * `canIUse`), are declared too ({@link RUNTIME_GLOBALS_FILE}), unless the program declares one of
 * them itself.
 *
 * Throws a {@link LintSetupError} when the run cannot happen: no files, a missing path or
 * project file, `ohos-typescript` or the declarations not installed, or the linter failing.
 *
 * @param paths - files and folders to lint; may be empty when `options.project` names the files.
 * @param options - the project file and how to read `.ts` files.
 */
export function lintArkTS(paths: readonly string[], options: LintOptions = {}): LintResult {
  const started = performance.now();
  const cwd = options.cwd ?? process.cwd();
  const asEts = options.asEts ?? false;
  let files = paths.length > 0 ? collectLintFiles(paths, { asEts, cwd }) : [];
  const projectDir = options.project === undefined ? undefined : dirname(resolve(cwd, options.project));
  const searchDirs = [projectDir, files[0] === undefined ? undefined : dirname(files[0]), cwd].filter(
    (dir): dir is string => dir !== undefined
  );
  const { ts, version } = loadOhosTypeScript(searchDirs);
  let project: LintProject | undefined;
  let projectDeclarations: string[] = [];
  if (options.project !== undefined) {
    project = readLintProject(ts, resolve(cwd, options.project));
    if (paths.length === 0) {
      files = project.fileNames.filter((name) => isLintable(name, asEts));
    } else {
      projectDeclarations = project.fileNames.filter((name) => isDeclarationFile(name) && !files.includes(name));
    }
  }
  if (files.every(isDeclarationFile)) {
    throw new LintSetupError(asEts ? 'no .ets or .ts files to lint' : 'no .ets files to lint (pass --as-ets to read .ts files as ArkTS)');
  }
  const typesEntry = resolveTypesEntry(searchDirs);
  if (typesEntry === undefined) {
    throw new LintSetupError(`${TYPES_PACKAGE} is not installed: npm install --save-dev ${TYPES_PACKAGE}`);
  }
  if (!existsSync(RUNTIME_GLOBALS_FILE)) {
    throw new LintSetupError(`the harness is incomplete: ${RUNTIME_GLOBALS_FILE} is missing; install it again`);
  }
  const readAsEts = new Set(asEts ? files.filter((name) => name.endsWith('.ts')) : []);
  const program = buildArkTSProgram(
    ts,
    [...files, ...projectDeclarations, typesEntry],
    lintRunOptions(project?.options ?? defaultLintOptions(ts)),
    readAsEts,
    project?.diagnostics ?? [],
    RUNTIME_GLOBALS_FILE
  );
  const reported = (fileName: string | undefined): string =>
    fileName === undefined ? '' : relative(cwd, program.diskPathOf(fileName)).split(sep).join('/');

  const compilerDiagnostics = ts.getPreEmitDiagnostics(program.builder.getProgram());
  const linterDiagnostics = runLinter(ts, version, program.builder);
  const diagnostics = [
    ...compilerDiagnostics.map((diagnostic) => {
      const message = ts.flattenDiagnosticMessageText(diagnostic.messageText, '\n');
      return toLintDiagnostic(diagnostic, reported, compilerRuleOf(diagnostic.code), message);
    }),
    ...linterDiagnostics.map((diagnostic) => {
      const named = linterRuleOf(diagnostic.code, ts.flattenDiagnosticMessageText(diagnostic.messageText, '\n'));
      return toLintDiagnostic(diagnostic, reported, named.rule, named.message);
    })
  ];
  return {
    diagnostics: sortDiagnostics(diagnostics),
    linterCount: linterDiagnostics.length,
    files: files.map((name) => relative(cwd, name).split(sep).join('/')),
    runtimeGlobals: program.runtimeGlobalsAdded,
    compilerVersion: version,
    elapsedMs: performance.now() - started
  };
}

function runLinter(ts: OhosTypeScript, version: string, builder: ohosTs.BuilderProgram): readonly ohosTs.Diagnostic[] {
  try {
    return ts.ArkTSLinter_1_1.runArkTSLinter(builder, undefined, undefined, ARKTS_VERSION);
  } catch (error) {
    throw new LintSetupError(
      `the ArkTS linter of ohos-typescript ${version} failed: ${error instanceof Error ? error.message : String(error)}`
    );
  }
}

function toLintDiagnostic(
  diagnostic: ohosTs.Diagnostic,
  reported: (fileName: string | undefined) => string,
  rule: string,
  message: string
): LintDiagnostic {
  const file = diagnostic.file;
  if (file === undefined || diagnostic.start === undefined) {
    return { file: reported(file?.fileName), line: 0, column: 0, rule, message };
  }
  const position = file.getLineAndCharacterOfPosition(diagnostic.start);
  return { file: reported(file.fileName), line: position.line + 1, column: position.character + 1, rule, message };
}
