/**
 * The numbers the four stubs agree on with the system: request codes per interface, the
 * descriptor each factory gives its stub, the wait time each stub sets, and the result codes
 * (`ErrorCode`) the stubs write.
 *
 * All values are the device's run-time values, read in `cloud_extension_stub.js`.
 *
 * @packageDocumentation
 */

/**
 * Result codes a vendor returns and the stubs write (`cloudExtension.ErrorCode` at run time).
 * A regular enum, so the object also carries the reverse entries (number → name), as the
 * device's does (cloud_extension_stub.js:37-46).
 */
export enum ErrorCode {
  /** The call succeeded. */
  SUCCESS = 0,
  /** An unknown error; also what the stubs write when they catch a vendor's throw. */
  UNKNOWN_ERROR = 1,
  /** The network is unavailable. */
  NETWORK_ERROR = 2,
  /** Cloud sync is disabled. */
  CLOUD_DISABLED = 3,
  /** The cloud lock is held by another device. */
  LOCKED_BY_OTHERS = 4,
  /** The number of records exceeds the limit. */
  RECORD_LIMIT_EXCEEDED = 5,
  /** The cloud has no space left for an asset. */
  NO_SPACE_FOR_ASSET = 6
}

/** Request codes of the CloudService stub (cloud_extension_stub.js:47-57). */
export enum CloudServiceCode {
  /** i32 userId, str bundleName → a ShareCenter stub, or no reply at all. */
  ConnectShareCenter = 0,
  /** str bundleName, Database → an AssetLoader stub. */
  ConnectAssetLoader = 1,
  /** str bundleName, Database → a CloudDB stub. */
  ConnectDatabase = 2,
  /** nothing → the apps' brief information. */
  GetAppBriefInfo = 3,
  /** nothing → the account's service information. */
  GetServiceInfo = 4,
  /** str bundleName → code and, on success, the app's schema. */
  GetAppSchema = 5,
  /** i64 expirationTime, str bundleName, databases → code and, on success, the subscription. */
  Subscribe = 6,
  /** subscription ids per bundle → one code. */
  Unsubscribe = 7
}

/** Request codes of the ShareCenter stub (cloud_extension_stub.js:58-68). */
export enum ShareCenterCode {
  /** Shares a resource with participants. */
  Share = 0,
  /** Stops sharing a resource with participants. */
  Unshare = 1,
  /** Leaves a share. */
  Exit = 2,
  /** Changes participants' privileges. */
  ChangePrivilege = 3,
  /** Lists the participants of a share. */
  QueryParticipants = 4,
  /** Lists the participants of a share found by invitation code. */
  QueryParticipantsByInvitation = 5,
  /** Accepts or rejects an invitation. */
  ConfirmInvitation = 6,
  /** Changes an earlier confirmation. */
  ChangeConfirmation = 7
}

/** Request codes of the CloudDB stub (cloud_extension_stub.js:69-79). */
export enum CloudDbCode {
  /** i32 count → code and, on success, that many ids. */
  GenerateIds = 0,
  /** Inserts rows. */
  Insert = 1,
  /** Updates rows. */
  Update = 2,
  /** Deletes rows. */
  Delete = 3,
  /** Reads one page of rows. */
  Query = 4,
  /** Takes the cloud lock. */
  Lock = 5,
  /** Releases the cloud lock. */
  Unlock = 6,
  /** Extends the cloud lock. */
  Heartbeat = 7
}

/** Request codes of the AssetLoader stub (cloud_extension_stub.js:80-84). */
export enum AssetLoaderCode {
  /** Downloads assets. */
  Download = 0,
  /** Uploads assets. */
  Upload = 1
}

/**
 * The descriptor each factory passes to its stub's `RemoteObject` constructor
 * (cloud_extension_stub.js:900, 906, 912, 918). No stub ever checks an interface token.
 */
export const Descriptor = {
  /** cloud_extension_stub.js:900 */
  CloudService: 'CloudServiceProxy',
  /** cloud_extension_stub.js:906 */
  CloudDB: 'CloudDbProxy',
  /** cloud_extension_stub.js:912 */
  AssetLoader: 'AssetLoaderProxy',
  /** cloud_extension_stub.js:918 */
  ShareCenter: 'ShareCenterProxy'
} as const;

/**
 * The value each stub passes to `option.setWaitTime` at the start of every request, in seconds
 * (cloud_extension_stub.js:93, 299, 612, 686). It has no effect on a local call.
 */
export const WaitTime = {
  /** cloud_extension_stub.js:93 */
  CloudService: 1000,
  /** cloud_extension_stub.js:299 */
  CloudDB: 1500,
  /** cloud_extension_stub.js:612 */
  AssetLoader: 500,
  /** cloud_extension_stub.js:686 */
  ShareCenter: 1500
} as const;

/** The name of one of the four interfaces a stub serves, as used in the record of vendor calls. */
export type InterfaceName = 'CloudService' | 'CloudDB' | 'AssetLoader' | 'ShareCenter';
