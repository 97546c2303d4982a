/**
 * One problem found in a linted file: a compiler error or an ArkTS rule the file breaks.
 * Positions are 1-based, as editors and `tsc` show them.
 */
export interface LintDiagnostic {
  /** Path of the file, relative to the working directory (with `/` separators); `''` for a problem of the set-up itself. */
  readonly file: string;
  /** Line of the problem's start, from 1; 0 when the problem has no position. */
  readonly line: number;
  /** Column of the problem's start, in UTF-16 code units from 1; 0 when the problem has no position. */
  readonly column: number;
  /**
   * What was broken: the ArkTS rule id as the linter names it (`arkts-no-spread`), or the
   * compiler's code (`TS2322`).
   */
  readonly rule: string;
  /** The linter's or the compiler's message, without the rule id it repeats at its end. */
  readonly message: string;
}

/**
 * The rule id at the end of an ArkTS linter message: the linter writes each rule's text as
 * `"<text> (<rule-id>)"` (ohos-typescript `cookBookTag` table, e.g. `(arkts-no-spread)`). Some
 * ids break the `arkts-` pattern (`artkts-no-side-effect-import-in-ts-import-ets`,
 * `arkts-sendable-typeAlias-declaration`), so any dashed word is taken as written.
 */
const RULE_ID_AT_END = /\s*\(([A-Za-z][A-Za-z0-9]*(?:-[A-Za-z0-9]+)+)\)\s*$/;

/**
 * Lowest code the compiler gives its own diagnostics. The ArkTS linter reports its rules with
 * the rule's number in its table (below 1 000) as the code, and passes on the stricter
 * compiler errors it finds with their `TS` codes.
 */
const FIRST_COMPILER_CODE = 1000;

/**
 * Names the rule of a diagnostic the ArkTS linter returned, and splits it off the message.
 * An ArkTS rule is named by the id at the end of its message; a compiler error the linter passes
 * on is named `TS<code>`; an ArkTS rule without an id in its text (none in ohos-typescript
 * 4.9.5-r9) is named `ArkTS<number>` after the linter's own number for it.
 *
 * @param code - the diagnostic's `code`.
 * @param message - the diagnostic's message, flattened to one string.
 */
export function linterRuleOf(code: number, message: string): { rule: string; message: string } {
  const match = code < FIRST_COMPILER_CODE ? RULE_ID_AT_END.exec(message) : null;
  if (match !== null && match[1] !== undefined) {
    return { rule: match[1], message: message.slice(0, match.index) };
  }
  return { rule: code < FIRST_COMPILER_CODE ? `ArkTS${code}` : `TS${code}`, message };
}

/**
 * Names the rule of a diagnostic the compiler returned: `TS<code>`, as `tsc` prints it.
 *
 * @param code - the diagnostic's `code`.
 */
export function compilerRuleOf(code: number): string {
  return `TS${code}`;
}

/**
 * Orders diagnostics by file, then line, then column, then rule; diagnostics without a file
 * come first. Returns a new array.
 */
export function sortDiagnostics(diagnostics: readonly LintDiagnostic[]): LintDiagnostic[] {
  return [...diagnostics].sort(
    (a, b) => compareText(a.file, b.file) || a.line - b.line || a.column - b.column || compareText(a.rule, b.rule)
  );
}

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
