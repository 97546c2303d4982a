#!/usr/bin/env node
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
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

/** Where the command writes. */
export interface LintCliOutput {
  /** Receives the report. */
  readonly stdout: (text: string) => void;
  /** Receives usage errors and the reason a run could not happen. */
  readonly stderr: (text: string) => void;
}

/**
 * Runs `ohos-cloud-extension-lint` with the given arguments (without `node` and the script) and
 * returns its exit status. Never throws: a run that cannot happen is reported on `stderr` in
 * one or two lines, without a stack trace, with status 2.
 */
export function runLintCli(argv: readonly string[], output: LintCliOutput): number {
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
      error instanceof LintSetupError
        ? error.message
        : `unexpected failure: ${error instanceof Error ? error.message : String(error)}`;
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
  process.exitCode = runLintCli(process.argv.slice(2), {
    stdout: (text) => process.stdout.write(text),
    stderr: (text) => process.stderr.write(text)
  });
}
