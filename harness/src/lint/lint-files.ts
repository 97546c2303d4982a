import { readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { LintSetupError } from './lint-setup-error';

/** Most files one run collects from the paths it is given; a larger tree is refused. */
export const MAX_LINT_FILES = 20_000;

/** Deepest folder nesting a run walks into below a path it is given. */
export const MAX_LINT_DEPTH = 64;

/**
 * Folders never walked into (hidden folders neither): the ones the ArkTS linter itself counts as
 * not the project's own code, installed packages and DevEco's build output (ohos-typescript
 * 4.9.5-r9, `ARKTS_IGNORE_DIRS` in `ArkTSLinter_1_1/Utils`: node_modules, oh_modules, build,
 * .preview).
 */
const SKIPPED_FOLDERS: ReadonlySet<string> = new Set(['node_modules', 'oh_modules', 'build']);

/** How the files to lint are chosen. */
export interface LintFileOptions {
  /** Also take `.ts` implementation files, to be read as ArkTS (and `.d.ts` files with them). */
  readonly asEts: boolean;
  /** Directory the paths are relative to. */
  readonly cwd: string;
}

/**
 * Whether a file name is one the linter reads: `.ets` sources, declaration files (`.d.ets` and
 * `.d.ts`), and with `asEts` also `.ts` implementation files.
 */
export function isLintable(fileName: string, asEts: boolean): boolean {
  return fileName.endsWith('.ets') || isDeclarationFile(fileName) || (asEts && fileName.endsWith('.ts'));
}

/** Whether a file name is a declaration file's: `.d.ts` or `.d.ets`. */
export function isDeclarationFile(fileName: string): boolean {
  return /\.d\.e?ts$/.test(fileName);
}

/**
 * Expands the paths given on the command line into the absolute paths of the files to lint,
 * sorted and without repeats. A folder gives every lintable file below it (skipping
 * `node_modules`, `oh_modules`, `build` and hidden folders); a file is taken as given. Declaration
 * files (`.d.ts`, `.d.ets`) are always taken. Throws a {@link LintSetupError} for a path that
 * does not exist, a file the linter cannot read (a `.ts` implementation file without `asEts`
 * included), or a tree larger than {@link MAX_LINT_FILES}.
 *
 * @param paths - files and folders, as given.
 * @param options - how to choose.
 */
export function collectLintFiles(paths: readonly string[], options: LintFileOptions): string[] {
  const found = new Set<string>();
  for (const given of paths) {
    const path = resolve(options.cwd, given);
    const stats = statOrUndefined(path);
    if (stats === undefined) {
      throw new LintSetupError(`${given}: no such file or folder`);
    }
    if (stats.isDirectory()) {
      walk(path, options.asEts, found, 0);
    } else if (isLintable(path, options.asEts)) {
      found.add(path);
    } else if (path.endsWith('.ts')) {
      throw new LintSetupError(`${given} is a TypeScript file; pass --as-ets to read it as ArkTS`);
    } else {
      throw new LintSetupError(`${given} is neither an .ets file nor a folder`);
    }
    if (found.size > MAX_LINT_FILES) {
      throw new LintSetupError(`more than ${MAX_LINT_FILES} files to lint; name the folders that hold the sources`);
    }
  }
  return [...found].sort();
}

function walk(dir: string, asEts: boolean, found: Set<string>, depth: number): void {
  if (depth > MAX_LINT_DEPTH || found.size > MAX_LINT_FILES) {
    return;
  }
  let entries;
  try {
    entries = readdirSync(dir, { withFileTypes: true });
  } catch {
    return;
  }
  for (const entry of entries) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) {
      if (!entry.name.startsWith('.') && !SKIPPED_FOLDERS.has(entry.name)) {
        walk(path, asEts, found, depth + 1);
      }
    } else if (entry.isFile() && isLintable(entry.name, asEts)) {
      found.add(path);
    }
  }
}

function statOrUndefined(path: string): ReturnType<typeof statSync> | undefined {
  try {
    return statSync(path);
  } catch {
    return undefined;
  }
}
