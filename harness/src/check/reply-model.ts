import type { RuleId } from './rules';

/**
 * One thing the device's stub does to a vendor's return value while writing the reply: a throw
 * that cuts the reply short (`fatal`), or a value that reaches the system changed.
 */
export interface ReplyIssue {
  /** The rule that names it. */
  readonly rule: RuleId;
  /** The field involved, as a path into the returned value (`value.values[3].price`). */
  readonly field: string;
  /** What happens to it and what the vendor should do. */
  readonly message: string;
  /** Whether the stub throws here (the rest of the reply is never written). */
  readonly fatal: boolean;
}

/** Largest reply a JS `MessageSequence` may hold, in bytes (napi_rpc_common.h:85). */
export const MAX_REPLY_BYTES = 200 * 1024;

/** A string must be shorter than this many UTF-16 units (napi_rpc_common.h:86, napi_message_sequence_write.cpp:854). */
export const MAX_STRING_UNITS = 40960;

const INT64_MAX = 2n ** 63n - 1n;
const INT64_MIN = -(2n ** 63n);

/** How the stub writes a falsy asset status inside a row: `relationalStore.AssetStatus.ASSET_NORMAL`, 1 on the device. */
const ASSET_NORMAL_ON_DEVICE = 1;

/** Thrown inside a model to unwind as the stub's own throw would. */
class StubThrow extends Error {
  constructor(readonly issue: ReplyIssue) {
    super(issue.message);
  }
}

/** A short, readable rendering of a value for a message. */
export function show(value: unknown): string {
  try {
    return describeValue(value);
  } catch {
    return 'a value that cannot be inspected';
  }
}

function describeValue(value: unknown): string {
  if (value === undefined) {
    return 'undefined';
  }
  if (value === null) {
    return 'null';
  }
  switch (typeof value) {
    case 'number':
      return Object.is(value, -0) ? '-0' : String(value);
    case 'bigint':
      return `${value}n`;
    case 'string': {
      const shown = value.length > 40 ? `${value.slice(0, 40)}… (${value.length} characters)` : value;
      return JSON.stringify(shown);
    }
    case 'boolean':
      return String(value);
    case 'function':
      return 'a function';
    case 'symbol':
      return 'a symbol';
    default:
      break;
  }
  if (Array.isArray(value)) {
    return `an array of ${value.length}`;
  }
  if (value instanceof Uint8Array) {
    return `a ${value.constructor.name} of ${value.length} bytes`;
  }
  if (value instanceof Date) {
    return 'a Date';
  }
  if (ArrayBuffer.isView(value)) {
    return `a ${value.constructor.name}`;
  }
  if (value instanceof ArrayBuffer) {
    return 'an ArrayBuffer';
  }
  const name = (Object.getPrototypeOf(value) as { constructor?: { name?: unknown } } | null)?.constructor?.name;
  return typeof name === 'string' && name !== 'Object' && name !== '' ? `a ${name} object` : 'an object';
}

/** ECMAScript ToInt32, as `writeInt` applies it (napi_message_sequence_write.cpp:168-204). */
export function toInt32(value: number): number {
  return value | 0;
}

/** What `writeLong` makes of a number (napi_message_sequence_write.cpp:206-242): non-finite → 0, truncated, saturated. */
export function toInt64(value: number): bigint {
  if (!Number.isFinite(value)) {
    return 0n;
  }
  const truncated = BigInt(Math.trunc(value));
  if (truncated > INT64_MAX) {
    return INT64_MAX;
  }
  if (truncated < INT64_MIN) {
    return INT64_MIN;
  }
  return truncated;
}

/** Whether `writeLong` sends `value` unchanged. */
function int64Exact(value: number): boolean {
  return Number.isInteger(value) && !Object.is(value, -0) && value < 2 ** 63 && value >= -(2 ** 63);
}

function padded(bytes: number): number {
  return (bytes + 3) & ~3;
}

/**
 * Follows the device's stub as it writes a reply from a vendor's value, step by step: the same
 * property reads, the same `MessageSequence` type checks, int32 and int64 conversions and the
 * 200 KiB capacity check. Collects the issues, stopping at the first throw as the stub does.
 */
export class ReplyModel {
  /** Issues found, in the order the stub meets them. */
  readonly issues: ReplyIssue[] = [];
  /** Bytes the stub has written so far. */
  position = 0;
  private readonly capacityRule: RuleId;

  /**
   * @param capacityRule - The rule a capacity overflow is reported under (`reply-too-large`, or its
   *   warning twin for a deliberately large batch).
   */
  constructor(capacityRule: RuleId = 'reply-too-large') {
    this.capacityRule = capacityRule;
  }

  /** The throw that ended the reply, if any. */
  get fatal(): ReplyIssue | undefined {
    return this.issues.find((issue) => issue.fatal);
  }

  /** Runs a marshalling walk; a stub throw ends it and is kept as the fatal issue. */
  run(walk: () => void): this {
    try {
      walk();
    } catch (error) {
      if (!(error instanceof StubThrow)) {
        // A getter or proxy of the vendor's value threw while the stub read it: the stub throws too.
        const text = error instanceof Error ? `${error.name}: ${error.message}` : 'a thrown value';
        this.issues.push({
          rule: 'vendor-threw',
          field: 'result',
          message: `reading the returned value threw ${text}, so the stub throws while writing the reply and it is cut short. Return plain data objects.`,
          fatal: true
        });
      }
    }
    return this;
  }

  /** Records a value that reaches the system changed (the stub goes on). */
  changed(rule: RuleId, field: string, message: string): void {
    this.issues.push({ rule, field, message, fatal: false });
  }

  /** Records a throw and unwinds the walk. */
  fail(rule: RuleId, field: string, message: string): never {
    const issue: ReplyIssue = { rule, field, message, fatal: true };
    this.issues.push(issue);
    throw new StubThrow(issue);
  }

  /** Reads `object[key]` as the stub does: a TypeError when `object` is null or undefined. */
  read(object: unknown, key: string, field: string, missingRule: RuleId, hint: string): unknown {
    if (object === null || object === undefined) {
      this.fail(missingRule, field, `${field} is ${show(object)}, so reading its "${key}" throws TypeError and the reply is cut short. ${hint}`);
    }
    return (object as Record<string, unknown>)[key];
  }

  private reserve(bytes: number, field: string): void {
    if (this.position + bytes > MAX_REPLY_BYTES) {
      this.fail(
        this.capacityRule,
        field,
        `writing ${field} needs ${bytes} more bytes after ${this.position} already written, beyond the reply limit of ${MAX_REPLY_BYTES} bytes (strings reserve 4 bytes per character, blobs 4 bytes per byte): the stub throws RangeError "No enough capacity to write" and the reply is cut short. Return fewer or smaller rows per call.`
      );
    }
  }

  /** `writeInt`: typeof number, ToInt32. */
  int32(value: unknown, field: string, hint = 'Return an integer between -2147483648 and 2147483647.'): void {
    if (typeof value !== 'number') {
      this.fail('wrong-field-type', field, `${field} is ${show(value)}, but the stub writes it with writeInt, which throws BusinessError 401 for anything but a number. ${hint}`);
    }
    this.reserve(4, field);
    this.position += 4;
    const sent = toInt32(value);
    if (!Object.is(sent, value) && !(sent === 0 && Object.is(value, -0))) {
      this.changed(
        'int32-out-of-range',
        field,
        `${field} is ${show(value)}; it travels as an int32 and the system reads ${sent}. ${hint}`
      );
    }
  }

  /** `writeLong` of a field that is not a row value: typeof number, ToInt64. */
  int64(value: unknown, field: string, hint: string): void {
    if (typeof value !== 'number') {
      this.fail('wrong-field-type', field, `${field} is ${show(value)}, but the stub writes it with writeLong, which throws BusinessError 401 for anything but a number. ${hint}`);
    }
    this.reserve(8, field);
    this.position += 8;
    if (!int64Exact(value)) {
      this.changed('number-changed-in-transit', field, `${field} is ${show(value)}; it travels as an int64 and the system reads ${toInt64(value)}. ${hint}`);
    }
  }

  /** `writeFloat` (a double on the device). */
  double(field: string): void {
    this.reserve(8, field);
    this.position += 8;
  }

  /** `writeBoolean`: typeof boolean. */
  bool(value: unknown, field: string, hint = 'Return true or false.'): void {
    if (typeof value !== 'boolean') {
      this.fail('wrong-field-type', field, `${field} is ${show(value)}, but the stub writes it with writeBoolean, which throws BusinessError 401 for anything but a boolean. ${hint}`);
    }
    this.reserve(4, field);
    this.position += 4;
  }

  /** `writeString`: typeof string, shorter than 40 960 units, 4 bytes reserved per unit. */
  string(value: unknown, field: string, hint = 'Return a string.'): void {
    if (typeof value !== 'string') {
      this.fail('wrong-field-type', field, `${field} is ${show(value)}, but the stub writes it with writeString, which throws BusinessError 401 for anything but a string. ${hint}`);
    }
    if (value.length >= MAX_STRING_UNITS) {
      this.fail(
        this.capacityRule,
        field,
        `${field} is ${value.length} UTF-16 units long; writeString throws BusinessError 401 from ${MAX_STRING_UNITS} units on, and the reply is cut short. Keep strings shorter, or split the data.`
      );
    }
    this.reserve(4 * value.length, field);
    this.position += 4 + padded(2 * (value.length + 1));
  }

  /** A ShareCenter string with a '' default: `value ? writeString(value) : writeString('')`. */
  stringOrEmpty(value: unknown, field: string): void {
    this.string(value ? value : '', field, 'Return a string (or leave it out).');
  }

  /** `writeIntArray` of the bytes of a blob: 4 bytes per element plus the count. */
  intArray(length: number, field: string): void {
    this.reserve(4 * (length + 1), field);
    this.position += 4 + 4 * length;
  }
}

/** A result code: int32, and a warning for a code outside `ErrorCode`. */
function code(model: ReplyModel, value: unknown, field: string, knownCodes: boolean): void {
  model.int32(value, field, 'Return a value of cloudExtension.ErrorCode.');
  if (knownCodes && typeof value === 'number' && !(Number.isInteger(value) && value >= 0 && value <= 6)) {
    model.changed(
      'unknown-error-code',
      field,
      `${field} is ${show(value)}, which is not a cloudExtension.ErrorCode (0 to 6): the system cannot tell what went wrong. Return one of ErrorCode's values.`
    );
  }
}

/**
 * The value of a successful result: read as the stub does, with `success-without-value` when it is
 * missing.
 */
function successValue(model: ReplyModel, result: unknown, field: string, key: string): unknown {
  const value = model.read(result, 'value', field, 'result-missing', 'Resolve a Result object.');
  if (value === undefined || value === null) {
    model.fail(
      'success-without-value',
      `${field}.value`,
      `${field}.code is 0 (SUCCESS) but ${field}.value is ${show(value)}: the stub has already written the code, then throws TypeError reading value.${key}, so the system gets a truncated reply. Return the value with every successful result, or a non-zero code.`
    );
  }
  return value;
}

function lengthOf(model: ReplyModel, value: unknown, field: string, rule: RuleId, hint: string): number {
  const length = model.read(value, 'length', field, rule, hint);
  if (!Array.isArray(value) || typeof length !== 'number') {
    model.fail(rule, field, `${field} is ${show(value)}, not an array: the stub cannot walk it and the reply is cut short. ${hint}`);
  }
  return Math.min(value.length, 1_000_000);
}

/** An asset's nine fields (cloud_extension_stub.js:469-482, 495-508, 660-669). */
function asset(model: ReplyModel, value: unknown, field: string, inRow: boolean, missingRule: RuleId): void {
  const hint = 'Give every asset its nine fields: name, uri, path, createTime, modifyTime, size (strings), status (a number), assetId and hash (strings).';
  const get = (key: string): unknown => model.read(value, key, field, missingRule, hint);
  for (const key of ['name', 'uri', 'path', 'createTime', 'modifyTime', 'size']) {
    model.string(get(key), `${field}.${key}`, hint);
  }
  const status = get('status');
  if (inRow) {
    // cloud_extension_stub.js:475-480, 501-506: a falsy status is replaced by ASSET_NORMAL (1).
    if (status) {
      model.int32(status, `${field}.status`, 'Use a relationalStore.AssetStatus value.');
    } else {
      model.int32(ASSET_NORMAL_ON_DEVICE, `${field}.status`);
      if (status !== undefined) {
        model.changed(
          'asset-status-changed',
          `${field}.status`,
          `${field}.status is ${show(status)}; the stub replaces a falsy status with ASSET_NORMAL, so the system reads ${ASSET_NORMAL_ON_DEVICE}. Use a non-zero relationalStore.AssetStatus value, or leave status out if "normal" is what you mean.`
        );
      }
    }
  } else {
    model.int32(status, `${field}.status`, 'Use a relationalStore.AssetStatus value.');
  }
  model.string(get('assetId'), `${field}.assetId`, hint);
  model.string(get('hash'), `${field}.hash`, hint);
}

/** One row value (cloud_extension_stub.js:441-511). */
function rowValue(model: ReplyModel, value: unknown, field: string): void {
  if (value === undefined || value === null) {
    model.int32(0, field);
    return;
  }
  if (typeof value === 'number') {
    model.int32(1, field);
    if (Number(value).toString().indexOf('.') !== -1) {
      model.double(field);
      return;
    }
    model.double(field); // writeLong: 8 bytes, like a double
    if (!int64Exact(value)) {
      model.changed(
        'number-changed-in-transit',
        field,
        `${field} is ${show(value)}; a number whose text has no "." travels as an int64, so the system reads ${toInt64(value)}. Store such values as strings, or keep numbers finite, integral and within ±2^63.`
      );
    } else if (!Number.isSafeInteger(value)) {
      model.changed(
        'int64-precision',
        field,
        `${field} is ${show(value)}, beyond 2^53: JavaScript numbers cannot hold every integer this large, so the value was probably rounded before it was returned.`
      );
    }
    return;
  }
  if (typeof value === 'string') {
    model.int32(3, field);
    model.string(value, field);
    return;
  }
  if (typeof value === 'boolean') {
    model.int32(4, field);
    model.bool(value, field);
    return;
  }
  if (value instanceof Array) {
    model.int32(7, field);
    model.int32(value.length, `${field}.length`);
    for (let index = 0; index < value.length; index++) {
      asset(model, value[index], `${field}[${index}]`, true, 'wrong-field-type');
    }
    return;
  }
  if (value instanceof Uint8Array) {
    model.int32(5, field);
    model.intArray(value.length, field);
    return;
  }
  model.int32(6, field);
  const looksLikeAsset = typeof value === 'object' && typeof (value as { name?: unknown }).name === 'string';
  if (!looksLikeAsset) {
    model.fail(
      'value-not-encodable',
      field,
      `${field} is ${show(value)}: the stub only knows null, numbers, strings, booleans, Uint8Array, assets and arrays of assets, so it writes it as an asset and throws BusinessError 401 on its missing name. Convert it first (a Date to its getTime() number, a bigint to a string, other binary data to a Uint8Array).`
    );
  }
  asset(model, value, field, true, 'wrong-field-type');
}

/** A value bucket (cloud_extension_stub.js:436-513). */
export function bucket(model: ReplyModel, row: unknown, field: string): void {
  if (row === null || row === undefined) {
    model.fail('result-missing', field, `${field} is ${show(row)}: Object.keys throws TypeError and the reply is cut short. Return an object for every row.`);
  }
  if (row instanceof Map) {
    model.changed(
      'value-not-encodable',
      field,
      `${field} is a Map of ${row.size} entries: the stub walks Object.keys, which sees none of them, so the system gets an empty row. Return a plain object (Record<string, CloudType>).`
    );
  }
  const keys = Object.keys(row as object);
  model.int32(keys.length, `${field} key count`);
  for (const key of keys) {
    model.string(key, `${field} key`);
    rowValue(model, (row as Record<string, unknown>)[key], `${field}.${key}`);
  }
}

/** Batch results of insert/update/delete (cloud_extension_stub.js:419-434). */
function rowResults(model: ReplyModel, results: unknown, field: string): void {
  const count = lengthOf(model, results, field, 'result-missing', 'Resolve an array with one Result per row.');
  model.int32(count, `${field}.length`);
  for (let index = 0; index < count; index++) {
    const item = (results as unknown[])[index];
    const itemField = `${field}[${index}]`;
    code(model, model.read(item, 'code', itemField, 'result-missing', 'Give every row a Result.'), `${itemField}.code`, true);
    const value = (item as { value?: unknown }).value;
    if (value) {
      bucket(model, value, `${itemField}.value`);
    } else {
      model.int32(0, `${itemField}.value`);
    }
  }
}

/** Options of {@link modelReply}. */
export interface ModelOptions {
  /** The rule a capacity overflow is reported under; `reply-too-large` unless stated. */
  readonly capacityRule?: RuleId;
}

/**
 * What the device's stub does with `value`, the vendor's return value for `method`
 * (`'CloudDB.query'` …): the issues met while writing the reply, in order, the first throw last.
 *
 * @param method - `Interface.method`.
 * @param value - What the vendor's method resolved.
 * @param options - See {@link ModelOptions}.
 * @returns The model after the walk (`issues`, `fatal`, `position`).
 */
export function modelReply(method: string, value: unknown, options: ModelOptions = {}): ReplyModel {
  const model = new ReplyModel(options.capacityRule ?? 'reply-too-large');
  const walk = WALKS[method];
  if (walk !== undefined) {
    model.run(() => walk(model, value));
  }
  return model;
}

type Walk = (model: ReplyModel, value: unknown) => void;

const RESULT_HINT = 'Resolve a Result object ({ code, description, value }).';

function lockInfo(model: ReplyModel, result: unknown): void {
  const resultCode = model.read(result, 'code', 'result', 'result-missing', RESULT_HINT);
  code(model, resultCode, 'result.code', true);
  if (resultCode === 0) {
    const value = successValue(model, result, 'result', 'interval');
    model.int32((value as Record<string, unknown>)['interval'], 'result.value.interval', 'Return the lock\'s duration in seconds as an int32.');
    model.int32((value as Record<string, unknown>)['lockId'], 'result.value.lockId', 'Return a lock id between -2147483648 and 2147483647.');
  }
}

function shareResults(model: ReplyModel, result: unknown): void {
  model.int32(model.read(result, 'code', 'result', 'result-missing', RESULT_HINT), 'result.code');
  const r = result as Record<string, unknown>;
  model.stringOrEmpty(r['description'], 'result.description');
  const value = r['value'];
  if (value) {
    const count = lengthOf(model, value, 'result.value', 'wrong-field-type', 'Return an array of per-participant Results.');
    model.int32(count, 'result.value.length');
    for (let index = 0; index < count; index++) {
      const item = (value as unknown[])[index];
      const field = `result.value[${index}]`;
      model.int32(model.read(item, 'code', field, 'result-missing', 'Give every participant a Result.'), `${field}.code`);
      model.stringOrEmpty((item as Record<string, unknown>)['description'], `${field}.description`);
    }
  }
}

function participants(model: ReplyModel, result: unknown): void {
  model.int32(model.read(result, 'code', 'result', 'result-missing', RESULT_HINT), 'result.code');
  const r = result as Record<string, unknown>;
  model.stringOrEmpty(r['description'], 'result.description');
  const value = r['value'];
  if (value) {
    const count = lengthOf(model, value, 'result.value', 'wrong-field-type', 'Return an array of participants.');
    model.int32(count, 'result.value.length');
    for (let index = 0; index < count; index++) {
      const item = (value as unknown[])[index];
      const field = `result.value[${index}]`;
      model.string(model.read(item, 'identity', field, 'result-missing', 'Return participant objects.'), `${field}.identity`);
      const p = item as Record<string, unknown>;
      for (const key of ['role', 'state']) {
        const member = p[key];
        if (member === null) {
          model.fail(
            'share-role-null',
            `${field}.${key}`,
            `${field}.${key} is null: the stub only treats undefined as "not set" and calls writeInt(null), which throws BusinessError 401 and cuts the reply short. Leave ${key} undefined (or omit it) instead of null.`
          );
        }
        model.int32(typeof member !== 'undefined' ? member : -1, `${field}.${key}`, `Use a cloudData.sharing.${key === 'role' ? 'Role' : 'State'} value.`);
      }
      const privilege = p['privilege'];
      for (const key of ['writable', 'readable', 'creatable', 'deletable', 'shareable']) {
        model.bool(privilege ? (privilege as Record<string, unknown>)[key] : false, `${field}.privilege.${key}`);
      }
      model.stringOrEmpty(p['attachInfo'], `${field}.attachInfo`);
    }
  }
}

function assetResults(model: ReplyModel, results: unknown): void {
  const count = lengthOf(model, results, 'result', 'result-missing', 'Resolve an array with one Result per asset.');
  model.int32(count, 'result.length');
  for (let index = 0; index < count; index++) {
    const item = (results as unknown[])[index];
    const field = `result[${index}]`;
    code(model, model.read(item, 'code', field, 'result-missing', 'Give every asset a Result.'), `${field}.code`, true);
    const value = (item as Record<string, unknown>)['value'];
    if (value === undefined || value === null) {
      model.fail(
        'asset-result-without-value',
        `${field}.value`,
        `${field} (code ${show((item as Record<string, unknown>)['code'])}) has no value: the stub writes the nine asset fields of every result, failed ones included, and throws TypeError reading ${field}.value.name, so the reply is cut short. Return the asset in value with every result.`
      );
    }
    asset(model, value, `${field}.value`, false, 'asset-result-without-value');
  }
}

const WALKS: Readonly<Record<string, Walk>> = {
  'CloudService.getServiceInfo': (model, info) => {
    const get = (key: string): unknown => model.read(info, key, 'result', 'result-missing', 'Resolve a ServiceInfo object.');
    model.bool(get('enableCloud'), 'result.enableCloud');
    model.string(get('id'), 'result.id');
    model.int64(get('totalSpace'), 'result.totalSpace', 'Report space as a whole number.');
    model.int64(get('remainingSpace'), 'result.remainingSpace', 'Report space as a whole number.');
    model.int32(get('user'), 'result.user', 'Return the user id as an int32.');
  },
  'CloudService.getAppBriefInfo': (model, infos) => {
    if (infos === null || infos === undefined) {
      model.fail('result-missing', 'result', `result is ${show(infos)}: Object.keys throws TypeError before anything is written, so the call fails. Resolve a record of AppBriefInfo by bundle name.`);
    }
    const keys = Object.keys(infos as object);
    model.int32(keys.length, 'result key count');
    for (const key of keys) {
      model.string(key, 'result key');
      const info = (infos as Record<string, unknown>)[key];
      const field = `result[${JSON.stringify(key)}]`;
      const get = (name: string): unknown => model.read(info, name, field, 'result-missing', 'Give every bundle an AppBriefInfo.');
      model.string(get('appId'), `${field}.appId`);
      model.string(get('bundleName'), `${field}.bundleName`);
      model.int32(get('cloudSwitch') ? 1 : 0, `${field}.cloudSwitch`);
      model.int32(get('instanceId'), `${field}.instanceId`, 'Return the instance id as an int32.');
    }
  },
  'CloudService.getAppSchema': (model, result) => {
    const resultCode = model.read(result, 'code', 'result', 'result-missing', RESULT_HINT);
    code(model, resultCode, 'result.code', true);
    if (resultCode !== 0) {
      return;
    }
    const schema = successValue(model, result, 'result', 'version') as Record<string, unknown>;
    model.int32(schema['version'], 'result.value.version', 'Return the schema version as an int32.');
    model.string(schema['bundleName'], 'result.value.bundleName');
    const databases = model.read(schema['databases'], 'length', 'result.value.databases', 'wrong-field-type', 'Return an array of databases.');
    model.int32(databases, 'result.value.databases.length');
    for (const [d, database] of (Array.isArray(schema['databases']) ? schema['databases'] : []).entries()) {
      const field = `result.value.databases[${d}]`;
      const db = model.read(database, 'alias', field, 'wrong-field-type', 'Return database objects.');
      model.string(db, `${field}.alias`);
      const dbRecord = database as Record<string, unknown>;
      model.string(dbRecord['name'], `${field}.name`);
      const tables = dbRecord['tables'];
      model.int32(model.read(tables, 'length', `${field}.tables`, 'wrong-field-type', 'Return an array of tables.'), `${field}.tables.length`);
      for (const [t, table] of (Array.isArray(tables) ? tables : []).entries()) {
        const tableField = `${field}.tables[${t}]`;
        model.string(model.read(table, 'alias', tableField, 'wrong-field-type', 'Return table objects.'), `${tableField}.alias`);
        const tableRecord = table as Record<string, unknown>;
        model.string(tableRecord['name'], `${tableField}.name`);
        const fields = tableRecord['fields'];
        model.int32(model.read(fields, 'length', `${tableField}.fields`, 'wrong-field-type', 'Return an array of fields.'), `${tableField}.fields.length`);
        for (const [f, column] of (Array.isArray(fields) ? fields : []).entries()) {
          const columnField = `${tableField}.fields[${f}]`;
          model.string(model.read(column, 'alias', columnField, 'wrong-field-type', 'Return field objects.'), `${columnField}.alias`);
          const columnRecord = column as Record<string, unknown>;
          model.string(columnRecord['colName'], `${columnField}.colName`);
          const type = columnRecord['type'];
          model.int32(type, `${columnField}.type`, 'Use a cloudExtension.FieldType value.');
          if (typeof type === 'number' && !(Number.isInteger(type) && type >= 0 && type <= 7)) {
            model.changed(
              'field-type-unknown',
              `${columnField}.type`,
              `${columnField}.type is ${show(type)}, not a cloudExtension.FieldType (0 to 7): the system cannot tell how to store column ${show(columnRecord['colName'])}. Use a FieldType value.`
            );
          }
          model.bool(columnRecord['primary'], `${columnField}.primary`);
          model.bool(columnRecord['nullable'], `${columnField}.nullable`);
        }
      }
    }
  },
  'CloudService.subscribe': (model, result) => {
    const resultCode = model.read(result, 'code', 'result', 'result-missing', RESULT_HINT);
    code(model, resultCode, 'result.code', true);
    if (resultCode !== 0) {
      return;
    }
    const info = successValue(model, result, 'result', 'expirationTime') as Record<string, unknown>;
    model.int64(info['expirationTime'], 'result.value.expirationTime', 'Return the expiration time in ms as a whole number.');
    const subscribe = info['subscribe'];
    if (subscribe === null || subscribe === undefined) {
      model.fail('wrong-field-type', 'result.value.subscribe', `result.value.subscribe is ${show(subscribe)}: Object.keys throws TypeError after the code was written, so the reply is cut short. Return a record of subscription ids by bundle name.`);
    }
    const keys = Object.keys(subscribe as object);
    model.int32(keys.length, 'result.value.subscribe key count');
    for (const key of keys) {
      model.string(key, 'result.value.subscribe key');
      const ids = (subscribe as Record<string, unknown>)[key];
      const field = `result.value.subscribe[${JSON.stringify(key)}]`;
      const count = lengthOf(model, ids, field, 'wrong-field-type', 'Return an array of SubscribeId.');
      model.int32(count, `${field}.length`);
      for (let index = 0; index < count; index++) {
        const id = (ids as unknown[])[index];
        model.string(model.read(id, 'databaseAlias', `${field}[${index}]`, 'wrong-field-type', 'Return SubscribeId objects.'), `${field}[${index}].databaseAlias`);
        model.string((id as Record<string, unknown>)['id'], `${field}[${index}].id`);
      }
    }
  },
  'CloudDB.generateId': (model, result) => {
    const resultCode = model.read(result, 'code', 'result', 'result-missing', RESULT_HINT);
    code(model, resultCode, 'result.code', true);
    if (resultCode !== 0) {
      return;
    }
    const ids = successValue(model, result, 'result', 'length');
    const count = lengthOf(model, ids, 'result.value', 'wrong-field-type', 'Return an array of string ids.');
    model.int32(count, 'result.value.length');
    for (let index = 0; index < count; index++) {
      model.string((ids as unknown[])[index], `result.value[${index}]`, 'Return every id as a string.');
    }
  },
  'CloudDB.insert': (model, results) => rowResults(model, results, 'result'),
  'CloudDB.update': (model, results) => rowResults(model, results, 'result'),
  'CloudDB.delete': (model, results) => rowResults(model, results, 'result'),
  'CloudDB.query': (model, result) => {
    const resultCode = model.read(result, 'code', 'result', 'result-missing', RESULT_HINT);
    code(model, resultCode, 'result.code', true);
    if (resultCode !== 0) {
      return;
    }
    const data = successValue(model, result, 'result', 'nextCursor') as Record<string, unknown>;
    model.string(data['nextCursor'], 'result.value.nextCursor', 'Return the next cursor as a string.');
    model.bool(data['hasMore'], 'result.value.hasMore');
    const values = data['values'];
    const count = lengthOf(model, values, 'result.value.values', 'wrong-field-type', 'Return the rows as an array.');
    model.int32(count, 'result.value.values.length');
    for (let index = 0; index < count; index++) {
      bucket(model, (values as unknown[])[index], `result.value.values[${index}]`);
    }
  },
  'CloudDB.lock': lockInfo,
  'CloudDB.heartbeat': lockInfo,
  'CloudDB.unlock': (model, result) => {
    code(model, model.read(result, 'code', 'result', 'result-missing', RESULT_HINT), 'result.code', true);
  },
  'AssetLoader.download': assetResults,
  'AssetLoader.upload': assetResults,
  'ShareCenter.share': shareResults,
  'ShareCenter.unshare': shareResults,
  'ShareCenter.changePrivilege': shareResults,
  'ShareCenter.exit': (model, result) => {
    model.int32(model.read(result, 'code', 'result', 'result-missing', RESULT_HINT), 'result.code');
    model.stringOrEmpty((result as Record<string, unknown>)['description'], 'result.description');
  },
  'ShareCenter.changeConfirmation': (model, result) => {
    model.int32(model.read(result, 'code', 'result', 'result-missing', RESULT_HINT), 'result.code');
    model.stringOrEmpty((result as Record<string, unknown>)['description'], 'result.description');
  },
  'ShareCenter.confirmInvitation': (model, result) => {
    model.int32(model.read(result, 'code', 'result', 'result-missing', RESULT_HINT), 'result.code');
    model.stringOrEmpty((result as Record<string, unknown>)['description'], 'result.description');
    model.stringOrEmpty((result as Record<string, unknown>)['value'], 'result.value');
  },
  'ShareCenter.queryParticipants': participants,
  'ShareCenter.queryParticipantsByInvitation': participants
};
