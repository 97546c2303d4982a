import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type * as ohosTs from 'ohos-typescript';
import { LintSetupError } from './lint-setup-error';

/** The compiler module of `ohos-typescript`, as the linter driver uses it. */
export type OhosTypeScript = typeof ohosTs;

/** A loaded copy of `ohos-typescript`. */
export interface LoadedOhosTypeScript {
  /** The compiler module. */
  readonly ts: OhosTypeScript;
  /** The package's version as published (`4.9.5-r9`; the module itself says only `4.9.5`). */
  readonly version: string;
}

/** The command that installs the compiler and linter, shown when they are missing. */
export const INSTALL_HINT = 'npm install --save-dev ohos-typescript';

/**
 * Loads `ohos-typescript` (OpenHarmony's fork of TypeScript, which carries the ArkTS linter):
 * first as the linted project would resolve it from each of `fromDirs`, then from beside this
 * package. Throws a {@link LintSetupError} that says how to install it when none is found, or
 * when the copy found has no ArkTS 1.1 linter.
 *
 * @param fromDirs - directories to resolve from, most specific first (the project's, the working directory).
 */
export function loadOhosTypeScript(fromDirs: readonly string[]): LoadedOhosTypeScript {
  const found = resolveFrom(fromDirs) ?? resolveFrom([__dirname]);
  if (found === undefined) {
    throw new LintSetupError(
      `ohos-typescript is not installed. The ArkTS linter ships in it; install it beside this package:\n  ${INSTALL_HINT}`
    );
  }
  let loaded: unknown;
  try {
    // eslint-disable-next-line @typescript-eslint/no-require-imports -- an optional peer, found at run time
    loaded = require(found) as unknown;
  } catch (error) {
    throw new LintSetupError(`ohos-typescript at ${found} could not be loaded: ${messageOf(error)}`);
  }
  if (!isUsable(loaded)) {
    throw new LintSetupError(
      `ohos-typescript at ${found} has no ArkTS 1.1 linter (ArkTSLinter_1_1.runArkTSLinter); install a current version:\n  ${INSTALL_HINT}`
    );
  }
  return { ts: loaded, version: publishedVersion(found) ?? loaded.version };
}

/** The version in the package.json above the module's main file (`lib/typescript.js`). */
function publishedVersion(mainPath: string): string | undefined {
  try {
    const manifest = JSON.parse(readFileSync(join(dirname(mainPath), '..', 'package.json'), 'utf8')) as {
      name?: unknown;
      version?: unknown;
    };
    return manifest.name === 'ohos-typescript' && typeof manifest.version === 'string' ? manifest.version : undefined;
  } catch {
    return undefined;
  }
}

function resolveFrom(dirs: readonly string[]): string | undefined {
  for (const dir of dirs) {
    try {
      return require.resolve('ohos-typescript', { paths: [dir] });
    } catch {
      // not resolvable from this directory: try the next one
    }
  }
  return undefined;
}

function isUsable(value: unknown): value is OhosTypeScript {
  if (typeof value !== 'object' || value === null) {
    return false;
  }
  const candidate = value as Partial<OhosTypeScript>;
  return (
    typeof candidate.createIncrementalProgramForArkTs === 'function' && typeof candidate.ArkTSLinter_1_1?.runArkTSLinter === 'function'
  );
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
