/**
 * `HttpRequest`, the object `http.createHttp()` gives: `request`, `requestInStream`, `destroy`
 * and the response events, over Node's own `node:http` and `node:https` clients, with what
 * libcurl does for netstack on the device (communication_netstack http_exec.cpp): redirects
 * followed up to `maxRedirects`, gzip and deflate decoded, `readTimeout` as the limit of the
 * whole transfer, `maxLimit` on the decoded body of a non-stream request, a cookie engine per
 * request, and every failure reported asynchronously as a plain `{ code, message }`.
 *
 * @packageDocumentation
 */
import nodeHttp = require('node:http');
import nodeHttps = require('node:https');
import tls = require('node:tls');
import zlib = require('node:zlib');
import { performance } from 'node:perf_hooks';
import type { Readable } from 'node:stream';
import { HttpDataType } from './http-enums';
import { codeOfNodeError, httpError, HttpErrorCode, type HttpError } from './http-error';
import { multipartBody } from './multipart';
import { buildRequest, isGetLike, type BuiltRequest } from './request-builder';
import { CookieJar, HeaderAccumulator, type ResponseHeader } from './response-header';

/** Bodies up to this many bytes are parsed for `expectDataType: OBJECT` (constant.h MAX_JSON_PARSE_SIZE). */
export const MAX_JSON_PARSE_SIZE = 65536;

/** What curl sends as `User-Agent` unless a Range is set (constant.cpp HTTP_DEFAULT_USER_AGENT). */
const DEFAULT_USER_AGENT = 'libcurl-agent/1.0';

/** Timing of one request, in milliseconds (HttpResponse.performanceTiming). */
export interface PerformanceTiming {
  /** Name resolution. */
  dnsTiming: number;
  /** TCP connection. */
  tcpTiming: number;
  /** TLS handshake (0 for http). */
  tlsTiming: number;
  /** Until the first byte was sent. */
  firstSendTiming: number;
  /** Until the first byte of the reply. */
  firstReceiveTiming: number;
  /** Until the transfer finished. */
  totalFinishTiming: number;
  /** Spent following redirects. */
  redirectTiming: number;
  /** Until the headers were received. */
  responseHeaderTiming: number;
  /** Until the body was received. */
  responseBodyTiming: number;
  /** The whole request. */
  totalTiming: number;
}

/** What `request` resolves with. */
export interface HttpResponse {
  /** The body, typed by `expectDataType` or the content type. */
  result: string | object | ArrayBuffer;
  /** The `HttpDataType` of `result`. */
  resultType: number;
  /** The HTTP status; 4xx and 5xx resolve too. */
  responseCode: number;
  /** The response headers, names lowercased. */
  header: ResponseHeader;
  /** The cookie jar in Netscape format, lines joined with `\r\n`. */
  cookies: string;
  /** Timing of the request, in ms. */
  performanceTiming: PerformanceTiming;
}

/** The progress of a streamed download. */
export interface DataReceiveProgressInfo {
  /** Bytes received so far. */
  receiveSize: number;
  /** The size announced by `Content-Length`, or 0 when unknown. */
  totalSize: number;
}

/** The progress of an upload. */
export interface DataSendProgressInfo {
  /** Bytes sent so far. */
  sendSize: number;
  /** The size of the body. */
  totalSize: number;
}

/** A callback in `(err, data)` form. */
type AsyncCallback<T> = (err: HttpError | undefined, data: T | undefined) => void;

/** The events an `HttpRequest` emits. */
const EVENT_TYPES = new Set(['headersReceive', 'headerReceive', 'dataReceive', 'dataEnd', 'dataReceiveProgress', 'dataSendProgress']);

/** A registered listener. */
interface Listener {
  readonly callback: (...args: unknown[]) => void;
  readonly once: boolean;
}

/** How a transfer ended. */
type Outcome = { readonly ok: true; readonly value: HttpResponse | number } | { readonly ok: false; readonly error: HttpError };

/** A transfer in flight, which `destroy()` can stop. */
interface Active {
  abort(code: number): void;
}

/** The arguments of `request` / `requestInStream` as RequestContext::ParseParams reads them. */
interface ParsedArguments {
  readonly url: string | undefined;
  readonly options: object | undefined;
  readonly callback: ((...args: unknown[]) => void) | undefined;
  readonly valid: boolean;
}

/** Whether NAPI would call `value` an object (not null, not a function). */
function isObject(value: unknown): value is object {
  return typeof value === 'object' && value !== null;
}

/** Reads `(url)`, `(url, callback)`, `(url, options)`, `(url, options, callback)` as ParseParams does. */
function parseArguments(args: readonly unknown[]): ParsedArguments {
  const [first, second, third] = args;
  const fn = (value: unknown): ((...a: unknown[]) => void) | undefined =>
    typeof value === 'function' ? (value as (...a: unknown[]) => void) : undefined;
  switch (args.length) {
    case 1:
      return {
        url: typeof first === 'string' ? first : undefined,
        options: undefined,
        callback: fn(first),
        valid: typeof first === 'string'
      };
    case 2: {
      const valid = typeof first === 'string' && (typeof second === 'function' || isObject(second));
      return {
        url: typeof first === 'string' ? first : undefined,
        options: isObject(second) ? second : undefined,
        callback: fn(second),
        valid
      };
    }
    case 3:
      return {
        url: typeof first === 'string' ? first : undefined,
        options: isObject(second) ? second : undefined,
        callback: fn(third),
        valid: typeof first === 'string' && isObject(second) && typeof third === 'function'
      };
    default:
      return { url: undefined, options: undefined, callback: undefined, valid: false };
  }
}

/** The body decoder for a `Content-Encoding`, or `undefined` for none (curl's ACCEPT_ENCODING ""). */
function decoderFor(encoding: string | undefined): zlib.Gunzip | zlib.Inflate | zlib.BrotliDecompress | undefined {
  switch ((encoding ?? '').trim().toLowerCase()) {
    case 'gzip':
    case 'x-gzip':
      return zlib.createGunzip();
    case 'deflate':
      return zlib.createInflate();
    case 'br':
      return zlib.createBrotliDecompress();
    default:
      return undefined;
  }
}

/** An ArrayBuffer holding a copy of `bytes`. */
function arrayBufferOf(bytes: Buffer): ArrayBuffer {
  const copy = new ArrayBuffer(bytes.length);
  new Uint8Array(copy).set(bytes);
  return copy;
}

/**
 * The `result` and `resultType` of a body (BuildRequestCallback, ProcByExpectDataType): the
 * expected type when it is set and usable, else an ArrayBuffer for octet-stream and image
 * content types, else a string, JSON included.
 */
export function typedResult(
  body: Buffer,
  expectDataType: number | undefined,
  contentType: string
): { result: string | object | ArrayBuffer; resultType: number } {
  if (expectDataType === HttpDataType.STRING) {
    return { result: body.toString('utf8'), resultType: HttpDataType.STRING };
  }
  if (expectDataType === HttpDataType.ARRAY_BUFFER) {
    return { result: arrayBufferOf(body), resultType: HttpDataType.ARRAY_BUFFER };
  }
  if (expectDataType === HttpDataType.OBJECT && body.length <= MAX_JSON_PARSE_SIZE) {
    try {
      return { result: JSON.parse(body.toString('utf8')) as object, resultType: HttpDataType.OBJECT };
    } catch {
      // Not JSON: typed by the content type below.
    }
  }
  if (contentType.includes('application/octet-stream') || contentType.includes('image')) {
    return { result: arrayBufferOf(body), resultType: HttpDataType.ARRAY_BUFFER };
  }
  return { result: body.toString('utf8'), resultType: HttpDataType.STRING };
}

/** Statuses curl follows with FOLLOWLOCATION when a Location is given. */
const REDIRECT_STATUSES = new Set([301, 302, 303, 307, 308]);

/** One HTTP request task. Create it with `http.createHttp()`; destroy it when done. */
export class HttpRequest {
  readonly #listeners = new Map<string, Listener[]>();
  readonly #active = new Set<Active>();
  #destroyed = false;

  /**
   * Sends a request. With a callback, calls it once with `(err, response)` and returns
   * `undefined`; without, returns a promise. Failures, bad arguments included, are always
   * reported asynchronously as a plain `{ code, message }`; 4xx and 5xx are not failures.
   *
   * @param args - `(url)`, `(url, callback)`, `(url, options)` or `(url, options, callback)`.
   */
  request(...args: unknown[]): Promise<HttpResponse> | undefined {
    return this.#start(args, false) as Promise<HttpResponse> | undefined;
  }

  /**
   * Sends a request and hands the body over in `dataReceive` events (no `maxLimit`); settles
   * with the HTTP status after `dataEnd`.
   *
   * @param args - As for `request`.
   */
  requestInStream(...args: unknown[]): Promise<number> | undefined {
    return this.#start(args, true) as Promise<number> | undefined;
  }

  /** Stops the task: transfers in flight fail, later requests fail, no more events. Idempotent. */
  destroy(): void {
    if (this.#destroyed) {
      return;
    }
    this.#destroyed = true;
    for (const active of [...this.#active]) {
      active.abort(HttpErrorCode.INTERNAL);
    }
  }

  /**
   * Adds a listener for `type`: `headersReceive` (header object), `headerReceive` (deprecated,
   * `(err, header)`), `dataReceive` (ArrayBuffer), `dataEnd`, `dataReceiveProgress`,
   * `dataSendProgress`.
   */
  on(type: string, callback: (...args: unknown[]) => void): void {
    this.#add(type, callback, false);
  }

  /** Adds a listener called at most once. */
  once(type: string, callback: (...args: unknown[]) => void): void {
    this.#add(type, callback, true);
  }

  /** Removes `callback` from `type`, or every listener of `type` when no callback is given. */
  off(type: string, callback?: (...args: unknown[]) => void): void {
    const list = this.#listeners.get(type);
    if (list === undefined) {
      return;
    }
    if (typeof callback !== 'function') {
      this.#listeners.delete(type);
      return;
    }
    this.#listeners.set(
      type,
      list.filter((listener) => listener.callback !== callback)
    );
  }

  #add(type: string, callback: unknown, once: boolean): void {
    if (typeof type !== 'string' || !EVENT_TYPES.has(type) || typeof callback !== 'function') {
      return;
    }
    const list = this.#listeners.get(type) ?? [];
    list.push({ callback: callback as (...args: unknown[]) => void, once });
    this.#listeners.set(type, list);
  }

  #emit(type: string, ...args: unknown[]): void {
    if (this.#destroyed) {
      return;
    }
    const list = this.#listeners.get(type);
    if (list === undefined) {
      return;
    }
    for (const listener of [...list]) {
      if (listener.once) {
        this.off(type, listener.callback);
      }
      try {
        listener.callback(...args);
      } catch {
        // A throwing listener must not stop the transfer.
      }
    }
  }

  #start(args: readonly unknown[], stream: boolean): Promise<HttpResponse | number> | undefined {
    const parsed = parseArguments(args);
    const built = parsed.valid && parsed.url !== undefined ? buildRequest(parsed.url, parsed.options) : undefined;
    const outcome: Promise<Outcome> =
      built === undefined
        ? Promise.resolve({ ok: false, error: httpError(HttpErrorCode.PARAMETER) })
        : this.#destroyed
          ? Promise.resolve({ ok: false, error: httpError(HttpErrorCode.INTERNAL) })
          : this.#perform(built, stream);
    const callback = parsed.callback;
    if (callback !== undefined) {
      void outcome.then((result) => {
        setImmediate(() => {
          if (result.ok) {
            (callback as AsyncCallback<unknown>)(undefined, result.value);
          } else {
            (callback as AsyncCallback<unknown>)(result.error, undefined);
          }
        });
      });
      return undefined;
    }
    return outcome.then((result) => {
      if (result.ok) {
        return result.value;
      }
      // eslint-disable-next-line @typescript-eslint/only-throw-error -- the device rejects with a plain { code, message }
      throw result.error;
    });
  }

  #perform(built: BuiltRequest, stream: boolean): Promise<Outcome> {
    return new Promise<Outcome>((resolve) => {
      const started = performance.now();
      const timing: PerformanceTiming = {
        dnsTiming: 0,
        tcpTiming: 0,
        tlsTiming: 0,
        firstSendTiming: 0,
        firstReceiveTiming: 0,
        totalFinishTiming: 0,
        redirectTiming: 0,
        responseHeaderTiming: 0,
        responseBodyTiming: 0,
        totalTiming: 0
      };
      const since = (): number => performance.now() - started;
      let settled = false;
      let current: nodeHttp.ClientRequest | undefined;
      let connectTimer: NodeJS.Timeout | undefined;
      let totalTimer: NodeJS.Timeout | undefined;
      const active: Active = { abort: (code) => fail(code) };
      const finish = (result: Outcome): void => {
        if (settled) {
          return;
        }
        settled = true;
        clearTimeout(connectTimer);
        clearTimeout(totalTimer);
        this.#active.delete(active);
        current?.destroy();
        resolve(result);
      };
      const fail = (code: number): void => finish({ ok: false, error: httpError(code) });
      this.#active.add(active);

      let url: URL;
      if (built.url === '') {
        fail(HttpErrorCode.URL_MALFORMAT);
        return;
      }
      try {
        url = new URL(built.url);
      } catch {
        fail(HttpErrorCode.URL_MALFORMAT);
        return;
      }
      if (url.protocol !== 'http:' && url.protocol !== 'https:') {
        fail(HttpErrorCode.UNSUPPORTED_PROTOCOL);
        return;
      }
      if (built.readTimeout > 0) {
        totalTimer = setTimeout(() => fail(HttpErrorCode.OPERATION_TIMEDOUT), built.readTimeout);
      }
      if (built.connectTimeout > 0) {
        connectTimer = setTimeout(() => fail(HttpErrorCode.OPERATION_TIMEDOUT), built.connectTimeout);
      }
      const headers = new HeaderAccumulator();
      const jar = new CookieJar();
      let method = built.method;
      let body = built.body;
      let redirects = 0;
      let contentTypeOverride: string | undefined;

      const send = (target: URL): void => {
        const sendsBody = body !== undefined && body.length > 0 && (!isGetLike(method) || built.bodyOrQueryConfigured);
        const outgoing: Record<string, string> = {};
        if (built.range !== undefined) {
          outgoing['range'] = built.range;
        } else {
          outgoing['user-agent'] = DEFAULT_USER_AGENT;
        }
        outgoing['accept'] = '*/*';
        outgoing['accept-encoding'] = 'gzip, deflate';
        const cookie = jar.headerFor(target);
        if (cookie !== undefined) {
          outgoing['cookie'] = cookie;
        }
        if (sendsBody) {
          // curl's POSTFIELDS default when no content type was set.
          outgoing['content-type'] = 'application/x-www-form-urlencoded';
        }
        for (const [name, value] of built.headers) {
          outgoing[name] = value;
        }
        if (contentTypeOverride !== undefined) {
          outgoing['content-type'] = contentTypeOverride;
        }
        const wireMethod = method === '' ? (sendsBody ? 'POST' : 'GET') : method;
        const requestOptions: nodeHttps.RequestOptions = { method: wireMethod, headers: outgoing, agent: false };
        if (target.protocol === 'https:') {
          if (built.caData !== undefined) {
            requestOptions.ca = [...tls.rootCertificates, built.caData];
          }
          if (built.skipVerify) {
            requestOptions.rejectUnauthorized = false;
          }
        }
        let request: nodeHttp.ClientRequest;
        try {
          request = (target.protocol === 'https:' ? nodeHttps : nodeHttp).request(target, requestOptions);
        } catch {
          fail(HttpErrorCode.INTERNAL);
          return;
        }
        current = request;
        let gotReply = false;
        request.on('socket', (socket) => {
          socket.once('lookup', () => {
            timing.dnsTiming = since();
          });
          socket.once('connect', () => {
            timing.tcpTiming = since();
            clearTimeout(connectTimer);
          });
          socket.once('secureConnect', () => {
            timing.tlsTiming = since();
          });
        });
        request.on('error', (error) => {
          fail(codeOfNodeError(error, gotReply ? 'body' : 'connect'));
        });
        request.on('response', (response) => {
          gotReply = true;
          clearTimeout(connectTimer);
          if (timing.firstReceiveTiming === 0) {
            timing.firstReceiveTiming = since();
          }
          this.#receive(target, response, {
            built,
            stream,
            headers,
            jar,
            timing,
            since,
            isSettled: () => settled,
            fail,
            finish,
            redirect: (location) => {
              redirects++;
              if (redirects > built.maxRedirects) {
                fail(HttpErrorCode.TOO_MANY_REDIRECTS);
                return;
              }
              const status = response.statusCode ?? 0;
              if ((status === 303 && method !== 'HEAD') || ((status === 301 || status === 302) && method === 'POST')) {
                method = 'GET';
                body = undefined;
              }
              timing.redirectTiming = since();
              send(location);
            }
          });
        });
        if (sendsBody && body !== undefined) {
          request.setHeader('content-length', String(body.length));
          const sent = body;
          request.end(sent, () => {
            timing.firstSendTiming = since();
            this.#emit('dataSendProgress', { sendSize: sent.length, totalSize: sent.length });
          });
        } else {
          request.end(() => {
            timing.firstSendTiming = since();
          });
        }
      };
      const multipart = built.headers.get('content-type')?.toLowerCase() === 'multipart/form-data' && built.multiFormDataList.length > 0;
      if (!multipart || isGetLike(method)) {
        send(url);
        return;
      }
      multipartBody(built.multiFormDataList).then(
        (form) => {
          if (settled) {
            return;
          }
          if (form !== undefined) {
            body = form.body;
            contentTypeOverride = form.contentType;
          }
          send(url);
        },
        () => fail(HttpErrorCode.READ_ERROR)
      );
    });
  }

  #receive(
    target: URL,
    response: nodeHttp.IncomingMessage,
    transfer: {
      readonly built: BuiltRequest;
      readonly stream: boolean;
      readonly headers: HeaderAccumulator;
      readonly jar: CookieJar;
      readonly timing: PerformanceTiming;
      readonly since: () => number;
      readonly isSettled: () => boolean;
      readonly fail: (code: number) => void;
      readonly finish: (outcome: Outcome) => void;
      readonly redirect: (location: URL) => void;
    }
  ): void {
    const { built, stream, headers, jar, timing, since, fail, finish } = transfer;
    headers.add(response.rawHeaders);
    const setCookie = response.headers['set-cookie'];
    if (setCookie !== undefined) {
      jar.store(target, setCookie);
    }
    timing.responseHeaderTiming = since();
    this.#emitHeaders(headers.toObject());
    const status = response.statusCode ?? 0;
    const location = response.headers.location;
    if (REDIRECT_STATUSES.has(status) && typeof location === 'string' && location !== '') {
      let next: URL;
      try {
        next = new URL(location, target);
      } catch {
        fail(HttpErrorCode.URL_MALFORMAT);
        return;
      }
      response.resume();
      transfer.redirect(next);
      return;
    }
    const declared = Number(response.headers['content-length']);
    const totalSize = Number.isFinite(declared) && declared >= 0 ? declared : 0;
    let rawReceived = 0;
    response.on('data', (chunk: Buffer) => {
      rawReceived += chunk.length;
    });
    const decoder = decoderFor(response.headers['content-encoding']);
    const source: Readable = decoder === undefined ? response : response.pipe(decoder);
    const chunks: Buffer[] = [];
    let received = 0;
    let ended = false;
    const broken = (): void => {
      if (ended) {
        return;
      }
      const partial = response.headers['content-length'] !== undefined && rawReceived < totalSize;
      fail(partial ? HttpErrorCode.PARTIAL_FILE : HttpErrorCode.RECV_ERROR);
    };
    response.on('aborted', broken);
    response.on('error', broken);
    response.on('close', () => {
      if (!response.complete) {
        broken();
      }
    });
    decoder?.on('error', () => fail(HttpErrorCode.BAD_CONTENT_ENCODING));
    source.on('data', (chunk: Buffer) => {
      if (transfer.isSettled()) {
        return;
      }
      received += chunk.length;
      if (stream) {
        this.#emit('dataReceive', arrayBufferOf(chunk));
        // curl reports progress only while the total is known (ProgressCallback: dltotal != 0).
        if (totalSize > 0) {
          this.#emit('dataReceiveProgress', { receiveSize: received, totalSize });
        }
        return;
      }
      if (received > built.maxLimit) {
        fail(HttpErrorCode.WRITE_ERROR);
        return;
      }
      chunks.push(chunk);
    });
    source.on('end', () => {
      ended = true;
      if (transfer.isSettled()) {
        return;
      }
      timing.responseBodyTiming = since();
      timing.totalFinishTiming = since();
      timing.totalTiming = since();
      if (stream) {
        this.#emit('dataEnd');
        finish({ ok: true, value: status });
        return;
      }
      const typed = typedResult(Buffer.concat(chunks), built.expectDataType, headers.contentType());
      finish({
        ok: true,
        value: {
          result: typed.result,
          resultType: typed.resultType,
          responseCode: status,
          header: headers.toObject(),
          cookies: jar.toString(),
          performanceTiming: timing
        }
      });
    });
  }

  #emitHeaders(header: ResponseHeader): void {
    this.#emit('headerReceive', undefined, header);
    this.#emit('headersReceive', header);
  }
}
