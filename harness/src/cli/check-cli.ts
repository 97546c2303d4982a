#!/usr/bin/env node
/**
 * `ohos-cloud-extension-check <entry> [--json] [--timeout <ms>] [--module <spec>=<file>]...`: loads a cloud extension's entry,
 * runs the conformance check on it and prints the findings.
 *
 * Exit status: 0 when there is no error finding, 1 when there are errors, 2 when the entry cannot
 * be loaded or run or the arguments are wrong (with a one-line reason on stderr).
 *
 * @packageDocumentation
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { parseArgs, USAGE, type CliOptions } from './args';
import { unmappedModuleMessage } from '../register/module-map';
import { EntryError, loadEntry } from './load-entry';
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

type Write = (chunk: string | Uint8Array, ...rest: unknown[]) => boolean;

/** What the run prints and how it ends. */
interface Outcome {
  readonly code: number;
  readonly stdout?: string;
  readonly stderr?: string;
}

/** Runs the command with `argv` (without `node` and the script) and resolves to what to print. */
async function run(argv: readonly string[], output: OutputGuard): Promise<Outcome> {
  const parsed = parseArgs(argv);
  switch (parsed.kind) {
    case 'help':
      return { code: EXIT_OK, stdout: USAGE };
    case 'version':
      return { code: EXIT_OK, stdout: `${readVersion()}\n` };
    case 'error':
      return failure(`${parsed.message} (see --help)`);
    case 'check':
      return runCheck(parsed.options, output);
  }
}

async function runCheck(options: CliOptions, output: OutputGuard): Promise<Outcome> {
  const interactive = !options.json && isInteractive(process.stdout, process.env);
  const progress: ProgressLine | undefined = interactive
    ? startProgress(output.stdout, `checking ${options.entry}`, Date.now, process.stdout.columns)
    : undefined;
  output.silence(options.verbose);
  try {
    const loadOptions = options.timeoutMs === undefined ? {} : { timeoutMs: options.timeoutMs };
    if (options.sandbox !== undefined) {
      try {
        fs.mkdirSync(options.sandbox, { recursive: true });
      } catch (error) {
        return failure(`--sandbox ${options.sandbox}: ${describe(error)}`);
      }
    }
    let extension: unknown;
    try {
      extension = await loadEntry(options.entry, options.modules === undefined ? loadOptions : { ...loadOptions, modules: options.modules });
    } catch (error) {
      if (error instanceof EntryError) {
        // The loader names the `modules` option; the command line has the flag.
        return failure(error.unmappedSpecifier === undefined ? error.message : unmappedModuleMessage(error.unmappedSpecifier, 'flag'));
      }
      throw error;
    }
    let report;
    try {
      // Loaded here, so that --help, --version and argument errors work whatever happens to it.
      const { check } = require('../check/check') as typeof import('../check/check');
      report = await check(extension as object, options.sandbox === undefined ? loadOptions : { ...loadOptions, sandbox: options.sandbox });
    } catch (error) {
      return failure(`the check could not run ${options.entry}: ${describe(error)}`);
    }
    const text = options.json
      ? formatJson(report)
      : formatHuman(report, { color: shouldUseColor(process.stdout, process.env) });
    // Let timers and rejections already due run, so that what they throw is counted.
    await new Promise((resolve) => setTimeout(resolve, 0));
    await new Promise((resolve) => setImmediate(resolve));
    const strays = output.strays();
    const stderr =
      strays.length === 0
        ? undefined
        : `${PROGRAM}: note: the extension threw ${strays.length} time${strays.length === 1 ? '' : 's'} outside any call (first: ${describe(strays[0])})\n`;
    const code = summarize(report).errors > 0 ? EXIT_FINDINGS : EXIT_OK;
    return stderr === undefined ? { code, stdout: text } : { code, stdout: text, stderr };
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

/**
 * Keeps stdout for the report: once the extension is loaded, what it writes to stdout or stderr
 * (its `console` output, even from a timer that fires while the report is printed) is dropped,
 * or passed to stderr with `--verbose`, until the process ends; errors it throws outside any call
 * (from a timer, an unhandled rejection) are collected instead of ending the process.
 */
class OutputGuard {
  /** Writes to the real stdout: the report and the progress line. */
  readonly stdout: (text: string, done?: () => void) => boolean;
  /** Writes to the real stderr: the one-line reasons. */
  readonly stderr: (text: string, done?: () => void) => boolean;
  private readonly realStdout: Write;
  private readonly realStderr: Write;
  private readonly collected: unknown[] = [];

  constructor() {
    this.realStdout = process.stdout.write.bind(process.stdout) as Write;
    this.realStderr = process.stderr.write.bind(process.stderr) as Write;
    this.stdout = (text, done) => (done === undefined ? this.realStdout(text) : this.realStdout(text, done));
    this.stderr = (text, done) => (done === undefined ? this.realStderr(text) : this.realStderr(text, done));
    const collect = (error: unknown): void => {
      if (this.collected.length < 100) {
        this.collected.push(error);
      }
    };
    process.on('uncaughtException', collect);
    process.on('unhandledRejection', collect);
  }

  /** Hides (or, when `verbose`, moves to stderr) what anything but this guard writes from now on. */
  silence(verbose: boolean): void {
    const sink: Write = verbose
      ? (chunk, ...rest) => this.realStderr(chunk, ...rest)
      : (_chunk, ...rest) => {
          const callback = rest.find((item) => typeof item === 'function') as (() => void) | undefined;
          if (callback !== undefined) {
            process.nextTick(callback);
          }
          return true;
        };
    process.stdout.write = sink as typeof process.stdout.write;
    process.stderr.write = sink as typeof process.stderr.write;
  }

  /** What the extension threw outside any call so far. */
  strays(): readonly unknown[] {
    return this.collected;
  }
}

/** Prints the outcome, waits for stdout and stderr to drain, and ends the process with its code. */
function finish(outcome: Outcome, output: OutputGuard): void {
  let pending = 2;
  const done = (): void => {
    pending -= 1;
    if (pending === 0) {
      process.exit(outcome.code);
    }
  };
  // Exit even if a stream never drains (a closed pipe); the vendor's timers must not keep us alive.
  setTimeout(() => process.exit(outcome.code), FLUSH_LIMIT_MS);
  process.exitCode = outcome.code;
  output.stdout(outcome.stdout ?? '', done);
  output.stderr(outcome.stderr ?? '', done);
}

function main(): void {
  let finished = false;
  // If the event loop empties while the extension is still loading or being checked (a promise
  // that never settles and nothing left to wait for), say so instead of exiting silently with 0.
  process.on('exit', () => {
    if (!finished) {
      fs.writeSync(2, `${PROGRAM}: the check did not finish: the extension ended the process, or left a promise that never settles and nothing else to wait for\n`);
      process.exitCode = EXIT_FAILURE;
    }
  });
  process.stdout.on('error', () => process.exit(process.exitCode ?? EXIT_FAILURE));
  process.stderr.on('error', () => process.exit(process.exitCode ?? EXIT_FAILURE));
  process.setSourceMapsEnabled(true);

  const output = new OutputGuard();
  run(process.argv.slice(2), output).then(
    (outcome) => {
      finished = true;
      finish(outcome, output);
    },
    (error: unknown) => {
      finished = true;
      finish({ code: EXIT_FAILURE, stderr: `${PROGRAM}: unexpected error: ${describe(error)}\n` }, output);
    }
  );
}

main();
