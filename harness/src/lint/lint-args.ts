import { parseCommandLine, type OptionTable } from '../cli/cli-args';

/** What `ohos-cloud-extension-lint` was asked to do. */
export type LintArgs =
  | {
      readonly kind: 'lint';
      /** Files and folders to lint, as given. */
      readonly paths: readonly string[];
      /** The project file given with `--project`, if any. */
      readonly project?: string;
      /** Print JSON instead of the human report. */
      readonly json: boolean;
      /** Read `.ts` files as ArkTS. */
      readonly asEts: boolean;
    }
  | { readonly kind: 'help' }
  | { readonly kind: 'version' }
  | {
      readonly kind: 'error';
      /** What is wrong with the arguments, in one line. */
      readonly message: string;
    };

/** The text printed by `--help`. */
export const LINT_USAGE = `Usage: ohos-cloud-extension-lint <file|folder>... [--project tsconfig.json] [--json] [--as-ets] [--]

Type-checks ArkTS sources (.ets) with ohos-typescript and the declarations of
ohos-cloud-extension-types, and applies the ArkTS 1.1 rules with the linter
that ships in ohos-typescript (the one DevEco's build runs). The globals the
device's runtime gives every .ets file (console, the timers, canIUse) are
declared as the SDK declares them, unless the sources declare them already.

  <file|folder>     .ets files and declaration files (.d.ts, .d.ets), or
                    folders to search for them (node_modules, oh_modules,
                    build and hidden folders are skipped)
  --project <file>, -p <file>
                    take the compiler options from this tsconfig.json; with no
                    paths, lint the files it includes
  --as-ets          also read .ts files, as if they were .ets (.d.ts files
                    then as .d.ets)
  --json            print { "schemaVersion": 1, "diagnostics": [ { "file",
                    "line", "column", "rule", "message" } ] } on stdout
  --help, -h        show this text
  --version, -v     show the version
  --                end the options: what follows are paths, even if they
                    start with -

Needs ohos-typescript: npm install --save-dev ohos-typescript

Exit status: 0 no problems, 1 problems found, 2 the lint could not run.
`;

/** The options of `ohos-cloud-extension-lint`, for `parseCommandLine` (`--help` and `--version` are added). */
export const LINT_OPTIONS = {
  json: { type: 'boolean' },
  'as-ets': { type: 'boolean' },
  project: { type: 'string', short: 'p', missing: '--project needs the path of a tsconfig.json' }
} as const satisfies OptionTable;

/**
 * Parses the command-line arguments (without `node` and the script) with the commands' shared
 * convention (`parseCommandLine`): options before or after the paths, `--project` (or `-p`) takes
 * its value as the next argument or after `=`, `--` ends the options, `--help` and `--version` win
 * over everything else before `--`.
 */
export function parseLintArgs(argv: readonly string[]): LintArgs {
  const line = parseCommandLine(argv, LINT_OPTIONS);
  if (line.kind !== 'parsed') {
    return line;
  }
  const { values, positionals: paths } = line;
  const project = values.project;
  if (project !== undefined && (project === '' || project.startsWith('-'))) {
    return { kind: 'error', message: '--project needs the path of a tsconfig.json' };
  }
  if (paths.length === 0 && project === undefined) {
    return { kind: 'error', message: 'no files or folders to lint' };
  }
  const json = values.json === true;
  const asEts = values['as-ets'] === true;
  return project === undefined ? { kind: 'lint', paths, json, asEts } : { kind: 'lint', paths, project, json, asEts };
}
