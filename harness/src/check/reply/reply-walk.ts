/**
 * The walk over one reply's write log: each reply kind (see `cloud-db-walks.ts` and its siblings)
 * names the writes in the order its stub makes them, and this class checks each write against
 * what the system reads at the same place in the reply bytes.
 *
 * Nothing here knows how a value is encoded: a thrown write is the stub's own throw, recorded
 * where it happened, and a changed value is a difference between the value the stub passed and
 * the value the system's reader decodes from the bytes that write produced.
 *
 * @packageDocumentation
 */

import { MAX_CAPACITY_TO_WRITE, MAX_STRING_UNITS } from '../../rpc/message-sequence';
import { show } from '../../stubs/recording/show-value';
import type { WriteEntry, WriteLog, WriteMethod } from '../../stubs/recording/write-log';
import { Parcel } from '../../wire/parcel';
import type { RuleId } from '../rules';
import type { ReplyAnalysis, ReplyIssue } from './reply-issue';

/** Unwinds a walk where the stub stopped writing. */
class Stop extends Error {}

/** How a thrown write is reported, when not as `wrong-field-type` at the write's own path. */
export interface ThrowReport {
  /** The rule, e.g. `share-role-null` or `value-not-encodable`. */
  readonly rule?: RuleId;
  /** The field to name instead of the write's path (the row value that is not an asset). */
  readonly field?: string;
  /** What to say about the value instead of the written one, e.g. `result.value is 5, not an array`. */
  readonly subject?: string;
  /** The whole message instead, given the field being written. */
  readonly message?: (written: string) => string;
}

/** What each write method accepts, for messages. */
const ACCEPTS: Readonly<Record<WriteMethod, string>> = {
  writeInt: 'a number',
  writeLong: 'a number',
  writeFloat: 'a number',
  writeDouble: 'a number',
  writeBoolean: 'a boolean',
  writeString: 'a string',
  writeIntArray: 'an array',
  writeRemoteObject: 'a remote object',
  writeInterfaceToken: 'a string'
};

/**
 * One walk over a reply: the write log in order, the reply bytes the system reads, and the
 * issues found so far.
 */
export class ReplyWalk {
  /** Issues found, in the order the stub met them. */
  readonly issues: ReplyIssue[] = [];
  private next = 0;
  private readonly log: WriteLog;
  private readonly parcel: Parcel;
  private readonly capacityRule: RuleId;

  /**
   * @param log - The stub's writes.
   * @param reply - The reply bytes the system received.
   * @param capacityRule - The rule a write beyond the reply limit is reported under.
   */
  constructor(log: WriteLog, reply: Uint8Array, capacityRule: RuleId) {
    this.log = log;
    this.parcel = Parcel.fromBytes(reply);
    this.capacityRule = capacityRule;
  }

  /** Runs `walk` until it ends or the stub's writes end; gives the issues. */
  run(walk: () => void): ReplyAnalysis {
    try {
      walk();
    } catch (error) {
      if (!(error instanceof Stop)) {
        throw error;
      }
    }
    return { issues: this.issues, fatal: this.issues.find((issue) => issue.fatal) };
  }

  /** Records a value that reached the system changed; the walk goes on. */
  changed(rule: RuleId, field: string, message: string): void {
    this.issues.push({ rule, field, message, fatal: false });
  }

  /** Records where and why the stub threw, and ends the walk. */
  fail(rule: RuleId, field: string, message: string): never {
    this.issues.push({ rule, field, message, fatal: true });
    throw new Stop(message);
  }

  /**
   * Reads `object[key]` as the stub does when it writes `field`: reading from null or undefined
   * throws TypeError in the stub, which is reported under `missingRule`; a getter that throws is
   * the vendor throwing.
   */
  read(object: unknown, key: string, field: string, missingRule: RuleId): unknown {
    if (object === null || object === undefined) {
      this.fail(missingRule, field, `${field} is ${show(object)}, so reading its "${key}" throws TypeError and the reply is cut short.`);
    }
    try {
      return (object as Record<string, unknown>)[key];
    } catch (error) {
      const text = error instanceof Error ? `${error.name}: ${error.message}` : 'a thrown value';
      return this.fail(
        'vendor-threw',
        `${field}.${key}`,
        `reading ${field}.${key} threw ${text}, so the stub throws while writing the reply and it is cut short.`
      );
    }
  }

  /** `writeInt` of `field`; gives the number the stub passed. */
  int(field: string, report: ThrowReport = {}): number {
    const entry = this.take('writeInt', field, report);
    const passed = numberOf(entry);
    const read = this.at(entry).readInt32();
    if (read !== undefined && read !== passed) {
      this.changed('int32-out-of-range', field, `${field} is ${entry.shown}; it travels as an int32 and the system reads ${read}.`);
    }
    return passed;
  }

  /** `writeLong` of `field`; `row` for a row value (whose text had no "."). */
  long(field: string, row: boolean): void {
    const entry = this.take('writeLong', field, {});
    const passed = numberOf(entry);
    const read = this.at(entry).readInt64();
    if (read === undefined) {
      return;
    }
    const exact = Number.isInteger(passed) && !Object.is(passed, -0) && BigInt(passed) === read;
    if (!exact) {
      const how = row
        ? 'a number whose text has no "." travels as an int64, so the system reads'
        : 'it travels as an int64 and the system reads';
      this.changed('number-changed-in-transit', field, `${field} is ${entry.shown}; ${how} ${read}.`);
    } else if (row && !Number.isSafeInteger(passed)) {
      this.changed(
        'int64-precision',
        field,
        `${field} is ${entry.shown}, beyond 2^53: JavaScript numbers cannot hold every integer this large, so the value was probably rounded before it was returned.`
      );
    }
  }

  /** `writeFloat` of `field` (a double on the device). */
  double(field: string): void {
    const entry = this.take('writeFloat', field, {});
    const read = this.at(entry).readDouble();
    if (read !== undefined && !Object.is(read, numberOf(entry))) {
      this.changed(
        'number-changed-in-transit',
        field,
        `${field} is ${entry.shown}; it travels as a double and the system reads ${show(read)}.`
      );
    }
  }

  /** `writeBoolean` of `field`. */
  bool(field: string, report: ThrowReport = {}): void {
    this.take('writeBoolean', field, report);
  }

  /** `writeString` of `field`; gives the string the stub passed. */
  string(field: string, report: ThrowReport = {}): string {
    const entry = this.take('writeString', field, report);
    const passed = entry.value.kind === 'string' ? entry.value.text : '';
    const read = this.at(entry).readString16();
    if (read !== undefined && read !== passed) {
      const nul = passed.indexOf('\u0000');
      const why =
        nul !== -1 && read === passed.slice(0, nul)
          ? 'writeString cuts a string at its first NUL, so the system reads'
          : 'the system reads';
      this.changed('string-changed-in-transit', field, `${field} is ${entry.shown}; ${why} ${show(read)}.`);
    }
    return passed;
  }

  /** `writeIntArray` of `field` (a blob's bytes). */
  intArray(field: string): void {
    this.take('writeIntArray', field, {});
  }

  /** The parcel, positioned where `entry` wrote. */
  private at(entry: WriteEntry): Parcel {
    this.parcel.readPosition = entry.offset;
    return this.parcel;
  }

  /** The stub's next write, which must be `method` for `field`; a thrown write ends the walk. */
  private take(method: WriteMethod, field: string, report: ThrowReport): WriteEntry {
    const entry = this.log[this.next];
    if (entry === undefined || entry.method !== method) {
      // The stub threw without a write throwing: a getter, a proxy, or a value the walk could not read.
      this.fail(
        'vendor-threw',
        field,
        `the stub stopped before writing ${field}: reading the returned value threw, and the reply is cut short.`
      );
    }
    this.next++;
    const error = entry.error;
    if (error === undefined) {
      return entry;
    }
    if (error.name === 'RangeError') {
      this.fail(
        this.capacityRule,
        field,
        `writing ${field} needed more room than the ${Math.max(0, MAX_CAPACITY_TO_WRITE - entry.offset)} bytes left after ${entry.offset} bytes already written, and the reply limit is ${MAX_CAPACITY_TO_WRITE} bytes (strings reserve 4 bytes per character, blobs 4 bytes per byte): ${method} threw RangeError "${error.message}" and the reply is cut short.`
      );
    }
    const code = String(error.code);
    if (method === 'writeString' && code === '401' && entry.value.kind === 'string' && entry.value.units >= MAX_STRING_UNITS) {
      this.fail(
        this.capacityRule,
        field,
        `${field} is ${entry.value.units} UTF-16 units long; writeString threw BusinessError 401, as it does from ${MAX_STRING_UNITS} units on, and the reply is cut short.`
      );
    }
    if (code === '401') {
      const subject = report.subject ?? `${field} is ${entry.shown}`;
      this.fail(
        report.rule ?? 'wrong-field-type',
        report.field ?? field,
        report.message?.(field) ??
          `${subject}, but the stub writes it with ${method}, which accepts only ${ACCEPTS[method]}: it threw BusinessError 401 and the reply is cut short.`
      );
    }
    const withCode = error.code === undefined ? error.name : `${error.name} ${code}`;
    return this.fail(
      'call-failed',
      field,
      `writing ${field} (${entry.shown}) threw ${withCode}: ${error.message}, and the reply is cut short.`
    );
  }
}

/** The number a successful number write was given. */
function numberOf(entry: WriteEntry): number {
  return entry.value.kind === 'number' ? entry.value.number : Number.NaN;
}
