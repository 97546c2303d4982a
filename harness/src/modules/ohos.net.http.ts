/**
 * `@ohos.net.http` as the harness provides it at run time: `createHttp()` and the `HttpRequest`
 * it gives (`request`, `requestInStream`, `destroy`, the response events), over Node's
 * `node:http`/`node:https`, with the device's request building, result typing, header shape,
 * limits and plain `{ code, message }` errors (communication_netstack frameworks/js/napi/http).
 * Only servers the extension names are contacted; the harness adds no traffic of its own.
 *
 * @packageDocumentation
 */
import { AddressFamily, CertType, HttpDataType, HttpProtocol, RequestMethod, ResponseCode, TlsVersion } from './http/http-enums';
import type { HttpError } from './http/http-error';
import {
  HttpRequest as HttpRequestClass,
  type DataReceiveProgressInfo as DataReceiveProgressInfoShape,
  type DataSendProgressInfo as DataSendProgressInfoShape,
  type HttpResponse as HttpResponseShape,
  type PerformanceTiming as PerformanceTimingShape
} from './http/http-request';
import { HttpResponseCache as HttpResponseCacheClass } from './http/http-response-cache';

/** The `@ohos.net.http` module object. */
const http = {
  /** Creates one HTTP request task; destroy it when done (api/@ohos.net.http.d.ts:77). */
  createHttp(): HttpRequestClass {
    return new HttpRequestClass();
  },
  /**
   * Creates the process's response cache (api/@ohos.net.http.d.ts:3142).
   *
   * @param cacheSize - The cache size in bytes; the harness keeps no cache.
   */
  createHttpResponseCache(cacheSize?: number): HttpResponseCacheClass {
    void cacheSize;
    return new HttpResponseCacheClass();
  },
  RequestMethod,
  ResponseCode,
  HttpDataType,
  HttpProtocol,
  CertType,
  AddressFamily,
  TlsVersion
};

// eslint-disable-next-line @typescript-eslint/no-namespace
declare namespace http {
  /** One HTTP request task. */
  type HttpRequest = HttpRequestClass;
  /** What `request` resolves with. */
  type HttpResponse = HttpResponseShape;
  /** The response cache. */
  type HttpResponseCache = HttpResponseCacheClass;
  /** Timing of a request, in ms. */
  type PerformanceTiming = PerformanceTimingShape;
  /** The progress of a streamed download. */
  type DataReceiveProgressInfo = DataReceiveProgressInfoShape;
  /** The progress of an upload. */
  type DataSendProgressInfo = DataSendProgressInfoShape;
  /** A failure: a plain object, not an `Error`. */
  type BusinessError = HttpError;
  /** A value of `RequestMethod`. */
  type RequestMethod = (typeof RequestMethod)[keyof typeof RequestMethod];
  /** A value of `ResponseCode`. */
  type ResponseCode = (typeof ResponseCode)[keyof typeof ResponseCode];
  /** A value of `HttpDataType`. */
  type HttpDataType = (typeof HttpDataType)[keyof typeof HttpDataType];
  /** A value of `HttpProtocol`. */
  type HttpProtocol = (typeof HttpProtocol)[keyof typeof HttpProtocol];
}

// Never runs: it names the exports where Node's ESM loader finds them in a CommonJS file
// (cjs-module-lexer reads the source). Keep it in step with the module object.
if (0 as number) {
  exports.createHttp = undefined;
  exports.createHttpResponseCache = undefined;
  exports.RequestMethod = undefined;
  exports.ResponseCode = undefined;
  exports.HttpDataType = undefined;
  exports.HttpProtocol = undefined;
  exports.CertType = undefined;
  exports.AddressFamily = undefined;
  exports.TlsVersion = undefined;
}

export = http;
