/**
 * `@ohos.hilog` as the harness provides it at run time: the app log API with the device's
 * argument handling, formatting and privacy masking (hiviewdfx_hilog
 * interfaces/js/kits/napi/src/hilog/src/hilog_napi_base.cpp), writing each line to the harness's
 * log sink (`hilog-sink.ts`) instead of the device's log daemon. Nothing is written to stdout.
 *
 * @packageDocumentation
 */
import { hilogGlobalLevel, hilogPrivacy, writeHilogLine, type HilogLevelLetter } from './hilog-sink';

/** Log levels (interface_sdk-js api/@ohos.hilog.d.ts:431-489). */
const LogLevel = Object.freeze({
  DEBUG: 3,
  INFO: 4,
  WARN: 5,
  ERROR: 6,
  FATAL: 7
} as const);

/** The fewest and most arguments a log call takes (hilog_napi_base.cpp MIN_NUMBER, MAX_NUMBER). */
const MIN_ARGUMENTS = 3;
const MAX_ARGUMENTS = 100;
/** What a masked argument prints as. */
const PRIVATE_TEXT = '<private>';
/** App domains are 0x0-0xFFFF (hilog_common.h DOMAIN_APP_MIN, DOMAIN_APP_MAX). */
const DOMAIN_APP_MAX = 0xffff;
/** Domains from here up are never loggable (hilog_common.h DOMAIN_OS_MAX). */
const DOMAIN_OS_MAX = 0xd0fffff;
/** The longest tag, in bytes, without its NUL (MAX_TAG_LEN 32). */
const MAX_TAG_BYTES = 31;
/** The longest message, in bytes, without its NUL (MAX_LOG_LEN 4096). */
const MAX_LOG_BYTES = 4095;

/** The level set with `setMinLogLevel`, or `undefined` before any call (UNSET_LOGLEVEL). */
let appMinLevel: number | undefined;

/** One argument after ParseNapiValue: its `typeof`-like kind and its text. */
interface Parameter {
  readonly kind: 'number' | 'bigint' | 'string' | 'undefined' | 'boolean' | 'null' | 'object' | 'function' | 'other';
  readonly text: string;
}

/** Stringifies one argument as ParseNapiValue does: primitives with `String`, objects and functions as JSON. */
function parameterOf(value: unknown): Parameter {
  if (value === null) {
    return { kind: 'null', text: 'null' };
  }
  switch (typeof value) {
    case 'number':
    case 'bigint':
    case 'undefined':
    case 'boolean':
      return { kind: typeof value as Parameter['kind'], text: String(value) };
    case 'string':
      return { kind: 'string', text: value };
    case 'object':
    case 'function':
      return { kind: typeof value as Parameter['kind'], text: jsonText(value) };
    default:
      return { kind: 'other', text: '' };
  }
}

/** `JSON.stringify(value)`, or `''` when it gives nothing or throws (a cycle, a BigInt field). */
function jsonText(value: unknown): string {
  try {
    return JSON.stringify(value) ?? '';
  } catch {
    return '';
  }
}

/** The kinds each specifier prints; any other kind prints nothing but still uses the argument. */
const ACCEPTED: Readonly<Record<string, ReadonlySet<Parameter['kind']>>> = {
  d: new Set(['number', 'bigint']),
  i: new Set(['number', 'bigint']),
  s: new Set(['string', 'undefined', 'boolean', 'null']),
  o: new Set(['object', 'function', 'undefined', 'null']),
  O: new Set(['object', 'function', 'undefined', 'null'])
};

/**
 * Formats a message as ParseLogContent does, in one left-to-right pass: `%{public}` prints in
 * plain text, bare and `%{private}` arguments print `<private>` when masking is on, a type
 * mismatch prints nothing, `%%` prints `%`, an unknown specifier prints as is, and once the
 * arguments run out the rest of the format is appended unexpanded.
 */
function formatMessage(format: string, params: readonly Parameter[], mask: boolean): string {
  if (params.length === 0) {
    return format;
  }
  const length = format.length;
  let out = '';
  let pos = 0;
  let count = 0;
  for (; pos < length; ++pos) {
    let showPrivate = true;
    if (count >= params.length) {
      break;
    }
    if (format[pos] !== '%') {
      out += format[pos];
      continue;
    }
    // The device compares the six or seven characters two places after '%', without checking the braces.
    if (pos + 8 < length && format.substring(pos + 2, pos + 8) === 'public') {
      pos += 8;
      showPrivate = false;
    } else if (pos + 9 < length && format.substring(pos + 2, pos + 9) === 'private') {
      pos += 9;
    }
    if (pos + 1 >= length) {
      break;
    }
    const specifier = format.charAt(pos + 1);
    const accepted = ACCEPTED[specifier];
    if (accepted !== undefined) {
      const param = params[count] as Parameter;
      if (accepted.has(param.kind)) {
        out += mask && showPrivate ? PRIVATE_TEXT : param.text;
      }
      ++count;
      ++pos;
    } else if (specifier === '%') {
      out += '%';
      ++pos;
    } else {
      out += format[pos];
    }
  }
  if (pos < length) {
    out += format.substring(pos);
  }
  return out;
}

/** Cuts `text` to at most `bytes` UTF-8 bytes, never inside a character. */
function truncateBytes(text: string, bytes: number): string {
  const encoded = Buffer.from(text, 'utf8');
  if (encoded.length <= bytes) {
    return text;
  }
  let end = bytes;
  while (end > 0 && ((encoded[end] as number) & 0xc0) === 0x80) {
    end--;
  }
  return encoded.subarray(0, end).toString('utf8');
}

/** Whether a line at `level` in `domain` is written (hilog_printf.cpp HiLogIsLoggable). */
function loggable(domain: number, level: number): boolean {
  const unsigned = domain >>> 0;
  if (unsigned <= DOMAIN_APP_MAX && appMinLevel !== undefined && level < appMinLevel) {
    return false;
  }
  if (level < LogLevel.DEBUG || level > LogLevel.FATAL || unsigned >= DOMAIN_OS_MAX) {
    return false;
  }
  return level >= hilogGlobalLevel();
}

const LETTERS: Readonly<Record<number, HilogLevelLetter>> = { 3: 'D', 4: 'I', 5: 'W', 6: 'E', 7: 'F' };

/** One log call as HilogImpl handles it: wrong types for domain, tag or format log nothing. */
function log(level: number, args: readonly unknown[]): void {
  const [domain, tag, format] = args;
  if (args.length < MIN_ARGUMENTS || typeof domain !== 'number' || typeof tag !== 'string' || typeof format !== 'string') {
    return;
  }
  let values: readonly unknown[] = args.slice(MIN_ARGUMENTS, MAX_ARGUMENTS);
  if (Array.isArray(args[MIN_ARGUMENTS])) {
    if (args.length !== MIN_ARGUMENTS + 1) {
      // NAPI_ASSERT in HilogImpl throws a JS error with this text.
      throw new Error('assertion (false) failed: Argc mismatch');
    }
    values = args[MIN_ARGUMENTS] as unknown[];
  }
  const domainInt = domain | 0;
  if (!loggable(domainInt, level)) {
    return;
  }
  const message = formatMessage(format, values.map(parameterOf), hilogPrivacy());
  writeHilogLine({
    time: Date.now(),
    level: LETTERS[level] as HilogLevelLetter,
    domain: domainInt,
    tag: truncateBytes(tag, MAX_TAG_BYTES),
    message: truncateBytes(message, MAX_LOG_BYTES)
  });
}

/** The `@ohos.hilog` module object. */
const hilog = {
  /**
   * Logs at DEBUG, dropped unless the global level is DEBUG.
   *
   * @param domain - 0x0-0xFFFF.
   * @param tag - Up to 31 bytes are kept.
   * @param format - `%{public}s`, `%{private}d`, `%s`, `%d`, `%i`, `%o`, `%O`, `%%`.
   * @param args - The values for the placeholders, or one array of them.
   */
  debug(domain: number, tag: string, format: string, ...args: unknown[]): void {
    log(LogLevel.DEBUG, [domain, tag, format, ...args]);
  },
  /** Logs at INFO; parameters as for `debug`. */
  info(domain: number, tag: string, format: string, ...args: unknown[]): void {
    log(LogLevel.INFO, [domain, tag, format, ...args]);
  },
  /** Logs at WARN; parameters as for `debug`. */
  warn(domain: number, tag: string, format: string, ...args: unknown[]): void {
    log(LogLevel.WARN, [domain, tag, format, ...args]);
  },
  /** Logs at ERROR; parameters as for `debug`. */
  error(domain: number, tag: string, format: string, ...args: unknown[]): void {
    log(LogLevel.ERROR, [domain, tag, format, ...args]);
  },
  /** Logs at FATAL; parameters as for `debug`. */
  fatal(domain: number, tag: string, format: string, ...args: unknown[]): void {
    log(LogLevel.FATAL, [domain, tag, format, ...args]);
  },
  /**
   * Whether a line at `level` would be written; `false` for a domain outside 0x0-0xFFFF
   * (hilog_napi_base.cpp IsLoggable).
   */
  isLoggable(domain: number, tag: string, level: number): boolean | undefined {
    if (typeof domain !== 'number' || typeof level !== 'number' || typeof tag !== 'string') {
      return undefined;
    }
    const domainInt = domain | 0;
    if (domainInt < 0 || domainInt > DOMAIN_APP_MAX) {
      return false;
    }
    return loggable(domainInt, level | 0);
  },
  /**
   * Sets the lowest level this app logs at. Like the device's `HiLogSetAppMinLogLevel`
   * (PREFER_CLOSE_LOG), it can only drop more lines: a level below the global one opens nothing.
   */
  setMinLogLevel(level: number): void {
    if (typeof level === 'number') {
      appMinLevel = level | 0;
    }
  },
  LogLevel
};

// eslint-disable-next-line @typescript-eslint/no-namespace
declare namespace hilog {
  /** A value of `LogLevel`. */
  type LogLevel = (typeof LogLevel)[keyof typeof LogLevel];
}

// Never runs: it names the exports where Node's ESM loader finds them in a CommonJS file
// (cjs-module-lexer reads the source). Keep it in step with the module object.
if (0 as number) {
  exports.debug = undefined;
  exports.info = undefined;
  exports.warn = undefined;
  exports.error = undefined;
  exports.fatal = undefined;
  exports.isLoggable = undefined;
  exports.setMinLogLevel = undefined;
  exports.LogLevel = undefined;
}

export = hilog;
