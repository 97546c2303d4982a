import type { sharing } from 'ohos-cloud-extension-types/src/companions/ohos.data.cloudData';
import { ShareCenterCode } from '../stubs/codes';
import type { ReplyReader } from './reply-reader';
import type { RequestWriter } from './request-writer';
import { describe } from './request-writer';
import type { SystemReply } from './system-reply';
import type { TransportOptions } from './transport';
import { call } from './transport';

/**
 * The int32 that stands for "no role" or "no state" on the wire (cloud_extension_stub.js:20,
 * 798-799, 858-869).
 */
export const INVALID_STATE = -1;

/** A participant the system sends (`cloudData.sharing.Participant`). */
export type ParticipantInput = sharing.Participant;

/** A participant's privileges as the system reads them: five booleans (cloud_extension_stub.js:888-894). */
export interface SystemPrivilege {
  /** May write. */
  writable: boolean;
  /** May read. */
  readable: boolean;
  /** May create. */
  creatable: boolean;
  /** May delete. */
  deletable: boolean;
  /** May share further. */
  shareable: boolean;
}

/**
 * A participant as the system reads it (cloud_extension_stub.js:856-886): role and state are the
 * raw int32 values, `INVALID_STATE` (−1) when the vendor left them undefined; a missing
 * privilege arrives as five `false`; a missing attachInfo as `''`.
 */
export interface SystemParticipant {
  /** The participant's identity. */
  identity: string;
  /** `sharing.Role` value, or −1. */
  role: number;
  /** `sharing.State` value, or −1. */
  state: number;
  /** The five privileges. */
  privilege: SystemPrivilege;
  /** The vendor's attached information, `''` when absent. */
  attachInfo: string;
}

/** A code and a description, as the stub writes them (description `''` when absent). */
export interface CodeAndDescription {
  /** The vendor's code (a `sharing.SharingCode`, or any int32). */
  code: number;
  /** The vendor's description, `''` when it gave none (cloud_extension_stub.js:836-841). */
  description: string;
}

/**
 * A ShareCenter reply with an optional list: code, description and, only when the vendor's
 * `value` was truthy, an int32 count and the items (cloud_extension_stub.js:818-854). The system
 * can tell whether the list was sent only by whether bytes follow the description.
 */
export interface CodeDescriptionAndList<T> extends CodeAndDescription {
  /** The items; absent when the reply ended after the description. */
  value?: T[];
}

/** The reply of confirmInvitation: code, description and the value string (cloud_extension_stub.js:745-757). */
export interface InvitationReply extends CodeAndDescription {
  /** The vendor's value (the sharing resource), `''` when it gave none. */
  value: string;
}

/**
 * The system's connection to a ShareCenter stub. No public caller is known to send these requests
 * (datamgr_service returns no share center); the formats are the stub's (cloud_extension_stub.js:676-895).
 */
export interface ShareCenterConnection {
  /** The ShareCenter stub. */
  readonly remote: object;
  /**
   * Share (code 0): i32 userId, str bundleName, str sharingResource, participants
   * (cloud_extension_stub.js:689-692); reply code, description, per-participant codes (834-854).
   */
  share(
    userId: number,
    bundleName: string,
    sharingResource: string,
    participants: readonly ParticipantInput[]
  ): Promise<SystemReply<CodeDescriptionAndList<CodeAndDescription>>>;
  /** Unshare (code 1): as share (cloud_extension_stub.js:697-702). */
  unshare(
    userId: number,
    bundleName: string,
    sharingResource: string,
    participants: readonly ParticipantInput[]
  ): Promise<SystemReply<CodeDescriptionAndList<CodeAndDescription>>>;
  /** Exit (code 2): i32, str, str (cloud_extension_stub.js:705-707); reply code and description (709-715). */
  exit(userId: number, bundleName: string, sharingResource: string): Promise<SystemReply<CodeAndDescription>>;
  /** ChangePrivilege (code 3): as share (cloud_extension_stub.js:718-723). */
  changePrivilege(
    userId: number,
    bundleName: string,
    sharingResource: string,
    participants: readonly ParticipantInput[]
  ): Promise<SystemReply<CodeDescriptionAndList<CodeAndDescription>>>;
  /**
   * QueryParticipants (code 4): i32, str, str (cloud_extension_stub.js:726-728); reply code,
   * description and the participants (818-832).
   */
  queryParticipants(
    userId: number,
    bundleName: string,
    sharingResource: string
  ): Promise<SystemReply<CodeDescriptionAndList<SystemParticipant>>>;
  /** QueryParticipantsByInvitation (code 5): i32, str, str invitationCode (cloud_extension_stub.js:733-737); reply as queryParticipants. */
  queryParticipantsByInvitation(
    userId: number,
    bundleName: string,
    invitationCode: string
  ): Promise<SystemReply<CodeDescriptionAndList<SystemParticipant>>>;
  /**
   * ConfirmInvitation (code 6): i32, str, str invitationCode, i32 state (cloud_extension_stub.js:740-743);
   * reply code, description, value (745-757).
   */
  confirmInvitation(userId: number, bundleName: string, invitationCode: string, state: number): Promise<SystemReply<InvitationReply>>;
  /**
   * ChangeConfirmation (code 7): i32, str, str, i32 state (cloud_extension_stub.js:760-763);
   * reply code and description (765-771).
   */
  changeConfirmation(userId: number, bundleName: string, sharingResource: string, state: number): Promise<SystemReply<CodeAndDescription>>;
}

/**
 * Writes participants as the stub reads them (cloud_extension_stub.js:779-816): i32 count; each
 * str identity, i32 role and i32 state (−1 for undefined), five bools (privileges left undefined
 * are sent as `false`), str attachInfo (`''` when undefined).
 */
export function writeParticipants(writer: RequestWriter, participants: readonly ParticipantInput[], field: string): void {
  writer.count(participants.length, `${field}.length`);
  for (let index = 0; index < participants.length; index++) {
    const participant = participants[index];
    const at = `${field}[${index}]`;
    if (participant === null || typeof participant !== 'object') {
      throw new TypeError(`${at} must be a participant, got ${describe(participant)}`);
    }
    writer.string(participant.identity, `${at}.identity`);
    writer.int32(participant.role ?? INVALID_STATE, `${at}.role`);
    writer.int32(participant.state ?? INVALID_STATE, `${at}.state`);
    const privilege = participant.privilege ?? {};
    writer.bool(privilege.writable ?? false, `${at}.privilege.writable`);
    writer.bool(privilege.readable ?? false, `${at}.privilege.readable`);
    writer.bool(privilege.creatable ?? false, `${at}.privilege.creatable`);
    writer.bool(privilege.deletable ?? false, `${at}.privilege.deletable`);
    writer.bool(privilege.shareable ?? false, `${at}.privilege.shareable`);
    writer.string(participant.attachInfo ?? '', `${at}.attachInfo`);
  }
}

/** Reads a participant (cloud_extension_stub.js:856-894). */
function readParticipant(reader: ReplyReader, field: string, list: SystemParticipant[]): void {
  const participant: Partial<SystemParticipant> = {};
  list.push(participant as SystemParticipant);
  participant.identity = reader.string(`${field}.identity`);
  participant.role = reader.int32(`${field}.role`);
  participant.state = reader.int32(`${field}.state`);
  const privilege: Partial<SystemPrivilege> = {};
  participant.privilege = privilege as SystemPrivilege;
  privilege.writable = reader.bool(`${field}.privilege.writable`);
  privilege.readable = reader.bool(`${field}.privilege.readable`);
  privilege.creatable = reader.bool(`${field}.privilege.creatable`);
  privilege.deletable = reader.bool(`${field}.privilege.deletable`);
  privilege.shareable = reader.bool(`${field}.privilege.shareable`);
  participant.attachInfo = reader.string(`${field}.attachInfo`);
}

/** Reads a code and a description. */
function readCodeAndDescription(reader: ReplyReader, field: string): CodeAndDescription {
  const result: CodeAndDescription = { code: 0, description: '' };
  reader.partial ??= result;
  result.code = reader.int32(`${field}code`);
  result.description = reader.string(`${field}description`);
  return result;
}

/**
 * Reads code, description and, when bytes follow, an int32 count and the items
 * (cloud_extension_stub.js:818-854: the list is written only when the vendor's value is truthy).
 */
function readWithList<T>(reader: ReplyReader, readItem: (field: string, list: T[]) => void): CodeDescriptionAndList<T> {
  const result: CodeDescriptionAndList<T> = readCodeAndDescription(reader, '');
  if (reader.remaining > 0) {
    const items: T[] = [];
    result.value = items;
    const count = reader.count('value.length');
    for (let index = 0; index < count; index++) {
      readItem(`value[${index}]`, items);
    }
  }
  return result;
}

/** The system's caller of a ShareCenter stub; see {@link ShareCenterConnection}. */
export class ShareCenterClient implements ShareCenterConnection {
  /** The ShareCenter stub. */
  readonly remote: object;
  private readonly options: TransportOptions;

  /** Calls `remote` with the given time limit. */
  constructor(remote: object, options: TransportOptions = {}) {
    this.remote = remote;
    this.options = options;
  }

  /** {@inheritDoc ShareCenterConnection.share} */
  share(
    userId: number,
    bundleName: string,
    sharingResource: string,
    participants: readonly ParticipantInput[]
  ): Promise<SystemReply<CodeDescriptionAndList<CodeAndDescription>>> {
    return this.withParticipants('share', ShareCenterCode.Share, userId, bundleName, sharingResource, participants);
  }

  /** {@inheritDoc ShareCenterConnection.unshare} */
  unshare(
    userId: number,
    bundleName: string,
    sharingResource: string,
    participants: readonly ParticipantInput[]
  ): Promise<SystemReply<CodeDescriptionAndList<CodeAndDescription>>> {
    return this.withParticipants('unshare', ShareCenterCode.Unshare, userId, bundleName, sharingResource, participants);
  }

  /** {@inheritDoc ShareCenterConnection.exit} */
  exit(userId: number, bundleName: string, sharingResource: string): Promise<SystemReply<CodeAndDescription>> {
    return call(
      this.remote,
      { interfaceName: 'ShareCenter', method: 'exit', code: ShareCenterCode.Exit },
      (writer) => this.writeHead(writer, userId, bundleName, sharingResource, 'sharingResource'),
      (reader) => readCodeAndDescription(reader, ''),
      this.options
    );
  }

  /** {@inheritDoc ShareCenterConnection.changePrivilege} */
  changePrivilege(
    userId: number,
    bundleName: string,
    sharingResource: string,
    participants: readonly ParticipantInput[]
  ): Promise<SystemReply<CodeDescriptionAndList<CodeAndDescription>>> {
    return this.withParticipants('changePrivilege', ShareCenterCode.ChangePrivilege, userId, bundleName, sharingResource, participants);
  }

  /** {@inheritDoc ShareCenterConnection.queryParticipants} */
  queryParticipants(
    userId: number,
    bundleName: string,
    sharingResource: string
  ): Promise<SystemReply<CodeDescriptionAndList<SystemParticipant>>> {
    return this.participantQuery(
      'queryParticipants',
      ShareCenterCode.QueryParticipants,
      userId,
      bundleName,
      sharingResource,
      'sharingResource'
    );
  }

  /** {@inheritDoc ShareCenterConnection.queryParticipantsByInvitation} */
  queryParticipantsByInvitation(
    userId: number,
    bundleName: string,
    invitationCode: string
  ): Promise<SystemReply<CodeDescriptionAndList<SystemParticipant>>> {
    return this.participantQuery(
      'queryParticipantsByInvitation',
      ShareCenterCode.QueryParticipantsByInvitation,
      userId,
      bundleName,
      invitationCode,
      'invitationCode'
    );
  }

  /** {@inheritDoc ShareCenterConnection.confirmInvitation} */
  confirmInvitation(userId: number, bundleName: string, invitationCode: string, state: number): Promise<SystemReply<InvitationReply>> {
    return call(
      this.remote,
      { interfaceName: 'ShareCenter', method: 'confirmInvitation', code: ShareCenterCode.ConfirmInvitation },
      (writer) => {
        this.writeHead(writer, userId, bundleName, invitationCode, 'invitationCode');
        writer.int32(state, 'state');
      },
      (reader) => {
        const head = readCodeAndDescription(reader, '');
        const result: InvitationReply = { code: head.code, description: head.description, value: '' };
        reader.partial = result;
        result.value = reader.string('value');
        return result;
      },
      this.options
    );
  }

  /** {@inheritDoc ShareCenterConnection.changeConfirmation} */
  changeConfirmation(userId: number, bundleName: string, sharingResource: string, state: number): Promise<SystemReply<CodeAndDescription>> {
    return call(
      this.remote,
      { interfaceName: 'ShareCenter', method: 'changeConfirmation', code: ShareCenterCode.ChangeConfirmation },
      (writer) => {
        this.writeHead(writer, userId, bundleName, sharingResource, 'sharingResource');
        writer.int32(state, 'state');
      },
      (reader) => readCodeAndDescription(reader, ''),
      this.options
    );
  }

  private writeHead(writer: RequestWriter, userId: number, bundleName: string, resource: string, resourceName: string): void {
    writer.int32(userId, 'userId');
    writer.string(bundleName, 'bundleName');
    writer.string(resource, resourceName);
  }

  private withParticipants(
    method: string,
    code: number,
    userId: number,
    bundleName: string,
    sharingResource: string,
    participants: readonly ParticipantInput[]
  ): Promise<SystemReply<CodeDescriptionAndList<CodeAndDescription>>> {
    return call(
      this.remote,
      { interfaceName: 'ShareCenter', method, code },
      (writer) => {
        this.writeHead(writer, userId, bundleName, sharingResource, 'sharingResource');
        writeParticipants(writer, participants, 'participants');
      },
      (reader) =>
        readWithList<CodeAndDescription>(reader, (field, list) => {
          const item: CodeAndDescription = { code: 0, description: '' };
          list.push(item);
          item.code = reader.int32(`${field}.code`);
          item.description = reader.string(`${field}.description`);
        }),
      this.options
    );
  }

  private participantQuery(
    method: string,
    code: number,
    userId: number,
    bundleName: string,
    resource: string,
    resourceName: string
  ): Promise<SystemReply<CodeDescriptionAndList<SystemParticipant>>> {
    return call(
      this.remote,
      { interfaceName: 'ShareCenter', method, code },
      (writer) => this.writeHead(writer, userId, bundleName, resource, resourceName),
      (reader) => readWithList<SystemParticipant>(reader, (field, list) => readParticipant(reader, field, list)),
      this.options
    );
  }
}
