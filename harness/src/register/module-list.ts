/**
 * The platform modules the harness emulates: the one list that the register hooks, the package's
 * `exports`, the Vitest preset and the guide's table ("What your extension may import") all come
 * from. A test fails when `package.json` `exports` or the guide drift from it.
 *
 * To add a module: put its file in `src/modules/`, append one line below, add its
 * `./modules/<specifier>` entry to `exports` in `package.json`, and run `npm run docs:modules` at
 * the repository's root to rewrite the guide's table.
 *
 * @packageDocumentation
 */

/** One platform module the harness emulates. */
export interface PlatformModule {
  /** The specifier an extension imports, exactly as on the device, e.g. `'@ohos.rpc'`. */
  readonly specifier: string;
  /** The module's built file in the harness's `dist/modules` folder, e.g. `'ohos.rpc.js'`. */
  readonly file: string;
  /** One line: what the harness provides of the module. */
  readonly emulates: string;
  /** One line: what is not provided, or behaves otherwise than on the device. */
  readonly differs: string;
  /** Address of the device's source of the module in OpenHarmony's public repositories. */
  readonly source: string;
}

/** The device's sources, one public repository each. */
const RELATIONAL_STORE = 'https://gitee.com/openharmony/distributeddatamgr_relational_store/tree/master/frameworks/js/napi';
const IPC = 'https://gitee.com/openharmony/communication_ipc/tree/master/ipc/native/src/napi';
const ABILITY_RUNTIME = 'https://gitee.com/openharmony/ability_ability_runtime/tree/master/frameworks/js/napi';
const SDK = 'https://gitee.com/openharmony/interface_sdk-js/tree/master';
const NETSTACK = 'https://gitee.com/openharmony/communication_netstack/tree/master/frameworks/js/napi/http';
const HILOG = 'https://gitee.com/openharmony/hiviewdfx_hilog/tree/master/interfaces/js/kits/napi';
const FILE_API = 'https://gitee.com/openharmony/filemanagement_file_api/tree/master/interfaces/kits/js/src/mod_fs';
const PREFERENCES = 'https://gitee.com/openharmony/distributeddatamgr_preferences/tree/master/frameworks/js/napi';
const ETS_UTILS = 'https://gitee.com/openharmony/commonlibrary_ets_utils/tree/master/js_util_module';

/** Every module the harness emulates, one line each, in the order the guide lists them. */
export const PLATFORM_MODULES: readonly PlatformModule[] = [
  {
    specifier: '@ohos.data.cloudExtension',
    file: 'ohos.data.cloudExtension.js',
    emulates:
      'the four stub factories, `FieldType` and `ErrorCode`, with the stubs reading requests and writing replies as the device does',
    differs: 'none known: it follows the device stub line by line (`Flag` exists only in the typings, on the device too)',
    source: `${RELATIONAL_STORE}/cloud_extension`
  },
  {
    specifier: '@ohos.rpc',
    file: 'ohos.rpc.js',
    emulates:
      '`MessageSequence` (byte layout, type checks, 200 KiB ceiling), `MessageOption`, `RemoteObject`, `CallingInfo`, `ErrorCode`, `TypeCode`',
    differs:
      'no binder between processes: a remote object is called in the same process; `RemoteProxy`, `IPCSkeleton` and `Ashmem` are absent',
    source: IPC
  },
  {
    specifier: '@ohos.data.cloudData',
    file: 'ohos.data.cloudData.js',
    emulates: 'the `sharing` enums `Role`, `State`, `SharingCode` with the device numbers',
    differs: 'no sharing, configuration or client functions, and no other enums',
    source: `${RELATIONAL_STORE}/cloud_data`
  },
  {
    specifier: '@ohos.data.relationalStore',
    file: 'ohos.data.relationalStore.js',
    emulates: '`AssetStatus` with the device numbers (`ASSET_NORMAL` is 1)',
    differs: 'no stores, predicates or result sets',
    source: `${RELATIONAL_STORE}/relationalstore`
  },
  {
    specifier: '@ohos.app.ability.ServiceExtensionAbility',
    file: 'ohos.app.ability.ServiceExtensionAbility.js',
    emulates: 'the base class, whose lifecycle methods do nothing',
    differs:
      "`context` is a `ServiceExtensionContext` with the sandbox's folders, `applicationInfo` and `getApplicationContext()`; no other ability framework behind it",
    source: `${ABILITY_RUNTIME}/service_extension_ability`
  },
  {
    specifier: '@ohos.app.ability.Want',
    file: 'ohos.app.ability.Want.js',
    emulates: 'an empty `Want` class, as the SDK declares it',
    differs: 'the device registers no run-time module of this name; ArkTS drops a type-only import',
    source: `${SDK}/api/@ohos.app.ability.Want.d.ts`
  },
  {
    specifier: '@kit.ArkData',
    file: 'kit.ArkData.js',
    emulates: '`cloudExtension`, `cloudData`, `relationalStore`, `preferences`',
    differs: "the kit's other modules are absent",
    source: `${SDK}/kits/@kit.ArkData.d.ts`
  },
  {
    specifier: '@kit.IPCKit',
    file: 'kit.IPCKit.js',
    emulates: '`rpc`',
    differs: "the kit's other modules are absent",
    source: `${SDK}/kits/@kit.IPCKit.d.ts`
  },
  {
    specifier: '@kit.AbilityKit',
    file: 'kit.AbilityKit.js',
    emulates: '`ServiceExtensionAbility`, `Want`',
    differs: "the kit's other modules are absent",
    source: `${SDK}/kits/@kit.AbilityKit.d.ts`
  },
  {
    specifier: '@ohos.hilog',
    file: 'ohos.hilog.js',
    emulates:
      '`debug`/`info`/`warn`/`error`/`fatal`, `isLoggable`, `setMinLogLevel`, `LogLevel`; the format specifiers and `<private>` masking (on by default)',
    differs: "lines go to the harness's sink (the report's log, or stderr with `--verbose`), never to stdout; no domain filtering",
    source: HILOG
  },
  {
    specifier: '@kit.PerformanceAnalysisKit',
    file: 'kit.PerformanceAnalysisKit.js',
    emulates: '`hilog`',
    differs: "the kit's other modules are absent",
    source: `${SDK}/kits/@kit.PerformanceAnalysisKit.d.ts`
  },
  {
    specifier: '@ohos.net.http',
    file: 'ohos.net.http.js',
    emulates:
      '`createHttp`, `request` (promise and callback), `requestInStream` and its events, `destroy`, `on`/`off`, the enums; request building, `result` typed by content type (a JSON reply is a string without `expectDataType`), lowercase headers, `readTimeout` for the whole request, `maxLimit`, the 2300xxx plain errors',
    differs:
      "over Node's HTTP client: no HTTP/2 or HTTP/3, proxies, certificate pinning or client certificates; `createHttpResponseCache` keeps nothing",
    source: NETSTACK
  },
  {
    specifier: '@kit.NetworkKit',
    file: 'kit.NetworkKit.js',
    emulates: '`http`',
    differs: "the kit's other modules are absent",
    source: `${SDK}/kits/@kit.NetworkKit.d.ts`
  },
  {
    specifier: '@ohos.util',
    file: 'ohos.util.js',
    emulates:
      "`generateRandomUUID`, `generateRandomBinaryUUID`, `TextEncoder`, `TextDecoder`, `Base64Helper`, `LRUCache`, `format`, `promisify`, with the device's 401 errors",
    differs: "`%o`/`%O` use Node's layout; `types`, `RationalNumber` and `StringDecoder` are absent",
    source: ETS_UTILS
  },
  {
    specifier: '@ohos.buffer',
    file: 'ohos.buffer.js',
    emulates: "`from`, `alloc`, `concat`, `byteLength`, `isBuffer`, the device's encodings",
    differs: "backed by Node's `Buffer`, so a buffer is also a `Uint8Array`",
    source: 'https://gitee.com/openharmony/commonlibrary_ets_utils/tree/master/js_api_module/buffer'
  },
  {
    specifier: '@kit.ArkTS',
    file: 'kit.ArkTS.js',
    emulates: '`util`, `buffer`',
    differs: "the kit's other modules are absent",
    source: `${SDK}/kits/@kit.ArkTS.d.ts`
  },
  {
    specifier: '@kit.BasicServicesKit',
    file: 'kit.BasicServicesKit.js',
    emulates: 'nothing at run time: `BusinessError` is a type only, on the device too',
    differs: 'none',
    source: `${SDK}/kits/@kit.BasicServicesKit.d.ts`
  },
  {
    specifier: '@ohos.file.fs',
    file: 'ohos.file.fs.js',
    emulates:
      "the functions the sheet lists (open, read, write, stat, mkdir, listFile, copyFile, unlink, rmdir, …) in sync, promise and callback forms, `OpenMode`, `File`, `Stat`, the 13900xxx errors; device paths and `file://` URIs map into the run's sandbox folder, which no path or symlink leaves",
    differs: "`File.lock`, streams, `RandomAccessFile`, `readLines` and `AtomicFile` are absent; permissions are the host's",
    source: FILE_API
  },
  {
    specifier: '@ohos.file.fileuri',
    file: 'ohos.file.fileuri.js',
    emulates: '`getUriFromPath`, `FileUri`',
    differs: "the sandbox's bundle only",
    source: 'https://gitee.com/openharmony/filemanagement_app_file_service/tree/master/interfaces/kits/js/file_uri'
  },
  {
    specifier: '@kit.CoreFileKit',
    file: 'kit.CoreFileKit.js',
    emulates: '`fileIo`, `fileUri`',
    differs: "the kit's other modules are absent",
    source: `${SDK}/kits/@kit.CoreFileKit.d.ts`
  },
  {
    specifier: '@ohos.data.preferences',
    file: 'ohos.data.preferences.js',
    emulates:
      '`getPreferences`/`getPreferencesSync`, get/put/has/delete/clear/flush, one cached instance per file, `flush` writing to `preferencesDir/<name>` in the sandbox',
    differs: "the file format is the harness's own JSON; no `dataChange` events",
    source: PREFERENCES
  }
];
