/**
 * Where the lines that `@ohos.hilog` writes go in the harness, and the harness-side switches that
 * the device sets with system parameters. Not a device module: the harness (the check, a test)
 * uses it to read or redirect a vendor's log.
 *
 * By default lines are kept in a bounded in-memory buffer ({@link hilogLines}), so nothing reaches
 * stdout or stderr. `setHilogSink('stderr')` prints each line on stderr (for a verbose run), and a
 * function sink receives each line as it is written (to put it in a report, or per worker).
 *
 * @example Capture a vendor's log lines in a test, then restore the previous sink:
 * ```ts
 * import { setHilogSink, HilogLine } from 'ohos-cloud-extension-harness/hilog-sink';
 *
 * const lines: HilogLine[] = [];
 * const previous = setHilogSink((line: HilogLine) => { lines.push(line); });
 * // ... run the extension ...
 * setHilogSink(previous);
 * ```
 *
 * @packageDocumentation
 */
import { threadId } from 'node:worker_threads';

/** The letter of a log level in a device log line: D(EBUG), I(NFO), W(ARN), E(RROR), F(ATAL). */
export type HilogLevelLetter = 'D' | 'I' | 'W' | 'E' | 'F';

/** One line written by `@ohos.hilog`, after formatting and privacy masking. */
export interface HilogLine {
  /** When it was written, in milliseconds since the Unix epoch. */
  readonly time: number;
  /** The level letter. */
  readonly level: HilogLevelLetter;
  /** The domain the caller gave (0x0-0xFFFF for apps). */
  readonly domain: number;
  /** The tag, truncated to 31 bytes as on the device. */
  readonly tag: string;
  /** The formatted message. */
  readonly message: string;
  /**
   * The line as the device's log tool prints it: `MM-DD HH:MM:SS.mmm  pid  tid L A0dddd/tag: message`
   * (hiviewdfx_hilog tools/hilog log_print.cpp), in the machine's local time.
   */
  readonly text: string;
}

/** Receives each line as it is written. */
export type HilogSink = (line: HilogLine) => void;

/** How many lines the default buffer keeps; older lines are dropped first. */
export const HILOG_BUFFER_LIMIT = 1000;

const buffer: HilogLine[] = [];

/** The default sink: keeps the newest {@link HILOG_BUFFER_LIMIT} lines in memory. */
const bufferSink: HilogSink = (line) => {
  buffer.push(line);
  if (buffer.length > HILOG_BUFFER_LIMIT) {
    buffer.splice(0, buffer.length - HILOG_BUFFER_LIMIT);
  }
};

/** Prints each line on stderr, never on stdout. */
const stderrSink: HilogSink = (line) => {
  process.stderr.write(`${line.text}\n`);
};

let currentSink: HilogSink = bufferSink;
let privacy = true;

/**
 * Sends the lines `@ohos.hilog` writes from now on to `sink`: `'buffer'` (the default, read with
 * {@link hilogLines}), `'stderr'`, or a function called with each line. A function that throws
 * is ignored, so a log line never breaks the extension. Returns the previous sink as a function,
 * so a caller can put it back.
 *
 * @param sink - Where lines go.
 */
export function setHilogSink(sink: HilogSink | 'buffer' | 'stderr'): HilogSink {
  const previous = currentSink;
  currentSink = sink === 'buffer' ? bufferSink : sink === 'stderr' ? stderrSink : sink;
  return previous;
}

/** The lines in the default buffer, oldest first (a copy). */
export function hilogLines(): readonly HilogLine[] {
  return buffer.slice();
}

/** Empties the default buffer. */
export function clearHilogLines(): void {
  buffer.length = 0;
}

/**
 * Turns privacy masking on or off. On (the default, as on a release device, where
 * `hilog.private.on` is true: hiviewdfx_hilog frameworks/libhilog/param/properties.cpp), bare and
 * `%{private}` arguments print as `<private>`. Off is what a debuggable build or
 * `hilog -p off` gives.
 *
 * @param mask - `true` to mask private arguments.
 */
export function setHilogPrivacy(mask: boolean): void {
  privacy = mask;
}

/** Whether private arguments are masked as `<private>`. */
export function hilogPrivacy(): boolean {
  return privacy;
}

/**
 * Hands a line to the current sink. Used by the harness's `@ohos.hilog`.
 *
 * @internal
 */
export function writeHilogLine(line: Omit<HilogLine, 'text'>): void {
  const full: HilogLine = { ...line, text: deviceLine(line) };
  try {
    currentSink(full);
  } catch {
    // A failing sink must not break the extension that logs.
  }
}

/** Pads `value` with zeros to `width` digits. */
function pad(value: number, width: number): string {
  return String(value).padStart(width, '0');
}

/** Formats a line as log_print.cpp does: time, pid and tid (width 5), level, `A` + 5 hex digits of the domain. */
function deviceLine(line: Omit<HilogLine, 'text'>): string {
  const date = new Date(line.time);
  const time = `${pad(date.getMonth() + 1, 2)}-${pad(date.getDate(), 2)} ${pad(date.getHours(), 2)}:${pad(date.getMinutes(), 2)}:${pad(date.getSeconds(), 2)}.${pad(date.getMilliseconds(), 3)}`;
  const domain = (line.domain & 0xfffff).toString(16).padStart(5, '0');
  const ids = `${String(process.pid).padStart(5)} ${String(threadId).padStart(5)}`;
  return `${time} ${ids} ${line.level} A${domain}/${line.tag}: ${line.message}`;
}

/** The device's default global level, INFO (`persist.sys.hilog.loggable.global=I`). */
const DEFAULT_GLOBAL_LEVEL = 4;

let globalLevel = DEFAULT_GLOBAL_LEVEL;

/**
 * Sets the global log level, what `hilog -b D` does on a device: lines below it are dropped.
 * The default is INFO (4), so DEBUG (3) lines are dropped, as on a release device. The device
 * API `hilog.setMinLogLevel` can only raise the level an app logs at, never lower it below this.
 *
 * @param level - A `hilog.LogLevel` value: DEBUG 3, INFO 4, WARN 5, ERROR 6, FATAL 7.
 */
export function setHilogGlobalLevel(level: number): void {
  globalLevel = level;
}

/** The global log level (a `hilog.LogLevel` value). */
export function hilogGlobalLevel(): number {
  return globalLevel;
}
