/**
 * What DevEco's SDK and build give this project beyond the types package, for checking
 * it without them: the parts of `@kit.NetworkKit` (`http`), `@kit.CoreFileKit` (`fileIo`),
 * `@kit.PerformanceAnalysisKit` (`hilog`), `@kit.ArkTS` (`util`) and `@kit.BasicServicesKit`
 * (`BusinessError`) that the extension uses, declared as the SDK declares them (interface_sdk-js
 * `api/@ohos.net.http.d.ts`, `api/@ohos.file.fs.d.ts`, `api/@ohos.hilog.d.ts`,
 * `api/@ohos.util.d.ts`, `api/@ohos.base.d.ts`), and the `BuildProfile` module the build
 * generates with the custom field `CLOUD_URL` (`buildProfileFields` in
 * entry/build-profile.json5).
 *
 * DevEco builds from `entry/` with its own SDK and never reads this folder. The lint reads it
 * when named: `npx ohos-cloud-extension-lint types entry/src/main/ets`. A `.d.ts` file, not a
 * `.d.ets`: ambient module declarations are for declaration files only.
 */

declare module '@kit.BasicServicesKit' {
  /** The error of a failed platform call: a number `code` (2300xxx for `@ohos.net.http`) and a message. */
  export interface BusinessError extends Error {
    /** The error code. */
    code: number;
  }
}

declare module '@kit.CoreFileKit' {
  export namespace fileIo {
    /** How a file is opened: one access mode, with `CREATE` and `TRUNC` added as flags. */
    namespace OpenMode {
      /** Read only. */
      const READ_ONLY: number;
      /** Write only. */
      const WRITE_ONLY: number;
      /** Read and write. */
      const READ_WRITE: number;
      /** Create the file if it does not exist. */
      const CREATE: number;
      /** Empty the file if it exists. */
      const TRUNC: number;
    }

    /** An open file. */
    interface File {
      /** Its file descriptor. */
      readonly fd: number;
    }

    /** What `statSync` tells about a file. */
    interface Stat {
      /** Its size, in bytes. */
      readonly size: number;
    }

    /** Whether a file or folder exists at `path`. */
    function accessSync(path: string): boolean;
    /** Makes the folder `path`, and its missing parents when `recursion` is true. */
    function mkdirSync(path: string, recursion: boolean): void;
    /** Opens the file at `path` (a sandbox path or a `file://` URI) with an `OpenMode`. */
    function openSync(path: string, mode?: number): File;
    /** Reads up to `buffer.byteLength` bytes into `buffer`; gives the number read. */
    function readSync(fd: number, buffer: ArrayBuffer): number;
    /** Writes `buffer` (bytes, or a string as UTF-8); gives the number of bytes written. */
    function writeSync(fd: number, buffer: ArrayBuffer | string): number;
    /** Closes a file. */
    function closeSync(file: number | File): void;
    /** The size and kind of the file at `file` (a path or a file descriptor). */
    function statSync(file: string | number): Stat;
  }
}

declare module '@kit.NetworkKit' {
  export namespace http {
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
}

declare module '@kit.PerformanceAnalysisKit' {
  export namespace hilog {
    /** Logs at DEBUG: `%{public}s` shows an argument, `%{private}s` (the default) masks it. */
    function debug(domain: number, tag: string, format: string, ...args: Array<string | number | boolean>): void;
    /** Logs at INFO. */
    function info(domain: number, tag: string, format: string, ...args: Array<string | number | boolean>): void;
    /** Logs at WARN. */
    function warn(domain: number, tag: string, format: string, ...args: Array<string | number | boolean>): void;
    /** Logs at ERROR. */
    function error(domain: number, tag: string, format: string, ...args: Array<string | number | boolean>): void;
  }
}

declare module '@kit.ArkTS' {
  export namespace util {
    /** Base64 encoding and decoding. */
    class Base64Helper {
      constructor();
      /** The Base64 text of `src`. */
      encodeToStringSync(src: Uint8Array): string;
      /** The bytes of the Base64 text (or Base64 bytes) `src`. */
      decodeSync(src: Uint8Array | string): Uint8Array;
    }
  }
}

declare module 'BuildProfile' {
  /** The build's settings, as static fields. */
  export default class BuildProfile {
    /** The application's bundle name. */
    static readonly BUNDLE_NAME: string;
    /** Whether this is a debug build. */
    static readonly DEBUG: boolean;
    /** The cloud's base URL, without a trailing `/` (a custom `buildProfileFields` entry). */
    static readonly CLOUD_URL: string;
  }
}
