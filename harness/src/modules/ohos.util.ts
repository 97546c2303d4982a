/**
 * `@ohos.util` as the harness provides it at run time: the part of the device's module vendor
 * code uses (UUIDs, text encoding, Base64, LRUCache, format, promisify, errnoToString), with the
 * device's checks and its `BusinessError` (an `Error` with the number code 401)
 * (commonlibrary_ets_utils js_util_module/util).
 *
 * @packageDocumentation
 */
import { Base64Helper as Base64HelperClass, Type } from './util/base64-helper';
import { errnoToString, format, promisify } from './util/format';
import { LRUCache as LRUCacheClass } from './util/lru-cache';
import { TextDecoder as TextDecoderClass } from './util/text-decoder';
import { TextEncoder as TextEncoderClass } from './util/text-encoder';
import { generateRandomBinaryUUID, generateRandomUUID, parseUUID } from './util/uuid';

/** The `@ohos.util` module object. */
const util = {
  generateRandomUUID,
  generateRandomBinaryUUID,
  parseUUID,
  format,
  promisify,
  errnoToString,
  TextEncoder: TextEncoderClass,
  TextDecoder: TextDecoderClass,
  Base64Helper: Base64HelperClass,
  LRUCache: LRUCacheClass,
  Type
};

// eslint-disable-next-line @typescript-eslint/no-namespace
declare namespace util {
  /** Encodes strings. */
  type TextEncoder = TextEncoderClass;
  /** Decodes bytes. */
  type TextDecoder = TextDecoderClass;
  /** Encodes and decodes Base64. */
  type Base64Helper = Base64HelperClass;
  /** A least-recently-used cache. */
  type LRUCache<K = unknown, V = unknown> = LRUCacheClass<K, V>;
  /** A value of `Type`. */
  type Type = (typeof Type)[keyof typeof Type];
}

// Never runs: it names the exports where Node's ESM loader finds them in a CommonJS file
// (cjs-module-lexer reads the source). Keep it in step with the module object.
if (0 as number) {
  exports.generateRandomUUID = undefined;
  exports.generateRandomBinaryUUID = undefined;
  exports.parseUUID = undefined;
  exports.format = undefined;
  exports.promisify = undefined;
  exports.errnoToString = undefined;
  exports.TextEncoder = undefined;
  exports.TextDecoder = undefined;
  exports.Base64Helper = undefined;
  exports.LRUCache = undefined;
  exports.Type = undefined;
}

export = util;
