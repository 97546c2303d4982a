#!/usr/bin/env node
/**
 * `ohos-cloud-extension-lint <file|folder>... [options]` (see `LINT_USAGE` in `lint/lint-args.ts`):
 * the ArkTS lint of `lint/lint.ts` as a command. `run(argv, io)` is the whole command; the bin only
 * calls it with the process's streams.
 *
 * @packageDocumentation
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { processIo, type CliIo } from './cli-io';
import { lintArkTS } from '../lint/lint';
import { LINT_USAGE, parseLintArgs } from '../lint/lint-args';
import { formatLintJson, formatLintText } from '../lint/lint-report';
import { LintSetupError } from '../lint/lint-setup-error';

/** Exit status of `ohos-cloud-extension-lint`. */
export const LintExit = {
  /** No diagnostics. */
  clean: 0,
  /** At least one diagnostic (a compiler error or an ArkTS rule). */
  problems: 1,
  /** The lint could not run: bad arguments, no files, `ohos-typescript` missing, the linter failing. */
  cannotRun: 2
} as const;

/**
 * Runs `ohos-cloud-extension-lint` with the given arguments (without `node` and the script),
 * writing only to `io`, and resolves to its exit status (`LintExit`). Never rejects: a run that
 * cannot happen is reported on `io.stderr` in one line (bad arguments: the line, then the usage),
 * without a stack trace, with status 2. The bin calls it with the process's streams.
 */
export function run(argv: readonly string[], io: CliIo): Promise<number> {
  try {
    return Promise.resolve(runLint(argv, io));
  } catch (error) {
    io.stderr(`ohos-cloud-extension-lint: unexpected failure: ${error instanceof Error ? error.message : String(error)}\n`);
    return Promise.resolve(LintExit.cannotRun);
  }
}

function runLint(argv: readonly string[], output: CliIo): number {
  const args = parseLintArgs(argv);
  switch (args.kind) {
    case 'help':
      output.stdout(LINT_USAGE);
      return LintExit.clean;
    case 'version':
      output.stdout(`${packageVersion()}\n`);
      return LintExit.clean;
    case 'error':
      output.stderr(`ohos-cloud-extension-lint: ${args.message}\n\n${LINT_USAGE}`);
      return LintExit.cannotRun;
    case 'lint':
      break;
  }
  try {
    const result = lintArkTS(args.paths, {
      asEts: args.asEts,
      ...(args.project === undefined ? {} : { project: args.project })
    });
    output.stdout(args.json ? formatLintJson(result) : formatLintText(result));
    return result.diagnostics.length === 0 ? LintExit.clean : LintExit.problems;
  } catch (error) {
    const message =
      error instanceof LintSetupError ? error.message : `unexpected failure: ${error instanceof Error ? error.message : String(error)}`;
    output.stderr(`ohos-cloud-extension-lint: ${message}\n`);
    return LintExit.cannotRun;
  }
}

function packageVersion(): string {
  try {
    const manifest = JSON.parse(readFileSync(join(__dirname, '..', '..', 'package.json'), 'utf8')) as { version?: unknown };
    return typeof manifest.version === 'string' ? manifest.version : 'unknown';
  } catch {
    return 'unknown';
  }
}

if (require.main === module) {
  void run(process.argv.slice(2), processIo()).then((code) => {
    process.exitCode = code;
  });
}
