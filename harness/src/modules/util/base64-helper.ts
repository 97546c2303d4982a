/**
 * `util.Base64Helper` and `util.Type` (interface_sdk-js api/@ohos.util.d.ts:1785-1965; util_js.ts
 * `class Base64Helper`): Base64 with the device's four variants, including the quirks of its MIME
 * line breaking.
 *
 * @packageDocumentation
 */
import { typeError } from './business-error';

/** The Base64 variants. */
export const Type = Object.freeze({
  BASIC: 0,
  MIME: 1,
  BASIC_URL_SAFE: 2,
  MIME_URL_SAFE: 3
} as const);

/** The length of a MIME line (util_js.ts addBreaks). */
const MIME_LINE = 76;

/** Whether `type` is one of {@link Type}'s values. */
function isType(type: unknown): type is number {
  return type === 0 || type === 1 || type === 2 || type === 3;
}

/** Base64 text of `src` without line breaks: `+/` with padding, or `-_` without for the URL-safe types. */
function plain(src: Uint8Array, type: number): string {
  if (!(src instanceof Uint8Array)) {
    throw typeError(src, 'Uint8Array');
  }
  const bytes = Buffer.from(src.buffer, src.byteOffset, src.byteLength);
  return type === Type.BASIC_URL_SAFE || type === Type.MIME_URL_SAFE ? bytes.toString('base64url') : bytes.toString('base64');
}

/**
 * Adds a `\r\n` after every 76 characters, as util_js.ts addBreaks does: text shorter than 76
 * characters throws, text of exactly 76 characters gives `''`, and the last line gets a break too.
 */
function addBreaks(text: string): string {
  if (text.length < MIME_LINE) {
    throw new Error('The parameter length does not meet this encoding format.');
  }
  let out = '';
  for (let i = 0; i < text.length && text.length > MIME_LINE; i += MIME_LINE) {
    out += `${text.substring(i, Math.min(i + MIME_LINE, text.length))}\r\n`;
  }
  return out;
}

/** Encodes and decodes Base64. */
export class Base64Helper {
  /**
   * The Base64 text of `src` as ASCII bytes.
   *
   * @param src - The bytes.
   * @param options - A {@link Type}; BASIC by default.
   */
  encodeSync(src: Uint8Array, options: number = Type.BASIC): Uint8Array {
    return new Uint8Array(Buffer.from(this.encodeToStringSync(src, options), 'latin1'));
  }

  /**
   * The Base64 text of `src`.
   *
   * @param src - The bytes.
   * @param options - A {@link Type}; BASIC by default.
   */
  encodeToStringSync(src: Uint8Array, options: number = Type.BASIC): string {
    const text = plain(src, options);
    return options === Type.MIME || options === Type.MIME_URL_SAFE ? addBreaks(text) : text;
  }

  /**
   * The bytes of Base64 `src` (text or ASCII bytes); line breaks are ignored.
   *
   * @param src - The Base64 text.
   * @param options - A {@link Type}; BASIC by default.
   */
  decodeSync(src: Uint8Array | string, options: number = Type.BASIC): Uint8Array {
    void options;
    let text: string;
    if (typeof src === 'string') {
      text = src;
    } else if (src instanceof Uint8Array) {
      text = Buffer.from(src.buffer, src.byteOffset, src.byteLength).toString('latin1');
    } else {
      throw typeError(src, 'Uint8Array or string');
    }
    return new Uint8Array(Buffer.from(text.replace(/[\r\n]/g, ''), 'base64'));
  }

  /**
   * Promise form of {@link Base64Helper.encodeSync}; the MIME types throw 401 at once.
   *
   * @param src - The bytes.
   * @param options - BASIC or BASIC_URL_SAFE.
   */
  encode(src: Uint8Array, options: number = Type.BASIC): Promise<Uint8Array> {
    if (!isType(options) || options === Type.MIME || options === Type.MIME_URL_SAFE) {
      throw typeError(options, 'BASIC or BASIC_URL_SAFE');
    }
    return Promise.resolve().then(() => this.encodeSync(src, options));
  }

  /**
   * Promise form of {@link Base64Helper.encodeToStringSync}.
   *
   * @param src - The bytes.
   * @param options - A {@link Type}.
   */
  encodeToString(src: Uint8Array, options: number = Type.BASIC): Promise<string> {
    if (!isType(options)) {
      throw typeError(options, 'one of the type enumerations');
    }
    return Promise.resolve().then(() => this.encodeToStringSync(src, options));
  }

  /**
   * Promise form of {@link Base64Helper.decodeSync}.
   *
   * @param src - The Base64 text.
   * @param options - A {@link Type}.
   */
  decode(src: Uint8Array | string, options: number = Type.BASIC): Promise<Uint8Array> {
    if (!isType(options)) {
      throw typeError(options, 'one of the type enumerations');
    }
    return Promise.resolve().then(() => this.decodeSync(src, options));
  }
}
