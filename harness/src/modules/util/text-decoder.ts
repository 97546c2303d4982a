/**
 * `util.TextDecoder` (interface_sdk-js api/@ohos.util.d.ts:294-408; util_js.ts `class
 * TextDecoder`): bytes to text with the device's argument checks, backed by the WHATWG decoder
 * Node provides.
 *
 * @packageDocumentation
 */
import { TextDecoder as NodeTextDecoder } from 'node:util';
import { typeError } from './business-error';

/** Decoder options. */
export interface TextDecoderOptions {
  /** Throw on malformed input instead of replacing it. */
  fatal?: boolean;
  /** Keep a byte order mark instead of dropping it. */
  ignoreBOM?: boolean;
}

/** Decodes bytes. */
export class TextDecoder {
  readonly #encoding: string;
  readonly #fatal: boolean;
  readonly #ignoreBOM: boolean;
  readonly #decoder: NodeTextDecoder;

  /**
   * Deprecated since 9 in favour of {@link TextDecoder.create}.
   *
   * @param encoding - `'utf-8'` by default.
   * @param options - `fatal`, `ignoreBOM`.
   */
  constructor(encoding?: string, options?: TextDecoderOptions) {
    this.#encoding = typeof encoding === 'string' && encoding !== '' ? encoding : 'utf-8';
    this.#fatal = options?.fatal === true;
    this.#ignoreBOM = options?.ignoreBOM === true;
    try {
      this.#decoder = new NodeTextDecoder(this.#encoding, { fatal: this.#fatal, ignoreBOM: this.#ignoreBOM });
    } catch {
      throw typeError(encoding, 'a supported encoding');
    }
  }

  /**
   * Creates a decoder (API 9); 401 when `encoding` is not a string or `options` not an object.
   *
   * @param encoding - `'utf-8'` by default.
   * @param options - `fatal`, `ignoreBOM`.
   */
  static create(encoding?: string, options?: TextDecoderOptions): TextDecoder {
    if (typeof encoding !== 'string' && encoding !== undefined && encoding !== null) {
      throw typeError(encoding, 'string');
    }
    if (typeof options !== 'object' && options !== undefined && options !== null) {
      throw typeError(options, 'object');
    }
    return new TextDecoder(encoding ?? undefined, options ?? undefined);
  }

  /** The encoding name as given. */
  get encoding(): string {
    return this.#encoding;
  }

  /** Whether malformed input throws. */
  get fatal(): boolean {
    return this.#fatal;
  }

  /** Whether a byte order mark is kept. */
  get ignoreBOM(): boolean {
    return this.#ignoreBOM;
  }

  /**
   * The text of `input`: `''` for no or empty input, 401 for `null` or a non-`Uint8Array`.
   *
   * @param input - The bytes.
   * @param options - `stream: true` keeps an incomplete character for the next call.
   */
  decodeToString(input: Uint8Array, options?: { stream?: boolean }): string {
    if (input === null) {
      throw typeError('Parameter', 'Uint8Array.');
    }
    if (input === undefined || (input as { length?: unknown }).length === 0) {
      return '';
    }
    if (!(input instanceof Uint8Array)) {
      throw typeError(input, 'Uint8Array');
    }
    return this.#decoder.decode(input, { stream: options?.stream === true });
  }

  /**
   * Deprecated since 12: as {@link TextDecoder.decodeToString}.
   *
   * @param input - The bytes.
   * @param options - `stream`.
   */
  decodeWithStream(input: Uint8Array, options?: { stream?: boolean }): string {
    return this.decodeToString(new Uint8Array(input), options);
  }

  /**
   * Deprecated since 9: as {@link TextDecoder.decodeToString}.
   *
   * @param input - The bytes.
   * @param options - `stream`.
   */
  decode(input: Uint8Array, options?: { stream?: boolean }): string {
    return this.decodeToString(input, options);
  }
}
