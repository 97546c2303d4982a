/**
 * How `@ohos.net.http` turns `request(url, options)` into what goes on the wire, as
 * communication_netstack's request_context.cpp (UrlAndOptions and the Parse* functions it calls)
 * and http_exec.cpp (MakeUrl, EncodeUrlParam, MethodForGet, MethodForPost) do. Pure: no I/O.
 *
 * @packageDocumentation
 */

import { formDataOf, type FormPart } from './multipart';

/** What one request sends and the limits it runs under. */
export interface BuiltRequest {
  /** The URL after query parameters and GET `extraData` were appended, not yet validated. */
  readonly url: string;
  /** The method as given (`GET` by default); never upper-cased. */
  readonly method: string;
  /** Request headers, names lowercased, in the order they were set; a later set replaces an earlier one. */
  readonly headers: ReadonlyMap<string, string>;
  /** The request body, or `undefined` for none. */
  readonly body: Buffer | undefined;
  /** Whether `body`/`queryParams` were given, which makes even a GET-like method send its body. */
  readonly bodyOrQueryConfigured: boolean;
  /** `expectDataType` when it was a number, else `undefined` (unset). */
  readonly expectDataType: number | undefined;
  /** The whole-request time limit in ms (CURLOPT_TIMEOUT_MS); 0 for none. */
  readonly readTimeout: number;
  /** The connection time limit in ms (CURLOPT_CONNECTTIMEOUT_MS); 0 for none. */
  readonly connectTimeout: number;
  /** The most body bytes a non-stream request accepts. */
  readonly maxLimit: number;
  /** The most redirects followed. */
  readonly maxRedirects: number;
  /** A PEM certificate added to the trusted ones (`caData`), if given. */
  readonly caData: string | undefined;
  /** Whether certificate verification is skipped (`remoteValidation: 'skip'`). */
  readonly skipVerify: boolean;
  /** The `Range` header value from `resumeFrom`/`resumeTo`, if any. */
  readonly range: string | undefined;
  /** The parts of `multiFormDataList`, sent instead of the body when `content-type` is `multipart/form-data`. */
  readonly multiFormDataList: readonly FormPart[];
}

/** Default time limits in ms (http_request_options.cpp: 60000 each). */
export const DEFAULT_TIMEOUT_MS = 60000;
/** Default `maxLimit` in bytes: 5 MiB (constant.cpp DEFAULT_MAX_LIMIT). */
export const DEFAULT_MAX_LIMIT = 5 * 1024 * 1024;
/** The largest `maxLimit` honoured; a larger value is clamped to it: 100 MiB (constant.cpp MAX_LIMIT). */
export const MAX_MAX_LIMIT = 100 * 1024 * 1024;
/** Default `maxRedirects` (http_request_options.cpp). */
export const DEFAULT_MAX_REDIRECTS = 30;
/** The longest `customMethod` accepted (request_context.cpp MAX_CUSTOMMETHOD_LENGTH). */
const MAX_CUSTOM_METHOD_LENGTH = 128;
/** The longest `caData` accepted, exclusive (CADATA_STRING_MAX_LENGTH). */
const MAX_CA_DATA_LENGTH = 8000;

/** Methods whose `extraData` goes into the URL (http_exec.cpp MethodForGet). */
export function isGetLike(method: string): boolean {
  return method === 'GET' || method === 'HEAD' || method === 'OPTIONS' || method === 'TRACE' || method === 'CONNECT';
}

/** Methods for which a header object pre-sets `content-type: application/json` (MethodForPost). */
export function isPostLike(method: string): boolean {
  return method === 'POST' || method === 'PUT' || method === 'DELETE' || method === 'PATCH' || method === '';
}

/** Whether a byte is RFC 3986 unreserved (http_exec.cpp IsUnReserved). */
function isUnreserved(byte: number): boolean {
  return (
    (byte >= 0x30 && byte <= 0x39) ||
    (byte >= 0x41 && byte <= 0x5a) ||
    (byte >= 0x61 && byte <= 0x7a) ||
    byte === 0x2d ||
    byte === 0x2e ||
    byte === 0x5f ||
    byte === 0x7e
  );
}

/**
 * Percent-encodes every byte of the UTF-8 form of `text` that is not unreserved, with
 * upper-case hex (EncodeUrlParam). Returns the text and whether anything changed.
 */
export function encodeUrlParam(text: string): { readonly text: string; readonly changed: boolean } {
  let out = '';
  for (const byte of Buffer.from(text, 'utf8')) {
    out += isUnreserved(byte) ? String.fromCharCode(byte) : `%${byte.toString(16).toUpperCase().padStart(2, '0')}`;
  }
  return { text: out, changed: out !== text };
}

/**
 * Joins a URL without its query, its old query and new parameters as MakeUrl does: a non-empty
 * old query always gets `&` before the new parameters, even when those are empty.
 */
export function makeUrl(url: string, param: string, extraParam: string): string {
  const joined = param === '' ? extraParam : `${param}&${extraParam}`;
  return joined === '' ? url : `${url}?${joined}`;
}

/** Splits a URL at its first `?` into the part before and the query after. */
function splitQuery(url: string): [string, string] {
  const index = url.indexOf('?');
  return index < 0 ? [url, ''] : [url.slice(0, index), url.slice(index + 1)];
}

/**
 * A value as NapiUtils::NapiValueToString renders it: strings as they are, booleans as
 * `true`/`false`, integral numbers as a C `int`, other numbers with six decimals
 * (`std::to_string(double)`), and anything else as `''`.
 */
export function napiValueToString(value: unknown): string {
  switch (typeof value) {
    case 'string':
      return value;
    case 'boolean':
      return value ? 'true' : 'false';
    case 'number':
      if (Number.isFinite(value) && Math.floor(value) === value) {
        return String(value | 0);
      }
      return Number.isFinite(value) ? value.toFixed(6) : String(value).toLowerCase();
    default:
      return '';
  }
}

/** The enumerable string keys NAPI's GetPropertyNames gives (own and inherited). */
function propertyNames(object: object): string[] {
  const names: string[] = [];
  for (const name in object) {
    names.push(name);
  }
  return names;
}

/** `value` as an unsigned 32-bit number the way GetUint32Property reads it: 0 for a non-number. */
function uint32Of(value: unknown): number {
  return typeof value === 'number' ? value >>> 0 : 0;
}

/** The request body from a value (GetRequestBody), or `false` when it cannot be used. */
function requestBodyOf(value: unknown): Buffer | false {
  if (typeof value === 'string') {
    return value === '' ? false : Buffer.from(value, 'utf8');
  }
  if (value instanceof ArrayBuffer) {
    return Buffer.from(value.slice(0));
  }
  if (typeof value === 'object' && value !== null) {
    // Any other object, typed arrays included, is sent as its JSON text.
    let json: string | undefined;
    try {
      json = JSON.stringify(value);
    } catch {
      return false;
    }
    return json === undefined || json === '' ? false : Buffer.from(json, 'utf8');
  }
  return false;
}

/** Mutable state while one request is being built. */
interface Draft {
  url: string;
  method: string;
  headers: Map<string, string>;
  body: Buffer | undefined;
}

/** GET-like `extraData` (HandleMethodForGet): a string verbatim, an object's non-empty string values encoded. */
function applyGetExtraData(draft: Draft, extraData: unknown): void {
  const [url, param] = splitQuery(draft.url);
  if (typeof extraData === 'string') {
    draft.url = makeUrl(url, param, extraData);
    return;
  }
  if (typeof extraData !== 'object' || extraData === null) {
    return;
  }
  const pairs: string[] = [];
  for (const rawName of propertyNames(extraData)) {
    const rawValue = (extraData as Record<string, unknown>)[rawName];
    const value = typeof rawValue === 'string' ? rawValue : '';
    if (rawName === '' || value === '') {
      continue;
    }
    const name = encodeUrlParam(rawName);
    const encoded = encodeUrlParam(value);
    if (name.changed || encoded.changed) {
      draft.headers.set('content-type', 'application/x-www-form-urlencoded');
    }
    pairs.push(`${name.text}=${encoded.text}`);
  }
  draft.url = makeUrl(url, param, pairs.join('&'));
}

/** `queryParams` (ParseQueryParams): a string as is, or an object's values, arrays expanded. */
function queryParamsOf(draft: Draft, value: unknown): string {
  if (typeof value === 'string') {
    return value;
  }
  if (typeof value !== 'object' || value === null) {
    return '';
  }
  let query = '';
  const add = (name: { text: string; changed: boolean }, item: unknown): void => {
    if (item === null || item === undefined) {
      query += `${name.text}&`;
      return;
    }
    const encoded = encodeUrlParam(napiValueToString(item));
    if (name.changed || encoded.changed) {
      draft.headers.set('content-type', 'application/x-www-form-urlencoded');
    }
    query += `${name.text}=${encoded.text}&`;
  };
  for (const rawName of propertyNames(value)) {
    const name = encodeUrlParam(rawName);
    const item = (value as Record<string, unknown>)[rawName];
    if (Array.isArray(item)) {
      item.forEach((element) => add(name, element));
    } else {
      add(name, item);
    }
  }
  return query.endsWith('&') ? query.slice(0, -1) : query;
}

/**
 * Builds the request for `request(url, options)`, or gives `undefined` when the device's
 * parsing fails, which it reports as 401 "Parameter error" (for example `extraData: ''` with a
 * POST, or a body of a type it cannot send).
 *
 * @param url - The URL argument, already known to be a string.
 * @param options - The options object, if one was given.
 */
export function buildRequest(url: string, options: object | undefined): BuiltRequest | undefined {
  const draft: Draft = { url, method: 'GET', headers: new Map(), body: undefined };
  const has = (name: string): boolean => options !== undefined && name in options;
  const get = (name: string): unknown => (options as Record<string, unknown>)[name];
  let expectDataType: number | undefined;
  let readTimeout = DEFAULT_TIMEOUT_MS;
  let connectTimeout = DEFAULT_TIMEOUT_MS;
  let maxLimit = DEFAULT_MAX_LIMIT;
  let maxRedirects = DEFAULT_MAX_REDIRECTS;
  let bodyOrQueryConfigured = false;
  if (options !== undefined) {
    const customMethod = get('customMethod');
    if (has('customMethod') && typeof customMethod === 'string' && customMethod !== '' && customMethod.length <= MAX_CUSTOM_METHOD_LENGTH) {
      draft.method = customMethod;
    } else if (has('method') && typeof get('method') === 'string') {
      draft.method = get('method') as string;
    }
    if (has('readTimeout')) {
      readTimeout = uint32Of(get('readTimeout'));
    }
    if (has('maxLimit')) {
      maxLimit = Math.min(uint32Of(get('maxLimit')), MAX_MAX_LIMIT);
    }
    if (has('connectTimeout')) {
      connectTimeout = uint32Of(get('connectTimeout'));
    }
    if (typeof get('expectDataType') === 'number') {
      expectDataType = uint32Of(get('expectDataType'));
    }
    const redirects = get('maxRedirects');
    if (typeof redirects === 'number' && Number.isInteger(redirects) && redirects >= 0 && redirects <= 0x7fffffff) {
      maxRedirects = redirects;
    }
    // body / queryParams (API 26) take precedence over extraData (ParseBodyQueryParamsOrExtraData).
    if (has('body') || has('queryParams')) {
      bodyOrQueryConfigured = true;
      const body = get('body');
      if (has('body') && body !== undefined && body !== null) {
        const bytes = requestBodyOf(body);
        if (bytes !== false) {
          draft.body = bytes;
        }
      }
      const query = has('queryParams') && get('queryParams') != null ? queryParamsOf(draft, get('queryParams')) : '';
      const [base, param] = splitQuery(draft.url);
      draft.url = makeUrl(base, param, query);
    } else if (has('extraData') && get('extraData') !== undefined && get('extraData') !== null) {
      const extraData = get('extraData');
      if (isGetLike(draft.method)) {
        applyGetExtraData(draft, extraData);
      } else {
        const bytes = requestBodyOf(extraData);
        if (bytes === false) {
          return undefined;
        }
        draft.body = bytes;
      }
    }
    const header = get('header');
    if (has('header') && typeof header === 'object' && header !== null) {
      if (isPostLike(draft.method)) {
        draft.headers.set('content-type', 'application/json');
      }
      for (const name of propertyNames(header)) {
        draft.headers.set(name.toLowerCase(), napiValueToString((header as Record<string, unknown>)[name]));
      }
    }
  }
  const caData = options === undefined ? undefined : get('caData');
  const caPath = options === undefined ? undefined : get('caPath');
  const resumeFrom = options === undefined ? 0 : get('resumeFrom');
  const resumeTo = options === undefined ? 0 : get('resumeTo');
  const from = typeof resumeFrom === 'number' && resumeFrom > 0 ? Math.trunc(resumeFrom) : 0;
  const to = typeof resumeTo === 'number' && resumeTo > 0 ? Math.trunc(resumeTo) : 0;
  return {
    url: draft.url,
    method: draft.method,
    headers: draft.headers,
    body: draft.body,
    bodyOrQueryConfigured,
    expectDataType,
    readTimeout,
    connectTimeout,
    maxLimit,
    maxRedirects,
    caData:
      typeof caData === 'string' && caData !== '' && caData.length < MAX_CA_DATA_LENGTH && (typeof caPath !== 'string' || caPath === '')
        ? caData
        : undefined,
    skipVerify: options !== undefined && get('remoteValidation') === 'skip',
    multiFormDataList: options === undefined ? [] : formDataOf(get('multiFormDataList')),
    range: from > 0 || to > 0 ? `bytes=${from}-${to > 0 ? to : ''}` : undefined
  };
}
