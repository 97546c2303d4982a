import type { Finding } from '../check/finding';
import type { Severity } from '../check/rules';

/** What the report prints: the outcome of one check run (the shape `check()` resolves to). */
export interface ReportInput {
  /** Everything the check found, in the check's order. */
  readonly findings: readonly Finding[];
  /** How many calls the system made into the extension. */
  readonly calls: number;
  /** Wall-clock time of the check, in milliseconds. */
  readonly elapsedMs: number;
  /**
   * Whether the extension's schema named no database, so CloudDB and AssetLoader were exercised
   * on the check's own sample database.
   */
  readonly usedSampleDatabase: boolean;
  /** When a fleet ran: how, and with which seed (its findings are among `findings`). */
  readonly fleet?: {
    readonly devices: number;
    readonly rounds: number;
    readonly seed: number;
    readonly calls: number;
    readonly elapsedMs: number;
  };
}

/** Counts printed at the end of the report and under `summary` in the JSON output. */
export interface ReportSummary {
  /** Number of findings of severity `error`. */
  readonly errors: number;
  /** Number of findings of severity `warning`. */
  readonly warnings: number;
  /** Number of findings of severity `note`. */
  readonly notes: number;
  /** How many calls the system made into the extension. */
  readonly calls: number;
  /** Wall-clock time of the check, in milliseconds. */
  readonly elapsedMs: number;
  /** Whether CloudDB and AssetLoader were exercised on the check's own sample database. */
  readonly usedSampleDatabase: boolean;
}

/** How the human report is rendered. */
export interface HumanReportOptions {
  /** Whether to colour the text with ANSI escapes (only for a terminal). */
  readonly color: boolean;
}

/** The interfaces of `@ohos.data.cloudExtension`, in the order the report lists them. */
export const INTERFACE_ORDER: readonly string[] = ['CloudService', 'CloudDB', 'AssetLoader', 'ShareCenter'];

const SEVERITY_ORDER: Readonly<Record<Severity, number>> = { error: 0, warning: 1, note: 2 };

/** The interface a finding's method belongs to: `CloudDB` for `CloudDB.query`. */
export function interfaceOf(method: string): string {
  const dot = method.indexOf('.');
  return dot > 0 ? method.slice(0, dot) : method;
}

/**
 * Groups findings by interface: CloudService, CloudDB, AssetLoader, ShareCenter, then any other
 * interface in alphabetical order. Within a group, errors come first, then warnings, then notes,
 * each in the check's order.
 */
export function groupByInterface(findings: readonly Finding[]): Array<{ interfaceName: string; findings: Finding[] }> {
  const groups = new Map<string, Finding[]>();
  for (const finding of findings) {
    const name = interfaceOf(finding.method);
    const group = groups.get(name);
    if (group === undefined) {
      groups.set(name, [finding]);
    } else {
      group.push(finding);
    }
  }
  const rank = (name: string): number => {
    const index = INTERFACE_ORDER.indexOf(name);
    return index === -1 ? INTERFACE_ORDER.length : index;
  };
  const names = [...groups.keys()].sort((a, b) => rank(a) - rank(b) || (a < b ? -1 : a > b ? 1 : 0));
  return names.map((interfaceName) => {
    const group = (groups.get(interfaceName) ?? []).map((finding, index) => ({ finding, index }));
    group.sort((a, b) => severityRank(a.finding.severity) - severityRank(b.finding.severity) || a.index - b.index);
    return { interfaceName, findings: group.map((entry) => entry.finding) };
  });
}

function severityRank(severity: string): number {
  return SEVERITY_ORDER[severity as Severity] ?? Object.keys(SEVERITY_ORDER).length;
}

/** Counts the findings by severity and carries over the run's figures. */
export function summarize(report: ReportInput): ReportSummary {
  let errors = 0;
  let warnings = 0;
  let notes = 0;
  for (const finding of report.findings) {
    if (finding.severity === 'error') {
      errors += 1;
    } else if (finding.severity === 'warning') {
      warnings += 1;
    } else {
      notes += 1;
    }
  }
  return {
    errors,
    warnings,
    notes,
    calls: report.calls,
    elapsedMs: report.elapsedMs,
    usedSampleDatabase: report.usedSampleDatabase
  };
}

/** The closing line of the human report, e.g. `2 errors, 1 warning, 3 notes (41 calls in 0.38 s)`. */
export function summaryLine(summary: ReportSummary): string {
  const seconds = (Math.max(0, summary.elapsedMs) / 1000).toFixed(2);
  return (
    `${plural(summary.errors, 'error')}, ${plural(summary.warnings, 'warning')}, ${plural(summary.notes, 'note')} ` +
    `(${plural(summary.calls, 'call')} in ${seconds} s)`
  );
}

function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`;
}

const ANSI = {
  bold: '\u001b[1m',
  dim: '\u001b[2m',
  red: '\u001b[31m',
  yellow: '\u001b[33m',
  cyan: '\u001b[36m',
  green: '\u001b[32m',
  reset: '\u001b[0m'
} as const;

const SEVERITY_COLOR: Readonly<Record<Severity, string>> = { error: ANSI.red, warning: ANSI.yellow, note: ANSI.cyan };

/**
 * The report for a person: findings grouped by interface, each with its severity, method, rule,
 * message and source, then the summary line. Ends with a newline.
 */
export function formatHuman(report: ReportInput, options: HumanReportOptions): string {
  const paint = (style: string, text: string): string => (options.color ? `${style}${text}${ANSI.reset}` : text);
  const width = Math.max(...Object.keys(SEVERITY_ORDER).map((severity) => severity.length));
  const indent = ' '.repeat(2 + width + 2);
  const lines: string[] = [];
  for (const group of groupByInterface(report.findings)) {
    lines.push(paint(ANSI.bold, group.interfaceName));
    for (const finding of group.findings) {
      const severity = finding.severity.padEnd(width);
      const color = SEVERITY_COLOR[finding.severity] ?? '';
      lines.push(`  ${paint(ANSI.bold + color, severity)}  ${paint(ANSI.bold, finding.method)}  ${paint(ANSI.dim, finding.rule)}`);
      for (const messageLine of finding.message.split('\n')) {
        lines.push(`${indent}${messageLine}`);
      }
      lines.push(`${indent}${paint(ANSI.dim, `source: ${finding.source}`)}`);
      for (const call of finding.history ?? []) {
        lines.push(`${indent}  ${paint(ANSI.dim, call)}`);
      }
    }
    lines.push('');
  }
  const summary = summarize(report);
  if (report.findings.length === 0) {
    lines.push(paint(ANSI.green, 'No findings.'));
  }
  if (report.fleet !== undefined) {
    const fleet = report.fleet;
    lines.push(
      `Fleet: ${fleet.devices} devices, ${fleet.rounds} rounds, ${fleet.calls} calls in ${(fleet.elapsedMs / 1000).toFixed(1)} s, seed ${fleet.seed} (replay with --devices ${fleet.devices} --rounds ${fleet.rounds} --seed ${fleet.seed})`
    );
  }
  const closing = summaryLine(summary);
  const closingColor = summary.errors > 0 ? ANSI.red : summary.warnings > 0 ? ANSI.yellow : ANSI.green;
  lines.push(paint(ANSI.bold + closingColor, closing));
  return `${lines.join('\n')}\n`;
}

/**
 * The version of the shape of the JSON report (`schemaVersion`, its first field): raised whenever
 * a field is removed or changes meaning, so that a CI job reading the report can tell. Fields may
 * be added without raising it.
 */
export const REPORT_SCHEMA_VERSION = 1;

/**
 * The report for a program: `{ "schemaVersion": 1, "findings": [...], "summary": {...} }`
 * (`schemaVersion` is {@link REPORT_SCHEMA_VERSION}), each finding with
 * `severity`, `method`, `rule`, `message` and `source`, and a fleet's findings with their `history`;
 * after a fleet, `fleet` holds its devices, rounds, seed and calls. Ends with a newline.
 */
export function formatJson(report: ReportInput): string {
  const findings = report.findings.map((finding) => ({
    severity: finding.severity,
    method: finding.method,
    rule: finding.rule,
    message: finding.message,
    source: finding.source,
    ...(finding.history === undefined ? {} : { history: finding.history })
  }));
  const fleet =
    report.fleet === undefined
      ? {}
      : { fleet: { devices: report.fleet.devices, rounds: report.fleet.rounds, seed: report.fleet.seed, calls: report.fleet.calls } };
  return `${JSON.stringify({ schemaVersion: REPORT_SCHEMA_VERSION, findings, summary: summarize(report), ...fleet }, null, 2)}\n`;
}

/** A stream as far as deciding on colour goes. */
export interface TerminalLike {
  /** `true` when the stream is a terminal. */
  readonly isTTY?: boolean;
}

/**
 * Whether to colour output written to `stream`: only for a terminal, and not when `NO_COLOR` is
 * set to a non-empty value (no-color.org) or `TERM` is `dumb`.
 */
export function shouldUseColor(stream: TerminalLike, env: NodeJS.ProcessEnv): boolean {
  return isInteractive(stream, env) && (env['NO_COLOR'] === undefined || env['NO_COLOR'] === '');
}

/** Whether `stream` is a terminal that understands cursor control, so a progress line can be shown. */
export function isInteractive(stream: TerminalLike, env: NodeJS.ProcessEnv): boolean {
  return stream.isTTY === true && env['TERM'] !== 'dumb';
}

/** A progress line being shown; {@link ProgressLine.stop} erases it. */
export interface ProgressLine {
  /** Stops updating the line and erases it, leaving the cursor at the start of the line. */
  stop(): void;
}

/** What a progress line writes to: a text sink (the terminal's `write`). */
export type Write = (text: string) => unknown;

/** How often the progress line is redrawn, in milliseconds. */
export const PROGRESS_INTERVAL_MS = 100;

/**
 * Shows `label` with a spinner and the elapsed seconds on one terminal line, redrawn every
 * {@link PROGRESS_INTERVAL_MS}. Call only when the output is a terminal.
 *
 * @param write - Writes to the terminal.
 * @param label - What is going on, e.g. `checking entry.ts`.
 * @param now - The clock, in milliseconds.
 * @param columns - The terminal's width in characters; a longer line is cut so that it never wraps.
 *   0 (unknown) cuts nothing.
 */
export function startProgress(
  write: Write,
  label: string,
  now: () => number = Date.now,
  columns: number = Number.POSITIVE_INFINITY
): ProgressLine {
  const frames = ['|', '/', '-', '\\'];
  const started = now();
  // A terminal of unknown size (a pseudo-terminal without one reports 0 columns) cuts nothing.
  const width = columns > 1 ? columns - 1 : Number.POSITIVE_INFINITY;
  let frame = 0;
  const draw = (): void => {
    const seconds = ((now() - started) / 1000).toFixed(1);
    const line = `${frames[frame % frames.length] ?? ''} ${label} ${seconds} s`;
    write(`\r\u001b[K${line.slice(0, width)}`);
    frame += 1;
  };
  draw();
  const timer = setInterval(draw, PROGRESS_INTERVAL_MS);
  timer.unref();
  let stopped = false;
  return {
    stop(): void {
      if (!stopped) {
        stopped = true;
        clearInterval(timer);
        write('\r\u001b[K');
      }
    }
  };
}
