/**
 * The enums of `@ohos.net.http`, with the SDK's values (interface_sdk-js api/@ohos.net.http.d.ts).
 *
 * @packageDocumentation
 */

/** HTTP request methods, as strings (:2115-2215). */
export const RequestMethod = Object.freeze({
  OPTIONS: 'OPTIONS',
  GET: 'GET',
  HEAD: 'HEAD',
  POST: 'POST',
  PUT: 'PUT',
  DELETE: 'DELETE',
  TRACE: 'TRACE',
  CONNECT: 'CONNECT',
  PATCH: 'PATCH'
} as const);

/** HTTP status codes the SDK names (:2227-2630). A response may carry any other code too. */
export const ResponseCode = Object.freeze({
  OK: 200,
  CREATED: 201,
  ACCEPTED: 202,
  NOT_AUTHORITATIVE: 203,
  NO_CONTENT: 204,
  RESET: 205,
  PARTIAL: 206,
  MULT_CHOICE: 300,
  MOVED_PERM: 301,
  MOVED_TEMP: 302,
  SEE_OTHER: 303,
  NOT_MODIFIED: 304,
  USE_PROXY: 305,
  BAD_REQUEST: 400,
  UNAUTHORIZED: 401,
  PAYMENT_REQUIRED: 402,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  BAD_METHOD: 405,
  NOT_ACCEPTABLE: 406,
  PROXY_AUTH: 407,
  CLIENT_TIMEOUT: 408,
  CONFLICT: 409,
  GONE: 410,
  LENGTH_REQUIRED: 411,
  PRECON_FAILED: 412,
  ENTITY_TOO_LARGE: 413,
  REQ_TOO_LONG: 414,
  UNSUPPORTED_TYPE: 415,
  RANGE_NOT_SATISFIABLE: 416,
  INTERNAL_ERROR: 500,
  NOT_IMPLEMENTED: 501,
  BAD_GATEWAY: 502,
  UNAVAILABLE: 503,
  GATEWAY_TIMEOUT: 504,
  VERSION: 505
} as const);

/** The type of `HttpResponse.result` (:2694). */
export const HttpDataType = Object.freeze({
  STRING: 0,
  OBJECT: 1,
  ARRAY_BUFFER: 2
} as const);

/** The HTTP version to use (:2642-2676); the harness always speaks HTTP/1.1. */
export const HttpProtocol = Object.freeze({
  HTTP1_1: 0,
  HTTP2: 1,
  HTTP3: 2
} as const);

/** Client certificate formats (:1323). */
export const CertType = Object.freeze({
  PEM: 'PEM',
  DER: 'DER',
  P12: 'P12'
} as const);

/** Address families for name resolution (:1361). */
export const AddressFamily = Object.freeze({
  DEFAULT: 'CURL_IPRESOLVE_WHATEVER',
  ONLY_V4: 'CURL_IPRESOLVE_V4',
  ONLY_V6: 'CURL_IPRESOLVE_V6'
} as const);

/** TLS versions (:1199). */
export const TlsVersion = Object.freeze({
  TLS_V_1_0: 4,
  TLS_V_1_1: 5,
  TLS_V_1_2: 6,
  TLS_V_1_3: 7
} as const);
