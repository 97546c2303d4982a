/**
 * `@ohos.buffer` as the harness provides it at run time, backed by Node's `Buffer`: the device
 * module is a Node-compatible subset (interface_sdk-js api/@ohos.buffer.d.ts). What differs is
 * checked here: only the device's encodings are accepted (:53), and an unknown one throws the
 * device's 401 `BusinessError` instead of Node's `TypeError`. One difference remains: a harness
 * buffer is also a `Uint8Array`, which a device buffer is not.
 *
 * @packageDocumentation
 */
import { UtilBusinessError } from './util/business-error';

/** The encodings the device accepts (api/@ohos.buffer.d.ts:53 BufferEncoding). */
const ENCODINGS = new Set(['ascii', 'utf8', 'utf-8', 'utf16le', 'ucs2', 'ucs-2', 'base64', 'base64url', 'latin1', 'binary', 'hex']);

/** A device encoding name. */
type BufferEncoding = 'ascii' | 'utf8' | 'utf-8' | 'utf16le' | 'ucs2' | 'ucs-2' | 'base64' | 'base64url' | 'latin1' | 'binary' | 'hex';

/** Throws the device's 401 for an encoding outside its list; `undefined` means utf8. */
function checkEncoding(encoding: unknown): void {
  if (encoding !== undefined && (typeof encoding !== 'string' || !ENCODINGS.has(encoding.toLowerCase()))) {
    throw new UtilBusinessError(`Parameter error. The type of "encoding" must be BufferEncoding. the encoding ${String(encoding)} is unknown`);
  }
}

/** Node's `Buffer.prototype.toString`, kept to check the encoding before calling it. */
const nodeToString = Buffer.prototype.toString;

/** A Buffer whose `toString` checks the encoding as the device does. */
function deviceBuffer(bytes: Buffer): Buffer {
  Object.defineProperty(bytes, 'toString', {
    value(this: Buffer, encoding?: string, start?: number, end?: number): string {
      checkEncoding(encoding);
      return nodeToString.call(this, encoding as BufferEncoding | undefined, start, end);
    },
    enumerable: false,
    configurable: true,
    writable: true
  });
  return bytes;
}

/**
 * A buffer from a string (with an encoding), an array of bytes, another buffer or typed array
 * (copied), or an ArrayBuffer (viewed, from `byteOffset` for `length` bytes).
 */
function from(value: unknown, encodingOrOffset?: unknown, length?: number): Buffer {
  if (typeof value === 'string') {
    checkEncoding(encodingOrOffset);
    return deviceBuffer(Buffer.from(value, encodingOrOffset as BufferEncoding | undefined));
  }
  if (value instanceof ArrayBuffer) {
    return deviceBuffer(Buffer.from(value, encodingOrOffset as number | undefined, length));
  }
  return deviceBuffer(Buffer.from(value as Uint8Array));
}

/** The `@ohos.buffer` module object. */
const buffer = {
  /** A buffer of `size` bytes, filled with `fill` (zeros by default). */
  alloc(size: number, fill?: string | Buffer | number, encoding?: BufferEncoding): Buffer {
    checkEncoding(encoding);
    return deviceBuffer(Buffer.alloc(size, fill, encoding));
  },
  /** A buffer of `size` bytes whose content is not initialised. */
  allocUninitialized(size: number): Buffer {
    return deviceBuffer(Buffer.allocUnsafeSlow(size));
  },
  /** A buffer of `size` bytes from the pool, not initialised. */
  allocUninitializedFromPool(size: number): Buffer {
    return deviceBuffer(Buffer.allocUnsafe(size));
  },
  /** The byte length of `value` in `encoding`. */
  byteLength(value: string | Buffer | ArrayBuffer | ArrayBufferView, encoding?: BufferEncoding): number {
    checkEncoding(encoding);
    return Buffer.byteLength(value as Parameters<typeof Buffer.byteLength>[0], encoding);
  },
  /** Compares two buffers: -1, 0 or 1. */
  compare(a: Uint8Array, b: Uint8Array): number {
    return Buffer.compare(a, b);
  },
  /** The buffers one after another, cut to `totalLength` bytes when given. */
  concat(list: readonly Uint8Array[], totalLength?: number): Buffer {
    return deviceBuffer(Buffer.concat(list, totalLength));
  },
  from,
  /** Whether `value` is a buffer. */
  isBuffer(value: unknown): boolean {
    return Buffer.isBuffer(value);
  },
  /** Whether `encoding` is one of the device's encodings. */
  isEncoding(encoding: string): boolean {
    return typeof encoding === 'string' && ENCODINGS.has(encoding.toLowerCase());
  },
  /** The buffer class. */
  Buffer,
  /** Immutable raw data. */
  Blob
};

// Never runs: it names the exports where Node's ESM loader finds them in a CommonJS file
// (cjs-module-lexer reads the source). Keep it in step with the module object.
if (0 as number) {
  exports.alloc = undefined;
  exports.allocUninitialized = undefined;
  exports.allocUninitializedFromPool = undefined;
  exports.byteLength = undefined;
  exports.compare = undefined;
  exports.concat = undefined;
  exports.from = undefined;
  exports.isBuffer = undefined;
  exports.isEncoding = undefined;
  exports.Buffer = undefined;
  exports.Blob = undefined;
}

export = buffer;
