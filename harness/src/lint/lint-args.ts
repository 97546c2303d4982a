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
export const LINT_USAGE = `Usage: ohos-cloud-extension-lint <file|folder>... [--project tsconfig.json] [--json] [--as-ets]

Type-checks ArkTS sources (.ets) with ohos-typescript and the declarations of
ohos-cloud-extension-types, and applies the ArkTS 1.1 rules with the linter
that ships in ohos-typescript (the one DevEco's build runs). The globals the
device's runtime gives every .ets file (console, the timers, canIUse) are
declared as the SDK declares them, unless the sources declare them already.

  <file|folder>     .ets files and declaration files (.d.ts, .d.ets), or
                    folders to search for them (node_modules, oh_modules,
                    build and hidden folders are skipped)
  --project <file>  take the compiler options from this tsconfig.json; with no
                    paths, lint the files it includes
  --as-ets          also read .ts files, as if they were .ets (.d.ts files
                    then as .d.ets)
  --json            print { "diagnostics": [ { "file", "line", "column",
                    "rule", "message" } ] } on stdout
  --help            show this text
  --version         show the version

Needs ohos-typescript: npm install --save-dev ohos-typescript

Exit status: 0 no problems, 1 problems found, 2 the lint could not run.
`;

/**
 * Parses the command-line arguments (without `node` and the script). Options may come before or
 * after the paths; `--project` (or `-p`) takes its value as the next argument or after `=`;
 * `--` ends the options. `--help` and `--version` win over everything else.
 */
export function parseLintArgs(argv: readonly string[]): LintArgs {
  const optionsEnd = argv.indexOf('--');
  const options = optionsEnd === -1 ? argv : argv.slice(0, optionsEnd);
  if (options.includes('--help') || options.includes('-h')) {
    return { kind: 'help' };
  }
  if (options.includes('--version') || options.includes('-v')) {
    return { kind: 'version' };
  }
  const paths: string[] = [];
  let project: string | undefined;
  let json = false;
  let asEts = false;
  for (let index = 0; index < options.length; index++) {
    const arg = options[index] ?? '';
    if (arg === '--json') {
      json = true;
    } else if (arg === '--as-ets') {
      asEts = true;
    } else if (arg === '--project' || arg === '-p' || arg.startsWith('--project=')) {
      const value = arg.startsWith('--project=') ? arg.slice('--project='.length) : options[++index];
      if (value === undefined || value === '' || value.startsWith('-')) {
        return { kind: 'error', message: `${arg} needs the path of a tsconfig.json` };
      }
      if (project !== undefined) {
        return { kind: 'error', message: '--project given twice' };
      }
      project = value;
    } else if (arg.startsWith('-') && arg !== '-') {
      return { kind: 'error', message: `unknown option ${arg}` };
    } else {
      paths.push(arg);
    }
  }
  if (optionsEnd !== -1) {
    paths.push(...argv.slice(optionsEnd + 1));
  }
  if (paths.length === 0 && project === undefined) {
    return { kind: 'error', message: 'no files or folders to lint' };
  }
  return project === undefined ? { kind: 'lint', paths, json, asEts } : { kind: 'lint', paths, project, json, asEts };
}
