/**
 * The ShareCenter stub: decodes the system's requests, calls the vendor's ShareCenter and encodes
 * the results, as the device's `cloud_extension_stub.js` does (class at lines 676-895, exported as
 * `ShareCenterProxy`).
 *
 * No `try`/`catch`: any throw rejects the handler, leaving what was already written in the reply.
 *
 * @packageDocumentation
 */

import rpc = require('../modules/ohos.rpc');
import { ShareCenterCode, WaitTime } from './codes';
import { bindImplementation, callVendor } from './trace';
import { isRejectedCount, loopCount, type Reply, type Sequence, type VendorList, type VendorValue } from './values';

type Option = rpc.MessageOption;

/** A participant's privilege, as the stub reads it from a request (cloud_extension_stub.js:806-816). */
export interface Privilege {
  /** May write. */
  writable: boolean;
  /** May read. */
  readable: boolean;
  /** May create. */
  creatable: boolean;
  /** May delete. */
  deletable: boolean;
  /** May share on. */
  shareable: boolean;
}

/** A participant, as the stub reads it from a request and hands it to the vendor (cloud_extension_stub.js:791-804). */
export interface Participant {
  /** Who the participant is. */
  identity: string;
  /** Its role; `undefined` when the request carried -1. */
  role: number | undefined;
  /** Its state; `undefined` when the request carried -1. */
  state: number | undefined;
  /** What it may do. */
  privilege: Privilege;
  /** Extra information. */
  attachInfo: string;
}

/** The ShareCenter methods the stub calls, unchecked: a missing one throws the engine's TypeError. */
interface ShareCenterCalls {
  share(userId: number, bundleName: string, sharingResource: string, participants: Participant[]): unknown;
  unshare(userId: number, bundleName: string, sharingResource: string, participants: Participant[]): unknown;
  exit(userId: number, bundleName: string, sharingResource: string): unknown;
  changePrivilege(userId: number, bundleName: string, sharingResource: string, participants: Participant[]): unknown;
  queryParticipants(userId: number, bundleName: string, sharingResource: string): unknown;
  queryParticipantsByInvitation(userId: number, bundleName: string, invitationCode: string): unknown;
  confirmInvitation(userId: number, bundleName: string, invitationCode: string, state: number): unknown;
  changeConfirmation(userId: number, bundleName: string, sharingResource: string, state: number): unknown;
}

/** What the stub reads of a privilege it writes (cloud_extension_stub.js:888-894). */
interface PrivilegeFields {
  readonly writable: unknown;
  readonly readable: unknown;
  readonly creatable: unknown;
  readonly deletable: unknown;
  readonly shareable: unknown;
}

/** What the stub reads of a participant it writes (cloud_extension_stub.js:856-886). */
interface ParticipantFields {
  readonly identity: unknown;
  readonly role: unknown;
  readonly state: unknown;
  readonly privilege: PrivilegeFields;
  readonly attachInfo: unknown;
}

/** What the stub reads of a `{ code, description }` result (cloud_extension_stub.js:708-715). */
interface CodeFields {
  readonly code: unknown;
  readonly description: unknown;
}

/** What the stub reads of a result with a list in `value` (cloud_extension_stub.js:818-854). */
interface ListResultFields<T> extends CodeFields {
  readonly value: VendorList<T>;
}

/** What the stub reads of ConfirmInvitation's result (cloud_extension_stub.js:745-757). */
interface InvitationResultFields extends CodeFields {
  readonly value: unknown;
}

/** The role or state number that stands for "not given" (cloud_extension_stub.js:20). */
const INVALID_STATE = -1;

/** The string written for a missing description, attachInfo or value (cloud_extension_stub.js:21). */
const INVALID_STR = '';

/** Calls the vendor's ShareCenter through the record of vendor calls. */
function callShareCenter(stub: object, method: string, args: readonly unknown[], invoke: () => VendorValue): Promise<VendorValue> {
  return callVendor(stub, 'ShareCenter', method, args, invoke);
}

/** Five bools: writable, readable, creatable, deletable, shareable (cloud_extension_stub.js:806-816). */
function readPrivilege(data: Sequence): Privilege {
  return {
    writable: data.readBoolean(),
    readable: data.readBoolean(),
    creatable: data.readBoolean(),
    deletable: data.readBoolean(),
    shareable: data.readBoolean()
  };
}

/**
 * str identity, i32 role, i32 state (-1 → `undefined`, other numbers as they are), the privilege,
 * str attachInfo (cloud_extension_stub.js:791-804). `role` and `state` are own properties even when
 * `undefined`.
 */
function readParticipant(data: Sequence): Participant {
  const identity = data.readString();
  const role = data.readInt();
  const state = data.readInt();
  return {
    identity,
    role: role == INVALID_STATE ? undefined : role,
    state: state == INVALID_STATE ? undefined : state,
    privilege: readPrivilege(data),
    attachInfo: data.readString()
  };
}

/** i32 count (negative → `[]`), that many participants (cloud_extension_stub.js:779-789). */
function readParticipants(data: Sequence): Participant[] {
  const participants: Participant[] = [];
  const count = data.readInt();
  if (isRejectedCount(count)) {
    return participants;
  }
  for (let index = 0; index < loopCount(count); index++) {
    participants.push(readParticipant(data));
  }
  return participants;
}

/**
 * `holder[key]` if truthy, else '' — read twice, as the device's `if (x.key) write(x.key) else
 * write(INVALID_STR)` does (e.g. cloud_extension_stub.js:710-715).
 */
function writeStringOrEmpty<Key extends string>(reply: Reply, holder: { readonly [K in Key]: unknown }, key: Key): void {
  if (holder[key]) {
    reply.writeString(holder[key]);
  } else {
    reply.writeString(INVALID_STR);
  }
}

/** The five privilege bools as given (cloud_extension_stub.js:888-894). */
function writePrivilege(reply: Reply, privilege: PrivilegeFields): void {
  reply.writeBoolean(privilege.writable);
  reply.writeBoolean(privilege.readable);
  reply.writeBoolean(privilege.creatable);
  reply.writeBoolean(privilege.deletable);
  reply.writeBoolean(privilege.shareable);
}

/**
 * str identity; i32 role and i32 state, -1 when `undefined` (a `null` goes to `writeInt` and throws);
 * the privilege, or five `false` when it is falsy; str attachInfo or '' (cloud_extension_stub.js:856-886).
 */
function writeParticipant(reply: Reply, participant: ParticipantFields): void {
  reply.writeString(participant.identity);
  if (typeof participant.role !== 'undefined') {
    reply.writeInt(participant.role);
  } else {
    reply.writeInt(INVALID_STATE);
  }
  if (typeof participant.state !== 'undefined') {
    reply.writeInt(participant.state);
  } else {
    reply.writeInt(INVALID_STATE);
  }
  if (participant.privilege) {
    writePrivilege(reply, participant.privilege);
  } else {
    reply.writeBoolean(false);
    reply.writeBoolean(false);
    reply.writeBoolean(false);
    reply.writeBoolean(false);
    reply.writeBoolean(false);
  }
  writeStringOrEmpty(reply, participant, 'attachInfo');
}

/**
 * i32 code, str description or ''; only when `value` is truthy, i32 length and per item i32 code and
 * str description or '' (cloud_extension_stub.js:834-854).
 */
function writeResults(reply: Reply, result: ListResultFields<CodeFields>): void {
  reply.writeInt(result.code);
  writeStringOrEmpty(reply, result, 'description');
  if (result.value) {
    reply.writeInt(result.value.length);
    result.value.forEach((item) => {
      reply.writeInt(item.code);
      writeStringOrEmpty(reply, item, 'description');
    });
  }
}

/**
 * i32 code, str description or ''; only when `value` is truthy, i32 length and each participant
 * (cloud_extension_stub.js:818-832).
 */
function writeParticipantResults(reply: Reply, result: ListResultFields<ParticipantFields>): void {
  reply.writeInt(result.code);
  writeStringOrEmpty(reply, result, 'description');
  if (result.value) {
    reply.writeInt(result.value.length);
    result.value.forEach((participant) => {
      writeParticipant(reply, participant);
    });
  }
}

/**
 * Serves a vendor's ShareCenter (`cloudExtension.ShareCenterProxy` at run time,
 * cloud_extension_stub.js:676-897).
 */
export class ShareCenterStub extends rpc.RemoteObject {
  /** The vendor's ShareCenter, read on every request (cloud_extension_stub.js:679). */
  shareCenter: VendorValue;

  /**
   * @param descriptor - The RemoteObject descriptor (`'ShareCenterProxy'` from the factory).
   * @param shareCenter - The vendor's ShareCenter.
   */
  constructor(descriptor: string, shareCenter: VendorValue) {
    super(descriptor);
    this.shareCenter = shareCenter;
    bindImplementation(this, () => this.shareCenter);
  }

  /**
   * Handles one request as the device does (cloud_extension_stub.js:682-777). Resolves `true` when a
   * reply was written, `false` for an unknown code or when the stub holds no ShareCenter.
   *
   * @param code - A {@link ShareCenterCode}.
   * @param data - The request.
   * @param reply - The reply to write.
   * @param option - The call's option; its wait time is set to 1500.
   */
  override async onRemoteMessageRequest(code: number, data: Sequence, reply: Reply, option: Option): Promise<boolean> {
    // cloud_extension_stub.js:683-686: `== undefined`, so null counts as missing too; no descriptor read.
    if (this.shareCenter == undefined) {
      return false;
    }
    option.setWaitTime(WaitTime.ShareCenter);
    switch (code) {
      case ShareCenterCode.Share: {
        // :688-695
        const userId = data.readInt();
        const bundleName = data.readString();
        const sharingResource = data.readString();
        const participants = readParticipants(data);
        const result = await callShareCenter(this, 'share', [userId, bundleName, sharingResource, participants], () =>
          (this.shareCenter as ShareCenterCalls).share(userId, bundleName, sharingResource, participants)
        );
        writeResults(reply, result as ListResultFields<CodeFields>);
        return true;
      }
      case ShareCenterCode.Unshare: {
        // :696-703
        const userId = data.readInt();
        const bundleName = data.readString();
        const sharingResource = data.readString();
        const participants = readParticipants(data);
        const result = await callShareCenter(this, 'unshare', [userId, bundleName, sharingResource, participants], () =>
          (this.shareCenter as ShareCenterCalls).unshare(userId, bundleName, sharingResource, participants)
        );
        writeResults(reply, result as ListResultFields<CodeFields>);
        return true;
      }
      case ShareCenterCode.Exit: {
        // :704-716
        const userId = data.readInt();
        const bundleName = data.readString();
        const sharingResource = data.readString();
        const result = (await callShareCenter(this, 'exit', [userId, bundleName, sharingResource], () =>
          (this.shareCenter as ShareCenterCalls).exit(userId, bundleName, sharingResource)
        )) as CodeFields;
        reply.writeInt(result.code);
        writeStringOrEmpty(reply, result, 'description');
        return true;
      }
      case ShareCenterCode.ChangePrivilege: {
        // :717-724
        const userId = data.readInt();
        const bundleName = data.readString();
        const sharingResource = data.readString();
        const participants = readParticipants(data);
        const result = await callShareCenter(this, 'changePrivilege', [userId, bundleName, sharingResource, participants], () =>
          (this.shareCenter as ShareCenterCalls).changePrivilege(userId, bundleName, sharingResource, participants)
        );
        writeResults(reply, result as ListResultFields<CodeFields>);
        return true;
      }
      case ShareCenterCode.QueryParticipants: {
        // :725-731
        const userId = data.readInt();
        const bundleName = data.readString();
        const sharingResource = data.readString();
        const result = await callShareCenter(this, 'queryParticipants', [userId, bundleName, sharingResource], () =>
          (this.shareCenter as ShareCenterCalls).queryParticipants(userId, bundleName, sharingResource)
        );
        writeParticipantResults(reply, result as ListResultFields<ParticipantFields>);
        return true;
      }
      case ShareCenterCode.QueryParticipantsByInvitation: {
        // :732-738
        const userId = data.readInt();
        const bundleName = data.readString();
        const invitationCode = data.readString();
        const result = await callShareCenter(this, 'queryParticipantsByInvitation', [userId, bundleName, invitationCode], () =>
          (this.shareCenter as ShareCenterCalls).queryParticipantsByInvitation(userId, bundleName, invitationCode)
        );
        writeParticipantResults(reply, result as ListResultFields<ParticipantFields>);
        return true;
      }
      case ShareCenterCode.ConfirmInvitation: {
        // :739-758: code, description or '', value (the sharing resource) or ''.
        const userId = data.readInt();
        const bundleName = data.readString();
        const invitationCode = data.readString();
        const state = data.readInt();
        const result = (await callShareCenter(this, 'confirmInvitation', [userId, bundleName, invitationCode, state], () =>
          (this.shareCenter as ShareCenterCalls).confirmInvitation(userId, bundleName, invitationCode, state)
        )) as InvitationResultFields;
        reply.writeInt(result.code);
        writeStringOrEmpty(reply, result, 'description');
        writeStringOrEmpty(reply, result, 'value');
        return true;
      }
      case ShareCenterCode.ChangeConfirmation: {
        // :759-772
        const userId = data.readInt();
        const bundleName = data.readString();
        const sharingResource = data.readString();
        const state = data.readInt();
        const result = (await callShareCenter(this, 'changeConfirmation', [userId, bundleName, sharingResource, state], () =>
          (this.shareCenter as ShareCenterCalls).changeConfirmation(userId, bundleName, sharingResource, state)
        )) as CodeFields;
        reply.writeInt(result.code);
        writeStringOrEmpty(reply, result, 'description');
        return true;
      }
      default:
        // :773-776
        return false;
    }
  }
}
