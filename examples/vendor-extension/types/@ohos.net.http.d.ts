/**
 * The part of the OpenHarmony SDK's `@ohos.net.http` that the example uses, declared as the SDK declares it
 * (interface_sdk-js `api/@ohos.net.http.d.ts`), for a project that compiles without the SDK:
 * `examples/tsconfig.json` maps the module name to this file with `paths`. In a DevEco project the
 * SDK declares the module in full: drop this file there.
 *
 * Written so that it is also valid ArkTS when read as a `.d.ets` file.
 *
 * @packageDocumentation
 */
declare namespace http {
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
