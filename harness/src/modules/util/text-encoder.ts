/**
 * `util.TextEncoder` (interface_sdk-js api/@ohos.util.d.ts:450-552; native_module_util.cpp): UTF-8
 * (and UTF-16) encoding of strings into `Uint8Array`s, with the device's argument checks.
 *
 * @packageDocumentation
 */
import { TextEncoder as NodeTextEncoder } from 'node:util';
import { typeError } from './business-error';

/** The encodings the harness encodes to. */
const SUPPORTED = new Set(['utf-8', 'utf8', 'utf-16le', 'utf-16be']);

/** Encodes strings. */
export class TextEncoder {
  /** The encoding, `'utf-8'` by default. */
  readonly encoding: string;

  /**
   * @param encoding - `'utf-8'` (default), `'utf-16le'` or `'utf-16be'`.
   */
  constructor(encoding: string = 'utf-8') {
    if (typeof encoding !== 'string') {
      throw typeError(encoding, 'string');
    }
    const lower = encoding.toLowerCase();
    if (!SUPPORTED.has(lower)) {
      throw typeError(encoding, 'utf-8, utf-16le or utf-16be');
    }
    this.encoding = lower === 'utf8' ? 'utf-8' : lower;
  }

  /**
   * Creates an encoder (API 12).
   *
   * @param encoding - As for the constructor.
   */
  static create(encoding?: string): TextEncoder {
    return new TextEncoder(encoding);
  }

  /** The bytes of `input` in this encoding. */
  #bytes(input: string): Uint8Array {
    if (this.encoding === 'utf-16le') {
      return new Uint8Array(Buffer.from(input, 'utf16le'));
    }
    if (this.encoding === 'utf-16be') {
      const bytes = Buffer.from(input, 'utf16le');
      bytes.swap16();
      return new Uint8Array(bytes);
    }
    return new Uint8Array(Buffer.from(input, 'utf8'));
  }

  /**
   * The bytes of `input`; `undefined` for `undefined` or `null`, 401 for a non-string.
   *
   * @param input - The text.
   */
  encodeInto(input?: string): Uint8Array | undefined {
    if (input === undefined || input === null) {
      return undefined;
    }
    if (typeof input !== 'string') {
      throw typeError(input, 'string');
    }
    return this.#bytes(input);
  }

  /**
   * Deprecated since 9: the bytes of `input` (`''` for none).
   *
   * @param input - The text.
   */
  encode(input?: string): Uint8Array {
    return this.#bytes(typeof input === 'string' ? input : '');
  }

  /**
   * Writes UTF-8 bytes of `input` into `dest`, as many whole characters as fit.
   *
   * @param input - The text.
   * @param dest - Where to write.
   * @returns `read`: UTF-16 units consumed; `written`: bytes written.
   */
  encodeIntoUint8Array(input: string, dest: Uint8Array): { read: number; written: number } {
    if (typeof input !== 'string') {
      throw typeError(input, 'string');
    }
    if (!(dest instanceof Uint8Array)) {
      throw typeError(dest, 'Uint8Array');
    }
    const result = new NodeTextEncoder().encodeInto(input, dest);
    return { read: result.read, written: result.written };
  }
}
