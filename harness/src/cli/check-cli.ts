#!/usr/bin/env node
/**
 * `ohos-cloud-extension-check <entry> [options]` (see `USAGE` in `args.ts`): loads a cloud
 * extension's entry, runs the conformance check on it and prints the findings. `run(argv, io)` is
 * the whole command; the bin only calls it with the process's streams.
 *
 * Exit status: 0 when there is no error finding, 1 when there are errors (or more warnings than
 * `--max-warnings`), 2 when the entry cannot be loaded or run or the arguments are wrong (with a
 * one-line reason on stderr).
 *
 * The extension runs in its own worker thread (`connectEntry`), so its output never reaches this
 * process's stdout (`--verbose` prints it on stderr after the report), what it throws outside any
 * call is counted, not fatal, and a call stuck in a synchronous loop is ended at `--timeout`.
 *
 * @packageDocumentation
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { parseArgs, USAGE, type CliOptions } from './args';
import { processIo, type CliIo } from './cli-io';
import { unmappedModuleMessage, unmappedSpecifierIn } from '../register/module-map';
import { formatHuman, formatJson, isInteractive, shouldUseColor, startProgress, summarize, type ProgressLine } from './report';

/** The program's name, as it prefixes every message on stderr. */
const PROGRAM = 'ohos-cloud-extension-check';

/** Exit status: the check ran and found no error. */
const EXIT_OK = 0;
/** Exit status: the check ran and found at least one error. */
const EXIT_FINDINGS = 1;
/** Exit status: bad arguments, or the entry could not be loaded or checked. */
const EXIT_FAILURE = 2;

/** How long, in milliseconds, to wait for stdout and stderr to drain before exiting anyway. */
const FLUSH_LIMIT_MS = 5_000;

/** What the run prints and how it ends. */
interface Outcome {
  readonly code: number;
  readonly stdout?: string;
  readonly stderr?: string;
}

/**
 * Runs `ohos-cloud-extension-check` with `argv` (without `node` and the script), writing only to
 * `io`, and resolves to the exit status: 0 no error finding, 1 errors found (or more warnings than
 * `--max-warnings`), 2 bad arguments or an entry that could not be loaded or run (one line on `io.stderr`, never a stack trace). Never
 * rejects and never ends the process; the bin calls it with the process's streams.
 */
export async function run(argv: readonly string[], io: CliIo): Promise<number> {
  let outcome: Outcome;
  try {
    outcome = await outcomeOf(argv, io);
  } catch (error) {
    outcome = { code: EXIT_FAILURE, stderr: `${PROGRAM}: unexpected error: ${describe(error)}\n` };
  }
  io.stdout(outcome.stdout ?? '');
  io.stderr(outcome.stderr ?? '');
  return outcome.code;
}

/** Runs the command and resolves to what to print. */
async function outcomeOf(argv: readonly string[], io: CliIo): Promise<Outcome> {
  const parsed = parseArgs(argv);
  switch (parsed.kind) {
    case 'help':
      return { code: EXIT_OK, stdout: USAGE };
    case 'version':
      return { code: EXIT_OK, stdout: `${readVersion()}\n` };
    case 'error':
      return failure(`${parsed.message} (see --help)`);
    case 'check':
      return runCheck(parsed.options, io);
  }
}

/**
 * Checks the entry in its own process (see `connectEntry`): the extension's output never reaches
 * this process's stdout, and a call that never gives its thread back is ended at the time limit.
 */
async function runCheck(options: CliOptions, io: CliIo): Promise<Outcome> {
  const interactive = !options.json && isInteractive(io, io.env);
  const progress: ProgressLine | undefined = interactive
    ? startProgress(io.stdout, `checking ${options.entry}`, Date.now, io.columns)
    : undefined;
  try {
    const limits = options.timeoutMs === undefined ? {} : { timeoutMs: options.timeoutMs, loadTimeoutMs: options.timeoutMs };
    if (options.sandbox !== undefined) {
      try {
        fs.mkdirSync(options.sandbox, { recursive: true });
      } catch (error) {
        return failure(`--sandbox ${options.sandbox}: ${describe(error)}`);
      }
    }
    let report;
    try {
      // Loaded here, so that --help, --version and argument errors work whatever happens to it.
      // eslint-disable-next-line @typescript-eslint/no-require-imports -- loaded late on purpose
      const { check } = require('../check/check') as typeof import('../check/check');
      report = await check(options.entry, {
        ...limits,
        ...(options.modules === undefined ? {} : { modules: options.modules }),
        ...(options.sandbox === undefined ? {} : { sandbox: options.sandbox }),
        ...(options.devices === undefined ? {} : { devices: options.devices }),
        ...(options.rounds === undefined ? {} : { rounds: options.rounds }),
        ...(options.seed === undefined ? {} : { seed: options.seed }),
        ...(options.leaseWaitMs === undefined ? {} : { leaseWaitMs: options.leaseWaitMs })
      });
    } catch (error) {
      return failure(`the check could not run ${options.entry}: ${describe(error)}`);
    }
    if (report.entryError !== undefined) {
      // The loader names the `modules` option; the command line has the flag.
      const unmapped = unmappedSpecifierIn(report.entryError);
      return failure(unmapped === undefined ? report.entryError : unmappedModuleMessage(unmapped, 'flag'));
    }
    const text = options.json ? formatJson(report) : formatHuman(report, { color: shouldUseColor(io, io.env) });
    const uncaught = report.uncaught ?? [];
    let stderr = options.verbose ? (report.log ?? []).map((line) => line.text).join('') : '';
    if (uncaught.length > 0) {
      stderr += `${PROGRAM}: note: the extension threw ${uncaught.length} time${uncaught.length === 1 ? '' : 's'} outside any call (first: ${describe(uncaught[0])})\n`;
    }
    const summary = summarize(report);
    const tooManyWarnings = options.maxWarnings !== undefined && summary.warnings > options.maxWarnings;
    if (tooManyWarnings) {
      stderr += `${PROGRAM}: ${summary.warnings} warning${summary.warnings === 1 ? ' is' : 's are'} more than --max-warnings ${options.maxWarnings}\n`;
    }
    const code = summary.errors > 0 || tooManyWarnings ? EXIT_FINDINGS : EXIT_OK;
    return stderr === '' ? { code, stdout: text } : { code, stdout: text, stderr };
  } finally {
    progress?.stop();
  }
}

function failure(message: string): Outcome {
  return { code: EXIT_FAILURE, stderr: `${PROGRAM}: ${oneLine(message)}\n` };
}

/** The harness's version, from its package.json. */
function readVersion(): string {
  const manifest = JSON.parse(fs.readFileSync(path.join(__dirname, '..', '..', 'package.json'), 'utf8')) as {
    version?: unknown;
  };
  return String(manifest.version);
}

/** `Name: message` of anything thrown, on one line, whatever it is. */
function describe(error: unknown): string {
  try {
    if (error instanceof Error) {
      return oneLine(`${error.name}: ${error.message}`);
    }
    return oneLine(String(error));
  } catch {
    return 'a value that cannot be printed';
  }
}

function oneLine(text: string): string {
  return text.replace(/\s*[\r\n]+\s*/g, ' ').trim();
}

/** Waits for stdout and stderr to drain, and ends the process with `code`. */
function finish(code: number): void {
  let pending = 2;
  const done = (): void => {
    pending -= 1;
    if (pending === 0) {
      process.exit(code);
    }
  };
  // Exit even if a stream never drains (a closed pipe).
  setTimeout(() => process.exit(code), FLUSH_LIMIT_MS);
  process.exitCode = code;
  process.stdout.write('', done);
  process.stderr.write('', done);
}

function main(): void {
  let finished = false;
  // If the event loop empties before the check has finished (a harness bug: every wait of the
  // check is a timer), say so instead of exiting silently with 0.
  process.on('exit', () => {
    if (!finished) {
      fs.writeSync(2, `${PROGRAM}: the check did not finish: the process ended before the report was ready\n`);
      process.exitCode = EXIT_FAILURE;
    }
  });
  process.stdout.on('error', () => process.exit(process.exitCode ?? EXIT_FAILURE));
  process.stderr.on('error', () => process.exit(process.exitCode ?? EXIT_FAILURE));
  process.setSourceMapsEnabled(true);

  void run(process.argv.slice(2), processIo()).then((code) => {
    finished = true;
    finish(code);
  });
}

if (require.main === module) {
  main();
}
