/// <reference types="ohos-cloud-extension-types" />
import cloudData from '@ohos.data.cloudData';
import { expectAssignable, expectNotAssignable, expectType } from 'tsd';

type Role = cloudData.sharing.Role;
type State = cloudData.sharing.State;
type SharingCode = cloudData.sharing.SharingCode;
type Participant = cloudData.sharing.Participant;
type Privilege = cloudData.sharing.Privilege;

// The subset: the `sharing` namespace, whose run-time values are three enums.
expectType<'sharing'>(null! as keyof typeof cloudData);
expectType<'Role' | 'State' | 'SharingCode'>(null! as keyof typeof cloudData.sharing);
expectAssignable<keyof typeof cloudData.sharing>(null! as 'Role' | 'State' | 'SharingCode');

// Role
expectType<'ROLE_INVITER' | 'ROLE_INVITEE'>(null! as keyof typeof cloudData.sharing.Role);
expectAssignable<keyof typeof cloudData.sharing.Role>(null! as 'ROLE_INVITER' | 'ROLE_INVITEE');
expectAssignable<0>(cloudData.sharing.Role.ROLE_INVITER);
expectAssignable<1>(cloudData.sharing.Role.ROLE_INVITEE);
// @ts-expect-error ROLE_INVITEE is 1
expectAssignable<0>(cloudData.sharing.Role.ROLE_INVITEE);

// State
type StateName = 'STATE_UNKNOWN' | 'STATE_ACCEPTED' | 'STATE_REJECTED' | 'STATE_SUSPENDED' | 'STATE_UNAVAILABLE';
expectType<StateName>(null! as keyof typeof cloudData.sharing.State);
expectAssignable<keyof typeof cloudData.sharing.State>(null! as StateName);
expectAssignable<0>(cloudData.sharing.State.STATE_UNKNOWN);
expectAssignable<1>(cloudData.sharing.State.STATE_ACCEPTED);
expectAssignable<2>(cloudData.sharing.State.STATE_REJECTED);
expectAssignable<3>(cloudData.sharing.State.STATE_SUSPENDED);
expectAssignable<4>(cloudData.sharing.State.STATE_UNAVAILABLE);
// @ts-expect-error STATE_REJECTED is 2
expectAssignable<1>(cloudData.sharing.State.STATE_REJECTED);

// SharingCode
type SharingCodeName =
  | 'SUCCESS'
  | 'REPEATED_REQUEST'
  | 'NOT_INVITER'
  | 'NOT_INVITER_OR_INVITEE'
  | 'OVER_QUOTA'
  | 'TOO_MANY_PARTICIPANTS'
  | 'INVALID_ARGS'
  | 'NETWORK_ERROR'
  | 'CLOUD_DISABLED'
  | 'SERVER_ERROR'
  | 'INNER_ERROR'
  | 'INVALID_INVITATION'
  | 'RATE_LIMIT'
  | 'CUSTOM_ERROR';
expectType<SharingCodeName>(null! as keyof typeof cloudData.sharing.SharingCode);
expectAssignable<keyof typeof cloudData.sharing.SharingCode>(null! as SharingCodeName);
expectAssignable<0>(cloudData.sharing.SharingCode.SUCCESS);
expectAssignable<1>(cloudData.sharing.SharingCode.REPEATED_REQUEST);
expectAssignable<2>(cloudData.sharing.SharingCode.NOT_INVITER);
expectAssignable<3>(cloudData.sharing.SharingCode.NOT_INVITER_OR_INVITEE);
expectAssignable<4>(cloudData.sharing.SharingCode.OVER_QUOTA);
expectAssignable<5>(cloudData.sharing.SharingCode.TOO_MANY_PARTICIPANTS);
expectAssignable<6>(cloudData.sharing.SharingCode.INVALID_ARGS);
expectAssignable<7>(cloudData.sharing.SharingCode.NETWORK_ERROR);
expectAssignable<8>(cloudData.sharing.SharingCode.CLOUD_DISABLED);
expectAssignable<9>(cloudData.sharing.SharingCode.SERVER_ERROR);
expectAssignable<10>(cloudData.sharing.SharingCode.INNER_ERROR);
expectAssignable<11>(cloudData.sharing.SharingCode.INVALID_INVITATION);
expectAssignable<12>(cloudData.sharing.SharingCode.RATE_LIMIT);
expectAssignable<1000>(cloudData.sharing.SharingCode.CUSTOM_ERROR);
// @ts-expect-error CUSTOM_ERROR is 1000, not the next number
expectAssignable<13>(cloudData.sharing.SharingCode.CUSTOM_ERROR);

// The three enums are distinct.
// @ts-expect-error a Role is not a State
expectAssignable<State>(cloudData.sharing.Role.ROLE_INVITER);
// @ts-expect-error a State is not a Role
expectAssignable<Role>(cloudData.sharing.State.STATE_UNKNOWN);
// @ts-expect-error a SharingCode is not a State
expectAssignable<State>(cloudData.sharing.SharingCode.SUCCESS);
expectNotAssignable<SharingCode>(cloudData.sharing.State.STATE_ACCEPTED);

// Result<T>: the sharing flavour of a result.
interface SharingResultShape<T> {
  code: number;
  description?: string;
  value?: T;
}
expectType<SharingResultShape<Array<Participant>>>(null! as cloudData.sharing.Result<Array<Participant>>);
expectAssignable<cloudData.sharing.Result<Array<Participant>>>(null! as SharingResultShape<Array<Participant>>);
declare const result: cloudData.sharing.Result<string>;
expectType<number>(result.code);
expectType<string | undefined>(result.description);
expectType<string | undefined>(result.value);
expectAssignable<cloudData.sharing.Result<string>>({ code: cloudData.sharing.SharingCode.SUCCESS });
// @ts-expect-error `code` is required
expectAssignable<cloudData.sharing.Result<string>>({ value: 'resource-1' });

// Privilege: five optional switches.
interface PrivilegeShape {
  writable?: boolean;
  readable?: boolean;
  creatable?: boolean;
  deletable?: boolean;
  shareable?: boolean;
}
expectType<PrivilegeShape>(null! as Privilege);
expectAssignable<Privilege>(null! as PrivilegeShape);
expectType<keyof PrivilegeShape>(null! as keyof Privilege);
expectAssignable<keyof Privilege>(null! as keyof PrivilegeShape);
declare const privilege: Privilege;
expectType<boolean | undefined>(privilege.writable);
expectType<boolean | undefined>(privilege.readable);
expectType<boolean | undefined>(privilege.creatable);
expectType<boolean | undefined>(privilege.deletable);
expectType<boolean | undefined>(privilege.shareable);
expectAssignable<Privilege>({});
expectAssignable<Privilege>({ writable: true, readable: true, creatable: false, deletable: false, shareable: false });
// @ts-expect-error the switches are booleans
expectAssignable<Privilege>({ writable: 'yes' });

// Participant: only `identity` is required.
interface ParticipantShape {
  identity: string;
  role?: Role;
  state?: State;
  privilege?: Privilege;
  attachInfo?: string;
}
expectType<ParticipantShape>(null! as Participant);
expectAssignable<Participant>(null! as ParticipantShape);
expectType<keyof ParticipantShape>(null! as keyof Participant);
expectAssignable<keyof Participant>(null! as keyof ParticipantShape);
declare const participant: Participant;
expectType<string>(participant.identity);
expectType<Role | undefined>(participant.role);
expectType<State | undefined>(participant.state);
expectType<Privilege | undefined>(participant.privilege);
expectAssignable<typeof participant.privilege>(null! as Privilege | undefined);
expectType<string | undefined>(participant.attachInfo);
expectAssignable<Participant>({ identity: 'user@example.com' });
expectAssignable<Participant>({
  identity: 'user@example.com',
  role: cloudData.sharing.Role.ROLE_INVITEE,
  state: cloudData.sharing.State.STATE_ACCEPTED,
  privilege: { readable: true },
  attachInfo: 'invited from the notes app'
});
// @ts-expect-error `identity` is required
expectAssignable<Participant>({ role: cloudData.sharing.Role.ROLE_INVITEE });
// @ts-expect-error `role` is a Role, not a State
expectAssignable<Participant>({ identity: 'user@example.com', role: cloudData.sharing.State.STATE_ACCEPTED });
// @ts-expect-error `state` is a State, not a Role
expectAssignable<Participant>({ identity: 'user@example.com', state: cloudData.sharing.Role.ROLE_INVITER });
