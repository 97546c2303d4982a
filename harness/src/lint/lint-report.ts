import type { LintDiagnostic } from './lint-diagnostic';
import type { LintResult } from './lint';

/**
 * The human report: one line per diagnostic, `file:line:col  rule  message` (a message the
 * compiler spreads over several lines is joined into one), then a summary line.
 *
 * @param result - what the run found.
 */
export function formatLintText(result: LintResult): string {
  const lines = result.diagnostics.map(formatDiagnosticLine);
  lines.push(summaryOf(result));
  return `${lines.join('\n')}\n`;
}

/**
 * The version of the shape of the lint's JSON report (`schemaVersion`, its first field): raised
 * whenever a field is removed or changes meaning; fields may be added without raising it.
 */
export const LINT_SCHEMA_VERSION = 1;

/**
 * The machine report: `{ "schemaVersion": 1, "diagnostics": [ { "file", "line", "column", "rule",
 * "message" } ] }` (`schemaVersion` is {@link LINT_SCHEMA_VERSION}), pretty-printed, with a final
 * newline.
 *
 * @param result - what the run found.
 */
export function formatLintJson(result: LintResult): string {
  const diagnostics = result.diagnostics.map((diagnostic) => ({
    file: diagnostic.file,
    line: diagnostic.line,
    column: diagnostic.column,
    rule: diagnostic.rule,
    message: diagnostic.message
  }));
  return `${JSON.stringify({ schemaVersion: LINT_SCHEMA_VERSION, diagnostics }, null, 2)}\n`;
}

/** One diagnostic as a line of the human report. */
export function formatDiagnosticLine(diagnostic: LintDiagnostic): string {
  const message = diagnostic.message.replace(/\s*\n\s*/g, ' ');
  const where =
    diagnostic.file === ''
      ? ''
      : diagnostic.line === 0
        ? `${diagnostic.file}  `
        : `${diagnostic.file}:${diagnostic.line}:${diagnostic.column}  `;
  return `${where}${diagnostic.rule}  ${message}`;
}

function summaryOf(result: LintResult): string {
  const files = plural(result.files.length, 'file');
  const tool = `ohos-typescript ${result.compilerVersion}, ArkTS 1.1 rules`;
  if (result.diagnostics.length === 0) {
    return `No problems in ${files} (${tool}).`;
  }
  const compilerCount = result.diagnostics.length - result.linterCount;
  return (
    `${plural(result.diagnostics.length, 'problem')} in ${files}: ` +
    `${plural(result.linterCount, 'from the ArkTS linter', 'from the ArkTS linter')}, ` +
    `${plural(compilerCount, 'compiler error')} (${tool}).`
  );
}

function plural(count: number, noun: string, nouns = `${noun}s`): string {
  return `${count} ${count === 1 ? noun : nouns}`;
}
