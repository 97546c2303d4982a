/**
 * What the vendor returned, carried from the extension's worker to the check as plain data.
 *
 * Only structured-clonable data crosses a worker's boundary. Most of what a vendor returns is
 * already such data (numbers, strings, bigints, `Uint8Array`s, `Date`s, arrays, plain objects);
 * the rest is replaced, on the worker's side, by a tagged description that the check's side turns
 * back into something that reads the same way: an error keeps its class, name, message and `code`;
 * a class instance keeps its own fields and its class's name; a function, a symbol or a field whose
 * getter throws becomes a named stand-in; a remote object becomes a stand-in stub of the same kind
 * (see {@link decodeValue}). A getter on a class's prototype is not carried over.
 *
 * @packageDocumentation
 */
import { isRemoteObject, REMOTE_OBJECT_BRAND } from '../../rpc/rpc-internal';
import { AssetLoaderStub } from '../../stubs/asset-loader-stub';
import { CloudDbStub } from '../../stubs/cloud-db-stub';
import { CloudServiceStub } from '../../stubs/cloud-service-stub';
import { ShareCenterStub } from '../../stubs/share-center-stub';
import { bindImplementation, implementationOf, type VendorCall, type VendorCallOutcome } from '../../stubs/trace';
import type { InterfaceName } from '../../stubs/codes';

/** The key that marks a described value; no vendor data uses it. */
const TAG = '@ohos-cloud-extension-harness:encoded';
/** The key that carries a class instance's class name. */
const CLASS_TAG = '@ohos-cloud-extension-harness:class';

/** A value as it crosses the worker's boundary: structured-clonable data. */
export type EncodedValue = unknown;

/** A vendor call as it crosses the worker's boundary. */
export interface EncodedVendorCall {
  /** The interface the stub serves. */
  readonly interfaceName: InterfaceName;
  /** The vendor method. */
  readonly method: string;
  /** The arguments, encoded. */
  readonly args: EncodedValue[];
  /** How the call had ended when it was encoded, the value or error encoded. */
  readonly outcome: { kind: 'returned'; value: EncodedValue } | { kind: 'threw'; error: EncodedValue } | { kind: 'pending' };
}

type Described =
  | { [TAG]: 'error'; name: string; message: string; code?: EncodedValue; stack?: string }
  | { [TAG]: 'function'; name: string }
  | { [TAG]: 'symbol'; text: string }
  | { [TAG]: 'unreadable'; error: string }
  | { [TAG]: 'remote'; stub: InterfaceName | undefined; implementation: EncodedValue };

const STUB_KINDS: readonly { readonly name: InterfaceName; readonly stub: new (...args: never[]) => object }[] = [
  { name: 'CloudDB', stub: CloudDbStub },
  { name: 'AssetLoader', stub: AssetLoaderStub },
  { name: 'ShareCenter', stub: ShareCenterStub },
  { name: 'CloudService', stub: CloudServiceStub }
];

/**
 * Turns `value` into structured-clonable data that {@link decodeValue} reads back. Never throws:
 * whatever cannot be read is described as unreadable. Shared and circular references are kept.
 *
 * @param value - Anything a vendor returned, threw or was given.
 */
export function encodeValue(value: unknown): EncodedValue {
  return encode(value, new Map());
}

function encode(value: unknown, seen: Map<object, unknown>): EncodedValue {
  switch (typeof value) {
    case 'undefined':
    case 'boolean':
    case 'number':
    case 'string':
    case 'bigint':
      return value;
    case 'symbol':
      return { [TAG]: 'symbol', text: value.toString() } satisfies Described;
    case 'function':
      return { [TAG]: 'function', name: safeName(value) } satisfies Described;
    case 'object':
      break;
  }
  if (value === null) {
    return null;
  }
  const object = value;
  const known = seen.get(object);
  if (known !== undefined) {
    return known;
  }
  try {
    return encodeObject(object, seen);
  } catch (error) {
    return {
      [TAG]: 'unreadable',
      error: String(error instanceof Error ? error.message : 'a value that cannot be read')
    } satisfies Described;
  }
}

function encodeObject(object: object, seen: Map<object, unknown>): EncodedValue {
  if (isRemoteObject(object)) {
    const kind = STUB_KINDS.find((candidate) => object instanceof candidate.stub);
    const implementation = kind === undefined ? undefined : implementationOf(object);
    const out: Described = { [TAG]: 'remote', stub: kind?.name, implementation: implementation == null ? implementation : {} };
    seen.set(object, out);
    return out;
  }
  if (object instanceof Error) {
    const out: Described = { [TAG]: 'error', name: String(object.name), message: String(object.message) };
    seen.set(object, out);
    const code = (object as { code?: unknown }).code;
    if (code !== undefined) {
      out.code = encode(code, seen);
    }
    if (typeof object.stack === 'string') {
      out.stack = object.stack;
    }
    return out;
  }
  if (ArrayBuffer.isView(object) || object instanceof ArrayBuffer || object instanceof Date || object instanceof RegExp) {
    const copy = structuredClone(object);
    seen.set(object, copy);
    return copy;
  }
  if (Array.isArray(object)) {
    const out: unknown[] = [];
    seen.set(object, out);
    for (let index = 0; index < object.length; index++) {
      out.push(readField(object, index, seen));
    }
    return out;
  }
  if (object instanceof Map) {
    const out = new Map<unknown, unknown>();
    seen.set(object, out);
    for (const [key, entry] of object) {
      out.set(encode(key, seen), encode(entry, seen));
    }
    return out;
  }
  if (object instanceof Set) {
    const out = new Set<unknown>();
    seen.set(object, out);
    for (const entry of object) {
      out.add(encode(entry, seen));
    }
    return out;
  }
  const out: Record<string, unknown> = {};
  seen.set(object, out);
  const prototype: unknown = Object.getPrototypeOf(object);
  if (prototype !== Object.prototype && prototype !== null) {
    const name = (prototype as { constructor?: { name?: unknown } }).constructor?.name;
    out[CLASS_TAG] = typeof name === 'string' ? name : '';
  }
  for (const key of Object.keys(object)) {
    out[key] = readField(object, key, seen);
  }
  return out;
}

function readField(object: object, key: string | number, seen: Map<object, unknown>): EncodedValue {
  try {
    return encode((object as Record<string | number, unknown>)[key], seen);
  } catch (error) {
    return { [TAG]: 'unreadable', error: error instanceof Error ? error.message : 'a value that cannot be read' } satisfies Described;
  }
}

function safeName(fn: unknown): string {
  try {
    const name = (fn as { name?: unknown }).name;
    return typeof name === 'string' ? name : '';
  } catch {
    return '';
  }
}

const ERROR_CLASSES: Readonly<Record<string, ErrorConstructor>> = {
  Error,
  TypeError,
  RangeError,
  SyntaxError,
  ReferenceError,
  EvalError,
  URIError
};

const classPrototypes = new Map<string, object>();

/** A prototype whose `constructor.name` is `name`, shared by every revived instance of that class. */
function prototypeNamed(name: string): object {
  let prototype = classPrototypes.get(name);
  if (prototype === undefined) {
    const constructor = function (): void {
      // a stand-in: only its name is read
    };
    Object.defineProperty(constructor, 'name', { value: name });
    prototype = constructor.prototype as object;
    classPrototypes.set(name, prototype);
  }
  return prototype;
}

/**
 * Reads back what {@link encodeValue} produced, on the check's side: an error becomes an error of
 * the same standard class (`TypeError`, …) with the vendor's name, message, `code` and stack; a
 * class instance an object whose constructor has the class's name; a remote object a stand-in
 * that {@link isRemoteObject} accepts, of the same stub class and with an implementation exactly
 * when the vendor's stub had one (it cannot be called: calls go through the reply's handles).
 *
 * @param value - The encoded value.
 */
export function decodeValue(value: EncodedValue): unknown {
  return decode(value, new Map());
}

function decode(value: unknown, seen: Map<object, unknown>): unknown {
  if (value === null || typeof value !== 'object') {
    return value;
  }
  const known = seen.get(value);
  if (known !== undefined) {
    return known;
  }
  if (ArrayBuffer.isView(value) || value instanceof ArrayBuffer || value instanceof Date || value instanceof RegExp) {
    return value;
  }
  if (Array.isArray(value)) {
    const out: unknown[] = [];
    seen.set(value, out);
    for (const item of value) {
      out.push(decode(item, seen));
    }
    return out;
  }
  if (value instanceof Map) {
    const out = new Map<unknown, unknown>();
    seen.set(value, out);
    for (const [key, entry] of value) {
      out.set(decode(key, seen), decode(entry, seen));
    }
    return out;
  }
  if (value instanceof Set) {
    const out = new Set<unknown>();
    seen.set(value, out);
    for (const entry of value) {
      out.add(decode(entry, seen));
    }
    return out;
  }
  const record = value as Record<string, unknown>;
  const tag = record[TAG];
  if (typeof tag === 'string') {
    const revived = revive(record as Described, seen);
    seen.set(value, revived);
    return revived;
  }
  const className = record[CLASS_TAG];
  const out: Record<string, unknown> =
    typeof className === 'string' ? (Object.create(prototypeNamed(className)) as Record<string, unknown>) : {};
  seen.set(value, out);
  for (const key of Object.keys(record)) {
    if (key !== CLASS_TAG) {
      out[key] = decode(record[key], seen);
    }
  }
  return out;
}

function revive(described: Described, seen: Map<object, unknown>): unknown {
  switch (described[TAG]) {
    case 'error': {
      const ErrorClass = ERROR_CLASSES[described.name] ?? Error;
      const error = new ErrorClass(described.message);
      if (error.name !== described.name) {
        Object.defineProperty(error, 'name', { value: described.name, configurable: true, writable: true });
      }
      if (described.code !== undefined) {
        (error as { code?: unknown }).code = decode(described.code, seen);
      }
      if (described.stack !== undefined) {
        error.stack = described.stack;
      }
      return error;
    }
    case 'function': {
      const stand = function (): void {
        // a stand-in for the vendor's function
      };
      Object.defineProperty(stand, 'name', { value: described.name });
      return stand;
    }
    case 'symbol':
      return Symbol(described.text.replace(/^Symbol\((.*)\)$/, '$1'));
    case 'unreadable':
      return { unreadable: described.error };
    case 'remote':
      return standInStub(described.stub, described.implementation);
  }
}

/** An object that reads as a stub of the harness of kind `stub`, wrapping `implementation`. */
function standInStub(stub: InterfaceName | undefined, implementation: unknown): object {
  const kind = STUB_KINDS.find((candidate) => candidate.name === stub);
  const prototype: object = kind === undefined ? Object.prototype : (kind.stub.prototype as object);
  const standIn = Object.create(prototype) as Record<symbol, unknown>;
  Object.defineProperty(standIn, REMOTE_OBJECT_BRAND, { value: true });
  if (kind !== undefined) {
    bindImplementation(standIn, () => implementation);
  }
  return standIn;
}

/**
 * Encodes a vendor call for the crossing, its arguments and outcome as they are now (a pending
 * call stays pending on the check's side).
 *
 * @param call - The call as the stub recorded it.
 */
export function encodeVendorCall(call: VendorCall): EncodedVendorCall {
  const outcome: VendorCallOutcome = call.outcome;
  return {
    interfaceName: call.interfaceName,
    method: call.method,
    args: call.args.map((arg) => encodeValue(arg)),
    outcome:
      outcome.kind === 'returned'
        ? { kind: 'returned', value: encodeValue(outcome.value) }
        : outcome.kind === 'threw'
          ? { kind: 'threw', error: encodeValue(outcome.error) }
          : { kind: 'pending' }
  };
}

/**
 * Reads back a vendor call encoded by {@link encodeVendorCall}.
 *
 * @param call - The encoded call.
 */
export function decodeVendorCall(call: EncodedVendorCall): VendorCall {
  const outcome = call.outcome;
  return {
    interfaceName: call.interfaceName,
    method: call.method,
    args: call.args.map((arg) => decodeValue(arg)),
    outcome:
      outcome.kind === 'returned'
        ? { kind: 'returned', value: decodeValue(outcome.value) }
        : outcome.kind === 'threw'
          ? { kind: 'threw', error: decodeValue(outcome.error) }
          : { kind: 'pending' }
  };
}
