/**
 * The errors `@ohos.net.http` reports: a plain `{ code, message }` object, never an `Error`
 * (communication_netstack utils/napi_utils/src/napi_utils.cpp CreateErrorMessage), with the code
 * and the exact message of request_context.cpp HTTP_ERR_MAP (code = 2300000 + the CURLcode), and
 * the mapping from what Node reports to the CURLcode curl would have given.
 *
 * @packageDocumentation
 */

/** What a failed request rejects with, or passes as `err` to its callback. */
export interface HttpError {
  /** 401, 201, or 2300000 + a CURLcode. */
  code: number;
  /** The device's message for the code. */
  message: string;
}

/** The device's message for each code (request_context.cpp HTTP_ERR_MAP, napi_utils PARSE_ERROR_MSG). */
export const HTTP_ERROR_MESSAGES: Readonly<Record<number, string>> = Object.freeze({
  201: 'Permission denied',
  401: 'Parameter error',
  2300001: 'Unsupported protocol',
  2300003: 'Invalid URL format or missing URL',
  2300005: 'Failed to resolve the proxy name',
  2300006: 'Failed to resolve the host name',
  2300007: 'Failed to connect to the server',
  2300008: 'Invalid server response',
  2300009: 'Access to the remote resource denied',
  2300016: 'Error in the HTTP2 framing layer',
  2300018: 'Transferred a partial file',
  2300023: 'Failed to write the received data to the disk or application',
  2300025: 'Upload failed',
  2300026: 'Failed to open or read local data from the file or application',
  2300027: 'Out of memory',
  2300028: 'Operation timeout',
  2300047: 'The number of redirections reaches the maximum allowed',
  2300052: 'The server returned nothing (no header or data)',
  2300055: 'Failed to send data to the peer',
  2300056: 'Failed to receive data from the peer',
  2300058: 'Local SSL certificate error',
  2300059: 'The specified SSL cipher cannot be used',
  2300060: 'Invalid SSL peer certificate or SSH remote key',
  2300061: 'Invalid HTTP encoding format',
  2300063: 'Maximum file size exceeded',
  2300070: 'Remote disk full',
  2300073: 'Remote file already exists',
  2300077: 'The SSL CA certificate does not exist or is inaccessible',
  2300078: 'Remote file not found',
  2300090: 'Specified pinned public key did not match',
  2300094: 'Authentication error',
  2300997: 'Cleartext traffic not permitted',
  2300998: 'It is not allowed to access this domain',
  2300999: 'Internal error'
});

/** The codes the harness produces, by name. */
export const HttpErrorCode = Object.freeze({
  PARAMETER: 401,
  UNSUPPORTED_PROTOCOL: 2300001,
  URL_MALFORMAT: 2300003,
  COULDNT_RESOLVE_HOST: 2300006,
  COULDNT_CONNECT: 2300007,
  WEIRD_SERVER_REPLY: 2300008,
  PARTIAL_FILE: 2300018,
  WRITE_ERROR: 2300023,
  READ_ERROR: 2300026,
  OPERATION_TIMEDOUT: 2300028,
  TOO_MANY_REDIRECTS: 2300047,
  GOT_NOTHING: 2300052,
  SEND_ERROR: 2300055,
  RECV_ERROR: 2300056,
  PEER_FAILED_VERIFICATION: 2300060,
  BAD_CONTENT_ENCODING: 2300061,
  INTERNAL: 2300999
} as const);

/**
 * The error object for `code`: a fresh plain object with only `code` and `message`. A code
 * outside the table becomes 2300999 "Internal error", as GetErrorCode does.
 *
 * @param code - 401, 201 or 2300000 + a CURLcode.
 */
export function httpError(code: number): HttpError {
  const message = HTTP_ERROR_MESSAGES[code];
  if (message === undefined) {
    return { code: HttpErrorCode.INTERNAL, message: HTTP_ERROR_MESSAGES[HttpErrorCode.INTERNAL] as string };
  }
  return { code, message };
}

/** Node's TLS verification failures, which curl reports as CURLE_PEER_FAILED_VERIFICATION (60). */
const TLS_VERIFY_CODES = new Set([
  'CERT_HAS_EXPIRED',
  'CERT_NOT_YET_VALID',
  'DEPTH_ZERO_SELF_SIGNED_CERT',
  'SELF_SIGNED_CERT_IN_CHAIN',
  'UNABLE_TO_VERIFY_LEAF_SIGNATURE',
  'UNABLE_TO_GET_ISSUER_CERT_LOCALLY',
  'ERR_TLS_CERT_ALTNAME_INVALID',
  'CERT_UNTRUSTED',
  'CERT_REVOKED'
]);

/**
 * The code curl would report for a Node socket or parser error.
 *
 * @param error - What Node's client emitted.
 * @param phase - `'connect'` before any byte of the reply arrived, `'body'` while reading it.
 */
export function codeOfNodeError(error: unknown, phase: 'connect' | 'body'): number {
  const code = (error as { code?: unknown } | null)?.code;
  if (typeof code !== 'string') {
    return HttpErrorCode.INTERNAL;
  }
  if (code === 'ENOTFOUND' || code === 'EAI_AGAIN' || code === 'EAI_NONAME') {
    return HttpErrorCode.COULDNT_RESOLVE_HOST;
  }
  if (code === 'ECONNREFUSED' || code === 'EHOSTUNREACH' || code === 'ENETUNREACH' || code === 'EADDRNOTAVAIL') {
    return HttpErrorCode.COULDNT_CONNECT;
  }
  if (code.startsWith('HPE_')) {
    return HttpErrorCode.WEIRD_SERVER_REPLY;
  }
  if (TLS_VERIFY_CODES.has(code)) {
    return HttpErrorCode.PEER_FAILED_VERIFICATION;
  }
  if (code === 'EPIPE') {
    return HttpErrorCode.SEND_ERROR;
  }
  if (code === 'ECONNRESET') {
    return phase === 'connect' ? HttpErrorCode.GOT_NOTHING : HttpErrorCode.RECV_ERROR;
  }
  return HttpErrorCode.INTERNAL;
}
