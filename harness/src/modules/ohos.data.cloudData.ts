/**
 * `@ohos.data.cloudData` at run time, as far as a cloud extension needs it: the enums of the
 * `sharing` namespace, with the numbers the device's module defines.
 *
 * On the device the module (relational_store frameworks/js/napi/cloud_data/src/entry_point.cpp:25-37)
 * puts frozen objects `Role`, `State` and `SharingCode` on its `sharing` object
 * (js_const_properties.cpp:48-91, 136-149), numbered as interfaces/inner_api/cloud_data/include/
 * cloud_types.h:25-40, 123-197 number them, which agrees with the SDK
 * (interface_sdk-js api/@ohos.data.cloudData.d.ts `namespace sharing`). The sharing functions,
 * the configuration and client functions and the other enums are not provided.
 *
 * @packageDocumentation
 */

/** A participant's role in a share (cloud_types.h:25-30). */
const Role = Object.freeze({
  /** The user who shares. */
  ROLE_INVITER: 0,
  /** A user the share is offered to. */
  ROLE_INVITEE: 1
} as const);

/** A participant's answer to an invitation (cloud_types.h:32-40 `Confirmation`). */
const State = Object.freeze({
  /** Not answered yet. */
  STATE_UNKNOWN: 0,
  /** Accepted. */
  STATE_ACCEPTED: 1,
  /** Rejected. */
  STATE_REJECTED: 2,
  /** Suspended. */
  STATE_SUSPENDED: 3,
  /** No longer available. */
  STATE_UNAVAILABLE: 4
} as const);

/** The result codes of sharing operations (cloud_types.h:123-197). */
const SharingCode = Object.freeze({
  /** Success. */
  SUCCESS: 0,
  /** The user has already been invited. */
  REPEATED_REQUEST: 1,
  /** The participant is not the inviter. */
  NOT_INVITER: 2,
  /** The participant is neither inviter nor invitee. */
  NOT_INVITER_OR_INVITEE: 3,
  /** The user's sharing quota for today is used up. */
  OVER_QUOTA: 4,
  /** Too many participants. */
  TOO_MANY_PARTICIPANTS: 5,
  /** Invalid arguments. */
  INVALID_ARGS: 6,
  /** Network error. */
  NETWORK_ERROR: 7,
  /** Cloud sync is disabled. */
  CLOUD_DISABLED: 8,
  /** Server error. */
  SERVER_ERROR: 9,
  /** Internal error. */
  INNER_ERROR: 10,
  /** The invitation is invalid or expired. */
  INVALID_INVITATION: 11,
  /** Rate limited. */
  RATE_LIMIT: 12,
  /** A vendor-defined error; vendor codes start here. */
  CUSTOM_ERROR: 1000
} as const);

/** The `@ohos.data.cloudData` module object. */
const cloudData = {
  /** The sharing namespace: its enums. */
  sharing: Object.freeze({ Role, State, SharingCode })
};

declare namespace cloudData {
  namespace sharing {
    /** A value of `Role`. */
    type Role = (typeof Role)[keyof typeof Role];
    /** A value of `State`. */
    type State = (typeof State)[keyof typeof State];
    /** A value of `SharingCode`. */
    type SharingCode = (typeof SharingCode)[keyof typeof SharingCode];
  }
}

// Never runs: it names the exports where Node's ESM loader finds them in a CommonJS file (it
// reads the source, cjs-module-lexer), so that an ES module can write
// `import { sharing } from '@ohos.data.cloudData'`, as the typings allow.
// Keep it in step with the module object.
if (0 as number) (exports as Record<string, unknown>).sharing = undefined;

export = cloudData;
