/**
 * The parts of the OpenHarmony SDK's `@ohos.net.http`, `@ohos.hilog`, `@ohos.util` and
 * `@ohos.base` that this example uses, declared as the SDK declares them (interface_sdk-js
 * `api/@ohos.net.http.d.ts`, `api/@ohos.hilog.d.ts`, `api/@ohos.util.d.ts`,
 * `api/@ohos.base.d.ts`), for a project that compiles without the SDK. `ohos-cloud-extension-types`
 * declares only the cloud extension and its companions. In a DevEco project the SDK declares these
 * modules in full: drop this file there.
 *
 * Written so that it is also valid ArkTS when read as a `.d.ets` file.
 */
declare module '@ohos.base' {
  /** The error of a failed platform call: a number `code` (2300xxx for `@ohos.net.http`) and a message. */
  export interface BusinessError extends Error {
    /** The error code. */
    code: number;
  }
}

declare module '@ohos.net.http' {
  namespace http {
    /** Creates one HTTP request task; call `destroy()` when done with it. */
    function createHttp(): HttpRequest;

    /** How a request is sent. */
    interface HttpRequestOptions {
      /** The HTTP method; `GET` when absent. */
      method?: RequestMethod;
      /** The body: a string, an object (sent as JSON) or bytes. */
      extraData?: string | Object | ArrayBuffer;
      /** The type `result` is given as; without it, by the reply's content type. */
      expectDataType?: HttpDataType;
      /** The request's headers, names to values. */
      header?: Object;
      /** Longest wait for the whole reply, in ms (60 000 by default). */
      readTimeout?: number;
      /** Longest wait for the connection, in ms (60 000 by default). */
      connectTimeout?: number;
    }

    /** One HTTP request task. */
    interface HttpRequest {
      /** Sends a request; rejects with a `BusinessError` (2300xxx) when no reply arrives. */
      request(url: string, options?: HttpRequestOptions): Promise<HttpResponse>;
      /** Ends the task and frees what it holds. */
      destroy(): void;
    }

    /** HTTP methods. */
    enum RequestMethod {
      OPTIONS = 'OPTIONS',
      GET = 'GET',
      HEAD = 'HEAD',
      POST = 'POST',
      PUT = 'PUT',
      DELETE = 'DELETE',
      TRACE = 'TRACE',
      CONNECT = 'CONNECT'
    }

    /** Some HTTP status codes. */
    enum ResponseCode {
      OK = 200,
      NOT_FOUND = 404
    }

    /** The type `HttpResponse.result` is given as. */
    enum HttpDataType {
      STRING,
      OBJECT = 1,
      ARRAY_BUFFER = 2
    }

    /** A reply. */
    interface HttpResponse {
      /** The body, as `expectDataType` asked. */
      result: string | Object | ArrayBuffer;
      /** The type of `result`. */
      resultType: HttpDataType;
      /** The HTTP status. */
      responseCode: ResponseCode | number;
      /** The reply's headers, with lowercase names. */
      header: Object;
    }
  }
  export default http;
}

declare module '@ohos.hilog' {
  namespace hilog {
    /** Logs at DEBUG: `%{public}s` shows an argument, `%{private}s` (the default) masks it. */
    function debug(domain: number, tag: string, format: string, ...args: Array<string | number | boolean>): void;
    /** Logs at INFO. */
    function info(domain: number, tag: string, format: string, ...args: Array<string | number | boolean>): void;
    /** Logs at WARN. */
    function warn(domain: number, tag: string, format: string, ...args: Array<string | number | boolean>): void;
    /** Logs at ERROR. */
    function error(domain: number, tag: string, format: string, ...args: Array<string | number | boolean>): void;
  }
  export default hilog;
}

declare module '@ohos.util' {
  namespace util {
    /** Base64 encoding and decoding. */
    class Base64Helper {
      constructor();
      /** The Base64 text of `src`. */
      encodeToStringSync(src: Uint8Array): string;
      /** The bytes of the Base64 text (or Base64 bytes) `src`. */
      decodeSync(src: Uint8Array | string): Uint8Array;
    }
  }
  export default util;
}
