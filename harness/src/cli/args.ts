import { ModuleMappingError, parseModuleMapping, type ModuleMap } from '../register/module-map';
import { parseCommandLine, type OptionTable } from './cli-args';

/** What `ohos-cloud-extension-check` was asked to do. */
export type ParsedArgs =
  | { readonly kind: 'check'; readonly options: CliOptions }
  | { readonly kind: 'help' }
  | { readonly kind: 'version' }
  | { readonly kind: 'error'; readonly message: string };

/** The options of one check run. */
export interface CliOptions {
  /** Path of the extension's entry file, as given. */
  readonly entry: string;
  /** Print the findings as JSON on stdout instead of the human report. */
  readonly json: boolean;
  /**
   * Longest wait for each call into the extension, and for an ES module entry to finish loading,
   * in milliseconds; the defaults of the check and of the loader if absent.
   */
  readonly timeoutMs?: number;
  /** Pass the extension's own console and hilog output through to stderr instead of hiding it. */
  readonly verbose: boolean;
  /**
   * The vendor's fakes from `--module <spec>=<file>` (repeatable): import specifiers mapped to
   * files, as written (relative to the working directory); absent when none is given.
   */
  readonly modules?: ModuleMap;
  /** Host folder for the extension's app sandbox, kept afterwards; a temp folder if absent. */
  readonly sandbox?: string;
  /** `--devices <n>`: devices of the fleet run after the single-device check (1, the default, runs none). */
  readonly devices?: number;
  /** `--rounds <r>`: rounds of the fleet's edits and syncs. */
  readonly rounds?: number;
  /** `--seed <s>`: the fleet's seed, to replay a run. */
  readonly seed?: number;
  /** `--lease-wait <ms>`: longest wait for a dead device's lease to lapse. */
  readonly leaseWaitMs?: number;
  /**
   * `--max-warnings <n>`: the most warning findings that still exit 0 (as eslint's option of that
   * name); more exit 1 as errors do. No limit if absent.
   */
  readonly maxWarnings?: number;
}

/** The fleet's numeric flags: the option each sets, and the smallest and largest value taken. */
const FLEET_FLAGS: Readonly<
  Record<
    string,
    { readonly key: 'devices' | 'rounds' | 'seed' | 'leaseWaitMs'; readonly min: number; readonly max: number; readonly what: string }
  >
> = {
  '--devices': { key: 'devices', min: 1, max: 64, what: 'a whole number of devices from 1 to 64' },
  '--rounds': { key: 'rounds', min: 1, max: 10_000, what: 'a whole number of rounds from 1 to 10000' },
  '--seed': { key: 'seed', min: 0, max: 0xffff_ffff, what: 'a whole number from 0 to 4294967295' },
  '--lease-wait': { key: 'leaseWaitMs', min: 1, max: 600_000, what: 'a whole number of milliseconds from 1 to 600000' }
};

/** The largest `--timeout`, in milliseconds: Node's timers cannot wait longer (2^31 − 1). */
export const MAX_TIMEOUT_MS = 2_147_483_647;

/** The text printed by `--help`. */
export const USAGE = `Usage: ohos-cloud-extension-check <entry> [--json] [--timeout <ms>] [--module <spec>=<file>]... [--verbose] [--sandbox <dir>] [--devices <n>] ...

Runs an OpenHarmony cloud extension (@ohos.data.cloudExtension) against the
device's side of the interface and reports where it differs from what the
device expects.

  <entry>           the extension's entry file (.ts, .ets, .mts, .cts, .js,
                    .mjs or .cjs) whose default export is the
                    ServiceExtensionAbility subclass; TypeScript and ArkTS
                    entries run directly (needs the typescript package)
  --json            print { "schemaVersion": 1, "findings": [...],
                    "summary": {...} } on stdout
  --timeout <ms>    longest wait for each call into the extension, and for
                    an ES module entry to finish loading, in ms
  --module <spec>=<file>
                    load <file> (yours: .ts, .ets, .js, ...) wherever the
                    extension imports <spec>, for a module the harness does
                    not emulate: --module libentry.so=test/fakes/libentry.ts
                    (repeatable; <file> relative to the working directory)
  --verbose         show the extension's own console and hilog output (on stderr)
  --sandbox <dir>   keep the extension's files (its app sandbox) in <dir>
                    instead of a temp folder deleted afterwards
  --devices <n>     then run a fleet of <n> devices, each with its own copy of
                    the extension, against the cloud it talks to, and check
                    the sync contract (default 1: no fleet)
  --rounds <r>      rounds of the fleet's edits and syncs (default 10)
  --seed <s>        the fleet's seed, printed with every run, to replay one
  --lease-wait <ms> longest wait for a dead device's lease to lapse
                    (default 3 leases, at most 30000)
  --max-warnings <n>
                    exit 1 also when there are more than <n> warnings
                    (errors always exit 1)
  --help, -h        show this text
  --version, -v     show the version
  --                end the options: what follows is the entry, even if it
                    starts with -

Exit status: 0 no errors, 1 errors found (or more warnings than
--max-warnings), 2 the entry could not be loaded or
run (an import of a device module that is neither emulated nor mapped with
--module, say), or the arguments are wrong.
`;

/** The options of `ohos-cloud-extension-check`, for `parseCommandLine` (`--help` and `--version` are added). */
export const CHECK_OPTIONS = {
  json: { type: 'boolean' },
  verbose: { type: 'boolean' },
  timeout: { type: 'string', missing: '--timeout needs a value in milliseconds' },
  module: { type: 'string', multiple: true, missing: '--module needs <specifier>=<file>' },
  sandbox: { type: 'string', missing: '--sandbox needs a folder' },
  devices: { type: 'string' },
  rounds: { type: 'string' },
  seed: { type: 'string' },
  'lease-wait': { type: 'string' },
  'max-warnings': { type: 'string', missing: '--max-warnings needs a number of warnings' }
} as const satisfies OptionTable;

/**
 * Parses the command-line arguments (without `node` and the script) with the commands' shared
 * convention (`parseCommandLine`): options before or after the entry, values after a space or `=`,
 * `--` ends the options, `--help` and `--version` win over everything else before `--`.
 */
export function parseArgs(argv: readonly string[]): ParsedArgs {
  const line = parseCommandLine(argv, CHECK_OPTIONS);
  if (line.kind !== 'parsed') {
    return line;
  }
  const { values, positionals: entries } = line;
  let timeoutMs: number | undefined;
  if (values.timeout !== undefined) {
    const parsed = parseTimeout(values.timeout);
    if (typeof parsed === 'string') {
      return { kind: 'error', message: parsed };
    }
    timeoutMs = parsed;
  }
  const fleet: { devices?: number; rounds?: number; seed?: number; leaseWaitMs?: number } = {};
  for (const [flag, spec] of Object.entries(FLEET_FLAGS)) {
    const value = values[flag.slice(2) as 'devices' | 'rounds' | 'seed' | 'lease-wait'];
    if (value === undefined) {
      continue;
    }
    if (!/^[0-9]+$/.test(value) || Number(value) < spec.min || Number(value) > spec.max) {
      return { kind: 'error', message: `${flag} must be ${spec.what}, got "${value}"` };
    }
    fleet[spec.key] = Number(value);
  }
  let modules: Record<string, string> | undefined;
  for (const value of values.module ?? []) {
    try {
      const [specifier, file] = parseModuleMapping(value);
      modules = { ...modules, [specifier]: file };
    } catch (error) {
      if (error instanceof ModuleMappingError) {
        return { kind: 'error', message: `--module: ${error.message}` };
      }
      throw error;
    }
  }
  let maxWarnings: number | undefined;
  if (values['max-warnings'] !== undefined) {
    const value = values['max-warnings'];
    if (!/^[0-9]+$/.test(value) || !Number.isSafeInteger(Number(value))) {
      return { kind: 'error', message: `--max-warnings must be a whole number from 0 up, got "${value}"` };
    }
    maxWarnings = Number(value);
  }
  if (values.sandbox === '') {
    return { kind: 'error', message: '--sandbox needs a folder' };
  }
  if (entries.length === 0) {
    return { kind: 'error', message: 'missing the entry file to check' };
  }
  if (entries.length > 1) {
    return { kind: 'error', message: `expected one entry file, got ${entries.length}: ${entries.join(' ')}` };
  }
  const entry = entries[0] ?? '';
  return {
    kind: 'check',
    options: {
      entry,
      json: values.json === true,
      verbose: values.verbose === true,
      ...(timeoutMs === undefined ? {} : { timeoutMs }),
      ...(modules === undefined ? {} : { modules }),
      ...(values.sandbox === undefined ? {} : { sandbox: values.sandbox }),
      ...(maxWarnings === undefined ? {} : { maxWarnings }),
      ...fleet
    }
  };
}

/** A `--timeout` value as a number of milliseconds, or why it is not one. */
function parseTimeout(value: string): number | string {
  if (!/^[0-9]+$/.test(value) || Number(value) < 1) {
    return `--timeout must be a positive whole number of milliseconds, got "${value}"`;
  }
  const milliseconds = Number(value);
  if (milliseconds > MAX_TIMEOUT_MS) {
    return `--timeout must be at most ${MAX_TIMEOUT_MS} ms, got ${value}`;
  }
  return milliseconds;
}
