/**
 * How bad a finding is.
 *
 * - `error`: on the device the call fails, the data changes or is lost in transit, or the sync
 *   never ends.
 * - `warning`: the call gets through, but the extension breaks the documented contract.
 * - `note`: a platform quirk the extension cannot fix; worth knowing, nothing to change.
 */
export type Severity = 'error' | 'warning' | 'note';

/** One rule of the conformance check: what it catches, how bad it is and where the device does it. */
export interface Rule {
  /** Stable kebab-case name, used in findings and as the fixture's file name. */
  readonly id: string;
  /** Severity of every finding of this rule. */
  readonly severity: Severity;
  /** The methods the rule applies to, as `Interface.method` (`CloudDB.query`). */
  readonly methods: readonly string[];
  /** Where the device behaves this way: file and line(s) of the device source. */
  readonly source: string;
  /** One sentence: what goes wrong. */
  readonly summary: string;
  /**
   * What the vendor should change (or that there is nothing to change), added after what
   * happened at the end of every finding's message.
   */
  readonly fix: string;
}

const STUB = 'cloud_extension_stub.js';
const WRITE = 'napi_message_sequence_write.cpp';

const ROW_METHODS = ['CloudDB.query', 'CloudDB.insert', 'CloudDB.update', 'CloudDB.delete'] as const;
const INT32_METHODS = [
  'CloudService.getServiceInfo',
  'CloudService.getAppBriefInfo',
  'CloudService.getAppSchema',
  'CloudService.subscribe',
  'CloudDB.generateId',
  'CloudDB.insert',
  'CloudDB.update',
  'CloudDB.delete',
  'CloudDB.query',
  'CloudDB.lock',
  'CloudDB.heartbeat',
  'CloudDB.unlock',
  'AssetLoader.download',
  'AssetLoader.upload',
  'ShareCenter.share',
  'ShareCenter.unshare',
  'ShareCenter.exit',
  'ShareCenter.changePrivilege',
  'ShareCenter.queryParticipants',
  'ShareCenter.queryParticipantsByInvitation',
  'ShareCenter.confirmInvitation',
  'ShareCenter.changeConfirmation'
] as const;

/** Every method the system calls, lifecycle included. */
const ALL_METHODS = [
  'ServiceExtensionAbility.onConnect',
  ...INT32_METHODS,
  'CloudService.unsubscribe',
  'CloudService.connectDB',
  'CloudService.connectAssetLoader',
  'CloudService.connectShareCenter'
] as const;

/**
 * Every rule the check enforces, most severe first. This list is the single catalogue: findings
 * take their severity and source from it, and it can be printed as it is.
 */
export const RULES = [
  // ---- errors: the device fails the call, changes or loses data, or loops ----
  {
    id: 'unsubscribe-not-positive',
    fix: 'Resolve a positive number (for example 1) on success.',
    severity: 'error',
    methods: ['CloudService.unsubscribe'],
    source: `${STUB}:124`,
    summary:
      'unsubscribe must resolve a number greater than 0 to report success; 0 (ErrorCode.SUCCESS), undefined or an object is sent as UNKNOWN_ERROR.'
  },
  {
    id: 'success-without-value',
    fix: 'Return the value with every successful result, or a non-zero code.',
    severity: 'error',
    methods: [
      'CloudService.getAppSchema',
      'CloudService.subscribe',
      'CloudDB.generateId',
      'CloudDB.query',
      'CloudDB.lock',
      'CloudDB.heartbeat'
    ],
    source: `${STUB}:107-110,116-119,304-310,361-364,372-376,381-385`,
    summary:
      'A result with code 0 must carry its value: the stub writes the code, then reads the missing value and throws, so the system gets a truncated reply.'
  },
  {
    id: 'result-missing',
    fix: 'Resolve the object or array the method is documented to return (a Result for most methods, one Result per row or asset for batches).',
    severity: 'error',
    methods: [
      'CloudService.getServiceInfo',
      'CloudService.getAppBriefInfo',
      'CloudService.getAppSchema',
      'CloudService.subscribe',
      'CloudDB.generateId',
      'CloudDB.insert',
      'CloudDB.update',
      'CloudDB.delete',
      'CloudDB.query',
      'CloudDB.lock',
      'CloudDB.heartbeat',
      'CloudDB.unlock',
      'AssetLoader.download',
      'AssetLoader.upload',
      'ShareCenter.share',
      'ShareCenter.unshare',
      'ShareCenter.exit',
      'ShareCenter.changePrivilege',
      'ShareCenter.queryParticipants',
      'ShareCenter.queryParticipantsByInvitation',
      'ShareCenter.confirmInvitation',
      'ShareCenter.changeConfirmation'
    ],
    source: `${STUB}:97-110,303-304,321-326,360-368,371-372,389-390,620-621,654-655,693-694,708-709`,
    summary: 'The method resolved nothing (or not the object or array the stub reads): the stub throws while reading it and the call fails.'
  },
  {
    id: 'int32-out-of-range',
    fix: 'Return an integer between -2147483648 and 2147483647 (codes, ids, intervals, versions, counts, statuses, roles and states all travel as int32).',
    severity: 'error',
    methods: INT32_METHODS,
    source: `${WRITE}:168-204 (writeInt: ToInt32); ${STUB}:107,157,169,174,188,304,374-375,383-384,425,660,667,859,865`,
    summary:
      'Codes, lock ids, intervals, versions, instance ids, users, field types, asset statuses, roles, states and counts travel as int32: a value that is not an integer in [-2^31, 2^31) reaches the system changed.'
  },
  {
    id: 'number-changed-in-transit',
    fix: 'Keep such numbers finite, integral and within ±2^63 (or give a fraction a "." in its text), or store the value as a string.',
    severity: 'error',
    methods: [...ROW_METHODS, 'CloudService.getServiceInfo', 'CloudService.subscribe'],
    source: `${STUB}:446-454,155-156,197; ${WRITE}:206-242 (writeLong: ToInt64)`,
    summary:
      'A number whose text has no "." travels as int64: 1e-7 becomes 0, 1e21 and Infinity saturate or become 0, NaN becomes 0, -0 becomes 0; a fractional totalSpace, remainingSpace or expirationTime is truncated.'
  },
  {
    id: 'string-changed-in-transit',
    fix: 'Remove NUL characters before returning a string, or send binary data as a Uint8Array.',
    severity: 'error',
    methods: INT32_METHODS,
    source: `${WRITE}:858-874 (writeString copies the units into a NUL-terminated buffer that becomes a u16string)`,
    summary: 'A string with a NUL character is cut at its first NUL by writeString: the system reads only the part before it.'
  },
  {
    id: 'value-not-encodable',
    fix: 'Convert it first: a Date to its getTime() number, a bigint to a string, other binary data to a Uint8Array, a Map to a plain object (Record<string, CloudType>).',
    severity: 'error',
    methods: ROW_METHODS,
    source: `${STUB}:493-509`,
    summary:
      'A row value that is not null, a number, a string, a boolean, a Uint8Array, an asset or an array of assets (a Date, bigint, ArrayBuffer, other typed array or plain object) is encoded as an asset and the stub throws.'
  },
  {
    id: 'connect-not-a-stub',
    fix: 'Resolve the stub the factory makes, not the object itself: cloudExtension.createCloudServiceStub(service) from onConnect, createCloudDBStub(db) from connectDB, createAssetLoaderStub(loader) from connectAssetLoader, createShareServiceStub(shareCenter) from connectShareCenter.',
    severity: 'error',
    methods: [
      'ServiceExtensionAbility.onConnect',
      'CloudService.connectDB',
      'CloudService.connectAssetLoader',
      'CloudService.connectShareCenter'
    ],
    source: `${STUB}:130,136,142-145; ${WRITE}:1410-1431 (writeRemoteObject)`,
    summary:
      'connectDB, connectAssetLoader and connectShareCenter must resolve the stub made by createCloudDBStub, createAssetLoaderStub or createShareServiceStub (and onConnect the CloudService stub); anything else (the implementation itself, null, another kind of stub) fails the connection or every call on it.'
  },
  {
    id: 'query-pages-forever',
    fix: 'Return a new cursor for every page and hasMore false on the last one.',
    severity: 'error',
    methods: ['CloudDB.query'],
    source: `${STUB}:356-358,413-417`,
    summary:
      'query answers hasMore true with a cursor that was already used (the cursor it was given, or an earlier one): the system asks for the same page again and the download never ends.'
  },
  {
    id: 'wrong-field-type',
    fix: 'Return the type the declarations give for this field (a number, a boolean, a string or an array), never undefined.',
    severity: 'error',
    methods: [
      'CloudService.getServiceInfo',
      'CloudService.getAppBriefInfo',
      'CloudService.getAppSchema',
      'CloudService.subscribe',
      'CloudDB.generateId',
      'CloudDB.query',
      'CloudDB.unlock',
      'AssetLoader.download',
      'AssetLoader.upload',
      'ShareCenter.queryParticipants',
      'ShareCenter.queryParticipantsByInvitation',
      'ShareCenter.share'
    ],
    source: `${WRITE}:168-204,301-304,847-850 (typeof checks throw BusinessError 401)`,
    summary:
      'A field the stub writes as a number, boolean or string holds another type (a string id as number, 1 for true, undefined): the device throws BusinessError 401 and the reply is cut short.'
  },
  {
    id: 'share-role-null',
    fix: 'Leave role and state undefined (or omit them) instead of null.',
    severity: 'error',
    methods: ['ShareCenter.queryParticipants', 'ShareCenter.queryParticipantsByInvitation'],
    source: `${STUB}:858-869; ${WRITE}:168-204`,
    summary:
      'A participant whose role or state is null (not undefined) is written with writeInt(null): BusinessError 401 and a truncated reply. Leave the field undefined instead.'
  },
  {
    id: 'reply-too-large',
    fix: 'Return fewer or smaller rows per call, and keep strings under 40960 UTF-16 units.',
    severity: 'error',
    methods: [...ROW_METHODS, 'CloudService.getAppSchema', 'AssetLoader.download', 'AssetLoader.upload'],
    source: `napi_rpc_common.h:42-51,85-86; ${WRITE}:854-857,873`,
    summary:
      'A reply may hold at most 204 800 bytes (each string reserves 4 bytes per UTF-16 unit, each blob byte 4 bytes) and a string must be shorter than 40 960 UTF-16 units; beyond that the stub throws and the reply is cut short.'
  },
  {
    id: 'vendor-threw',
    fix: 'Return plain data objects, catch errors inside the method and return a Result with an error code.',
    severity: 'error',
    methods: ALL_METHODS,
    source: `${STUB}:97-145,303,320-326,332-338,343-349,359-368,371,380,389,620,625,693-764`,
    summary:
      'The method threw or its promise rejected: most stubs have no try/catch, so the call fails; insert, update, delete and query append UNKNOWN_ERROR to whatever was already written.'
  },
  {
    id: 'call-timed-out',
    fix: 'Make sure every promise the method returns settles (add your own network timeouts).',
    severity: 'error',
    methods: ALL_METHODS,
    source: 'napi_remote_object.cpp:1008 (the IPC thread waits for the promise without limit)',
    summary:
      'The method did not settle within the time limit: on the device the binder thread waits for it indefinitely and the sync stalls.'
  },
  {
    id: 'flag-absent-at-runtime',
    fix: 'Compare the operation with the numbers 0 (insert), 1 (update) and 2 (delete).',
    severity: 'error',
    methods: ['CloudDB.insert', 'CloudDB.update', 'CloudDB.delete', 'CloudDB.query'],
    source: `${STUB}:924-932`,
    summary:
      'The platform module exports only FieldType, ErrorCode and the four stub factories: cloudExtension.Flag is undefined on the device, so reading Flag.INSERT throws TypeError. Compare extension.operation with 0, 1 and 2.'
  },
  {
    id: 'asset-status-changed',
    fix: 'Use a non-zero relationalStore.AssetStatus value, or leave status out if "normal" is what you mean.',
    severity: 'error',
    methods: ROW_METHODS,
    source: `${STUB}:475-480,501-506`,
    summary:
      'An asset inside a row with a falsy status (0 or undefined) is sent with status 1 (ASSET_NORMAL on the device), not the value the extension returned.'
  },
  {
    id: 'asset-result-without-value',
    fix: 'Return the asset in value with every result.',
    severity: 'error',
    methods: ['AssetLoader.download', 'AssetLoader.upload'],
    source: `${STUB}:659-670`,
    summary:
      'Every download/upload result must carry the asset in value, failed ones included: the stub writes all nine asset fields of every result and throws TypeError on a missing value.'
  },
  {
    id: 'stub-without-implementation',
    fix: 'Create the implementation object before passing it to the stub factory.',
    severity: 'error',
    methods: ['CloudService.connectDB', 'CloudService.connectAssetLoader', 'CloudService.connectShareCenter'],
    source: `${STUB}:295-297,620,683-685`,
    summary:
      'A stub was made without an implementation (createCloudDBStub(undefined)): the CloudDB and ShareCenter stubs answer false to every call, the AssetLoader stub throws, and the system gets nothing.'
  },
  {
    id: 'call-failed',
    fix: 'Make sure the method resolves exactly the documented shape; the message says what the stub or the system reported.',
    severity: 'error',
    methods: ALL_METHODS,
    source: `${STUB}:92-150,294-399,611-630,682-777`,
    summary:
      'The system could not read a complete reply for a reason no more specific rule names; the message carries what the stub reported.'
  },
  // ---- warnings: the call goes through, the contract is broken ----
  {
    id: 'result-count-mismatch',
    fix: 'Return one result per row, asset, participant or id asked for, in the order they were sent, failed ones included: the system pairs them by position.',
    severity: 'warning',
    methods: [
      'CloudDB.generateId',
      'CloudDB.insert',
      'CloudDB.update',
      'CloudDB.delete',
      'AssetLoader.download',
      'AssetLoader.upload',
      'ShareCenter.share',
      'ShareCenter.unshare',
      'ShareCenter.changePrivilege'
    ],
    source: `${STUB}:304-310,419-434,654-670,842-853 (lengths are never checked)`,
    summary:
      'The number of results differs from what was asked (ids ≠ count, results ≠ rows, assets or participants): the system pairs results with rows by position.'
  },
  {
    id: 'asset-file-not-written',
    fix: "Write each file at the asset's path (in the app sandbox) before returning code 0, and return its real size.",
    severity: 'warning',
    methods: ['AssetLoader.download'],
    source:
      'cloud_db_proxy.cpp:816-825, cloud_syncer_extend.cpp:1587-1590 (the returned assets are saved as they are; the file is never looked at)',
    summary:
      "download reported an asset as fetched (code 0), but no file is at its path in the app sandbox, or the file's size differs from the size returned: the engine records the asset as present and will not fetch it again."
  },
  {
    id: 'duplicate-ids',
    fix: 'Every row needs its own cloud id: never hand out the same id twice, across calls too.',
    severity: 'warning',
    methods: ['CloudDB.generateId'],
    source: `${STUB}:304-310; reference: CloudDB.generateId`,
    summary: 'generateId returned the same id twice (within one call or across calls): every row needs its own cloud id.'
  },
  {
    id: 'query-over-limit',
    fix: 'Return at most the requested number of rows and set hasMore.',
    severity: 'warning',
    methods: ['CloudDB.query'],
    source: `${STUB}:354,360; reference: CloudDB.query`,
    summary: 'query returned more rows than the limit the system asked for.'
  },
  {
    id: 'unknown-error-code',
    fix: "Return one of cloudExtension.ErrorCode's values.",
    severity: 'warning',
    methods: [
      'CloudService.getAppSchema',
      'CloudService.subscribe',
      'CloudDB.generateId',
      'CloudDB.insert',
      'CloudDB.update',
      'CloudDB.delete',
      'CloudDB.query',
      'CloudDB.lock',
      'CloudDB.heartbeat',
      'CloudDB.unlock',
      'AssetLoader.download',
      'AssetLoader.upload'
    ],
    source: `${STUB}:38-46`,
    summary: 'A result code outside ErrorCode (0 to 6): the system cannot tell what went wrong.'
  },
  {
    id: 'schema-bundle-mismatch',
    fix: 'Return the schema of the bundle that was asked for, with bundleName set to it.',
    severity: 'warning',
    methods: ['CloudService.getAppSchema'],
    source: `${STUB}:105-110,175`,
    summary: 'getAppSchema answered with a schema for another bundle than the one asked for.'
  },
  {
    id: 'query-row-without-extension',
    fix: 'Each row of CloudData.values holds the data and its ExtensionValue: put id, createTime, modifyTime and operation in every row.',
    severity: 'warning',
    methods: ['CloudDB.query'],
    source: `${STUB}:413-417; reference: CloudData.values (the data value and ExtensionValue)`,
    summary:
      'query returned rows without their ExtensionValue keys (id, createTime, modifyTime, operation): without the cloud id the device cannot tell which of its rows a cloud row is.'
  },
  {
    id: 'query-page-limit-reached',
    fix: 'Set hasMore false on the last page.',
    severity: 'warning',
    methods: ['CloudDB.query'],
    source: `${STUB}:413-417 (the system asks again until hasMore is false)`,
    summary:
      'query still answered hasMore true after the most pages the check asks for (maxPages): unless the table is that large, the download never ends.'
  },
  {
    id: 'subscription-expired',
    fix: 'Return the expiry in ms since the epoch, normally the one the system asked for.',
    severity: 'warning',
    methods: ['CloudService.subscribe'],
    source: `${STUB}:116-119,197`,
    summary:
      'subscribe confirmed a subscription whose expirationTime (ms) is not in the future: the system would take it as already expired (the open caller treats 0 as a failure).'
  },
  {
    id: 'subscription-incomplete',
    fix: 'Return one SubscribeId (databaseAlias, id) per database asked for, under the bundle name.',
    severity: 'warning',
    methods: ['CloudService.subscribe'],
    source: `${STUB}:196-209`,
    summary: 'subscribe returned no subscription id for a database it was asked to subscribe: changes to that database are never announced.'
  },
  {
    id: 'lock-interval-not-positive',
    fix: "Return the lock's lifetime in seconds, greater than 0.",
    severity: 'warning',
    methods: ['CloudDB.lock', 'CloudDB.heartbeat'],
    source: `${STUB}:374,383`,
    summary:
      'A granted lock must last a positive number of seconds: the system sends a heartbeat every interval/3 and an interval of 0 or less leaves no time.'
  },
  {
    id: 'field-type-unknown',
    fix: 'Use a cloudExtension.FieldType value.',
    severity: 'warning',
    methods: ['CloudService.getAppSchema'],
    source: `${STUB}:27-36,188`,
    summary: 'A schema field type outside FieldType (0 to 7): the system cannot tell how to store the column.'
  },
  {
    id: 'reply-too-large-in-large-batch',
    fix: 'Return fewer or smaller rows per call.',
    severity: 'warning',
    methods: ['CloudDB.insert', 'CloudDB.update', 'CloudDB.delete'],
    source: `napi_rpc_common.h:85; ${WRITE}:873; kv_store cloud_db_constant.h:87-92 (batches up to 2000 rows); c_utils parcel.cpp:45,74 (the request parcel holds 200 KiB too)`,
    summary:
      'The reply to a large batch (more rows than the default 30, as a sync may be configured to send) exceeds 204 800 bytes: returning every row back in the result costs 4 bytes per character.'
  },
  // ---- notes: platform quirks the extension cannot fix ----
  {
    id: 'unlock-reply-without-boolean',
    fix: 'Nothing to change in the extension.',
    severity: 'note',
    methods: ['CloudDB.unlock'],
    source: `${STUB}:380,387-393`,
    summary:
      "The unlock case reads the heartbeat case's variable (a temporal-dead-zone ReferenceError): the code reaches the system, the boolean never does. Nothing to change in the extension."
  },
  {
    id: 'query-times-read-as-text',
    fix: 'Nothing in the types lets the extension change this: know that on the open bridge the engine compares 0 with 0, so the cloud copy wins every tie.',
    severity: 'note',
    methods: ['CloudDB.query'],
    source:
      'datamgr_service services/distributeddataservice/rust/extension/cloud_cursor_impl.cpp:205-233 (GetExtend reads createTime and modifyTime as text of the length the adapter reports); ylong_cloud_extension src/c_adapter/cloud_ext_types.rs OhCloudExtValueBucketGetValue (reports no length for a number)',
    summary:
      'Query rows carry createTime and modifyTime as numbers, as ExtensionValue declares them; the open bridge between the sync engine and the extension reads both as text of length 0, so the engine sees both times as 0.'
  },
  {
    id: 'upload-prefix-dropped',
    fix: 'Nothing to change in the extension.',
    severity: 'note',
    methods: ['AssetLoader.upload'],
    source: `${STUB}:614-616,623-625`,
    summary: 'The stub reads the prefix the system sends and does not pass it to upload.'
  },
  {
    id: 'empty-insert-not-sent',
    fix: 'Nothing to change in the extension.',
    severity: 'note',
    methods: ['CloudDB.insert'],
    source: `${STUB}:316-319`,
    summary:
      'An insert of zero rows is answered by the stub (one 0) without calling the extension; update and delete are called even when empty.'
  },
  {
    id: 'sample-database-used',
    fix: "Return the app's databases and tables from getAppSchema to have the check exercise them.",
    severity: 'note',
    methods: ['CloudService.getAppSchema'],
    source: `${STUB}:107-110,173-194`,
    summary:
      "The schema names no database, so CloudDB and AssetLoader were exercised against a sample database of the harness instead of the vendor's own tables."
  },
  {
    id: 'int64-precision',
    fix: 'Keep integers within ±2^53 (Number.MAX_SAFE_INTEGER), or store larger ones as strings.',
    severity: 'note',
    methods: ROW_METHODS,
    source: `${STUB}:453,557; napi_message_sequence_read.cpp:269-271 (readLong gives a double)`,
    summary:
      'An integer beyond 2^53 has no exact JavaScript number: what the extension holds is already rounded, and int64 values above 2^53 sent by the system arrive rounded.'
  }
] as const satisfies readonly Rule[];

/** The id of one rule of {@link RULES}. */
export type RuleId = (typeof RULES)[number]['id'];

/** Looks a rule up by id; throws for an id that is not in {@link RULES} (a harness bug). */
export function ruleById(id: RuleId): Rule {
  for (const rule of RULES) {
    if (rule.id === id) {
      return rule;
    }
  }
  throw new Error(`unknown rule ${id}`);
}
