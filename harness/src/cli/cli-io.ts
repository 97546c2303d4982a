/**
 * What a command writes to and knows of its surroundings: in the bin, the process's own streams
 * and environment; in a test, plain functions that keep the text. A command given a `CliIo` never
 * touches `process.stdout`, `process.stderr` or `process.env` itself, and never ends the process.
 */
export interface CliIo {
  /** Receives the report (text as it is to appear, newlines included). */
  readonly stdout: (text: string) => unknown;
  /** Receives messages: why a run could not happen, notes, the extension's own output with `--verbose`. */
  readonly stderr: (text: string) => unknown;
  /** The environment (`NO_COLOR`, `TERM`, ...). */
  readonly env: Readonly<Record<string, string | undefined>>;
  /** `true` when `stdout` is a terminal (colour and a progress line); not a terminal if absent. */
  readonly isTTY?: boolean;
  /** The terminal's width in columns, when `stdout` is a terminal. */
  readonly columns?: number;
}

/** The `CliIo` of the running process: its stdout, stderr and environment. */
export function processIo(): CliIo {
  return {
    stdout: (text) => process.stdout.write(text),
    stderr: (text) => process.stderr.write(text),
    env: process.env,
    ...(process.stdout.isTTY ? { isTTY: true } : {}),
    ...(process.stdout.columns === undefined ? {} : { columns: process.stdout.columns })
  };
}
