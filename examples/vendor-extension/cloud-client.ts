import { BusinessError } from '@ohos.base';
import hilog from '@ohos.hilog';
import http from '@ohos.net.http';
import BuildProfile from 'BuildProfile';

/** The hilog domain of this extension's lines (0x0000-0xFFFF). */
export const LOG_DOMAIN = 0x0000;
/** The hilog tag of this extension's lines. */
export const LOG_TAG = 'CloudExtension';
/** Longest wait for a connection to the cloud and for its whole answer, in ms. */
const TIMEOUT_MS = 10000;

/** What one call to the cloud gave: its HTTP status and JSON body, or why there was none. */
export interface CloudReply {
  /** The HTTP status; 0 when no answer arrived. */
  status: number;
  /** The answer's body: parsed JSON, or an `ArrayBuffer` when bytes were asked for; absent when no answer arrived. */
  body?: Object;
  /** Why no answer arrived: the `BusinessError`'s code and message. */
  error?: string;
}

/**
 * Sends one request to the cloud at `BuildProfile.CLOUD_URL` + `path` and hands back its answer.
 * One request object per call, destroyed when the call ends, as the device expects.
 *
 * @param method - The HTTP method.
 * @param path - The route, starting with `/`.
 * @param body - The body, if the route takes one: an object (sent as JSON) or bytes.
 * @param expect - What the answer is read as: JSON (`OBJECT`, the default) or bytes (`ARRAY_BUFFER`).
 */
export async function callCloud(
  method: http.RequestMethod,
  path: string,
  body?: Object,
  expect: http.HttpDataType = http.HttpDataType.OBJECT
): Promise<CloudReply> {
  const request = http.createHttp();
  try {
    // Header names with a hyphen: a Record, since ArkTS object literals need identifier keys otherwise.
    const header: Record<string, string> = {
      'content-type': body instanceof ArrayBuffer ? 'application/octet-stream' : 'application/json'
    };
    const options: http.HttpRequestOptions = {
      method: method,
      header: header,
      expectDataType: expect,
      connectTimeout: TIMEOUT_MS,
      readTimeout: TIMEOUT_MS
    };
    if (body !== undefined) {
      options.extraData = body;
    }
    const response = await request.request(`${BuildProfile.CLOUD_URL}${path}`, options);
    if (response.responseCode !== http.ResponseCode.OK) {
      hilog.warn(LOG_DOMAIN, LOG_TAG, '%{public}s %{public}s: HTTP %{public}d', method, path, response.responseCode);
    }
    let answer: Object = response.result as Object;
    if (expect === http.HttpDataType.OBJECT && typeof response.result === 'string') {
      // The device parses an OBJECT answer only up to 65 536 bytes; a longer one arrives as text.
      answer = JSON.parse(response.result as string) as Object;
    }
    return { status: response.responseCode, body: answer };
  } catch (e) {
    const error = e as BusinessError;
    hilog.error(LOG_DOMAIN, LOG_TAG, '%{public}s %{public}s failed: %{public}d %{public}s', method, path, error.code, error.message);
    return { status: 0, error: `${error.code} ${error.message}` };
  } finally {
    request.destroy();
  }
}

/** One path segment: a bundle name, an alias, a table, percent-encoded. */
export function segment(name: string): string {
  return encodeURIComponent(name);
}
