import { parseArgs } from 'node:util';

/** One option of a command, as its table declares it. */
export interface OptionSpec {
  /** `boolean`: a flag without a value; `string`: takes the next argument or the text after `=`. */
  readonly type: 'boolean' | 'string';
  /** A one-letter alias (`p` for `-p`). */
  readonly short?: string;
  /** A string option that may be given more than once; its values are collected in order. */
  readonly multiple?: boolean;
  /** The one-line message when a string option has no value; `--<name> needs a value` if absent. */
  readonly missing?: string;
}

/** A command's options, by long name (without `--`). `help` (`-h`) and `version` (`-v`) are added. */
export type OptionTable = Readonly<Record<string, OptionSpec>>;

/** The value one option of a table gives. */
export type OptionValue<S extends OptionSpec> = S['type'] extends 'boolean' ? boolean : S['multiple'] extends true ? string[] : string;

/** The options given, by long name; an option not given is absent. */
export type OptionValues<T extends OptionTable> = { -readonly [K in keyof T]?: OptionValue<T[K]> };

/** What a command line asks for, before the command checks the values themselves. */
export type CommandLine<T extends OptionTable> =
  | {
      readonly kind: 'parsed';
      /** The options given. */
      readonly values: OptionValues<T>;
      /** The other arguments, in order, including every argument after `--`. */
      readonly positionals: string[];
    }
  | { readonly kind: 'help' }
  | { readonly kind: 'version' }
  | {
      readonly kind: 'error';
      /** What is wrong, in one line, naming the option as it was written. */
      readonly message: string;
    };

/** The options every command has. */
const COMMON: OptionTable = {
  help: { type: 'boolean', short: 'h' },
  version: { type: 'boolean', short: 'v' }
};

/**
 * Parses a command line (without `node` and the script) with `node:util` `parseArgs`, the one
 * convention of the harness's commands: options and positionals in any order; a string option takes
 * the next argument (even one starting with `-`) or the text after `=`; `--` ends the options, so
 * everything after it is a positional; `--help` (`-h`), then `--version` (`-v`), win over everything
 * else before `--`; an unknown option, a missing value, a value given to a flag, and a
 * non-repeatable string option given twice are errors with a one-line message.
 */
export function parseCommandLine<T extends OptionTable>(argv: readonly string[], table: T): CommandLine<T> {
  const options: OptionTable = { ...table, ...COMMON };
  const { tokens } = parseArgs({
    args: [...argv],
    options: Object.fromEntries(
      Object.entries(options).map(([name, spec]) => [
        name,
        spec.short === undefined ? { type: spec.type } : { type: spec.type, short: spec.short }
      ])
    ),
    strict: false,
    allowPositionals: true,
    tokens: true
  });
  const named = tokens.flatMap((token) => (token.kind === 'option' ? [token] : []));
  for (const common of ['help', 'version'] as const) {
    if (named.some((token) => token.name === common)) {
      return { kind: common };
    }
  }
  const values: Record<string, string | boolean | string[]> = {};
  const positionals: string[] = [];
  for (const token of tokens) {
    if (token.kind === 'positional') {
      positionals.push(token.value);
      continue;
    }
    if (token.kind !== 'option') {
      continue;
    }
    const spec = Object.hasOwn(table, token.name) ? table[token.name] : undefined;
    if (spec === undefined) {
      return { kind: 'error', message: `unknown option ${token.rawName}` };
    }
    if (spec.type === 'boolean') {
      if (token.value !== undefined) {
        return { kind: 'error', message: `${token.rawName} takes no value` };
      }
      values[token.name] = true;
    } else if (token.value === undefined) {
      return { kind: 'error', message: spec.missing ?? `${token.rawName} needs a value` };
    } else if (spec.multiple === true) {
      const previous = values[token.name];
      values[token.name] = [...(Array.isArray(previous) ? previous : []), token.value];
    } else if (values[token.name] !== undefined) {
      return { kind: 'error', message: `--${token.name} given twice` };
    } else {
      values[token.name] = token.value;
    }
  }
  return { kind: 'parsed', values: values as OptionValues<T>, positionals };
}
