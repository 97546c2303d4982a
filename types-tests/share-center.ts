/// <reference types="ohos-cloud-extension-types" />
import cloudExtension from '@ohos.data.cloudExtension';
import cloudData from '@ohos.data.cloudData';
import { expectAssignable, expectType } from 'tsd';

type ShareCenter = cloudExtension.ShareCenter;
type Result<T> = cloudExtension.Result<T>;
type Participant = cloudData.sharing.Participant;
type State = cloudData.sharing.State;

type ShareCenterMethod =
  | 'share'
  | 'unshare'
  | 'exit'
  | 'changePrivilege'
  | 'queryParticipants'
  | 'queryParticipantsByInvitation'
  | 'confirmInvitation'
  | 'changeConfirmation';

// The methods, exactly.
expectType<ShareCenterMethod>(null! as keyof ShareCenter);
expectAssignable<keyof ShareCenter>(null! as ShareCenterMethod);

// Each method's parameter list and return type (both directions, so a narrower or wider type fails).
type WithParticipants = [userId: number, bundleName: string, sharingResource: string, participants: Array<Participant>];
type PerParticipant = Promise<Result<Array<Result<Participant>>>>;

expectType<WithParticipants>(null! as Parameters<ShareCenter['share']>);
expectAssignable<Parameters<ShareCenter['share']>>(null! as WithParticipants);
expectType<PerParticipant>(null! as ReturnType<ShareCenter['share']>);
expectAssignable<ReturnType<ShareCenter['share']>>(null! as PerParticipant);

expectType<WithParticipants>(null! as Parameters<ShareCenter['unshare']>);
expectAssignable<Parameters<ShareCenter['unshare']>>(null! as WithParticipants);
expectType<PerParticipant>(null! as ReturnType<ShareCenter['unshare']>);
expectAssignable<ReturnType<ShareCenter['unshare']>>(null! as PerParticipant);

expectType<[userId: number, bundleName: string, sharingResource: string]>(null! as Parameters<ShareCenter['exit']>);
expectAssignable<Parameters<ShareCenter['exit']>>(null! as [userId: number, bundleName: string, sharingResource: string]);
expectType<Promise<Result<void>>>(null! as ReturnType<ShareCenter['exit']>);
expectAssignable<ReturnType<ShareCenter['exit']>>(null! as Promise<Result<void>>);

expectType<WithParticipants>(null! as Parameters<ShareCenter['changePrivilege']>);
expectAssignable<Parameters<ShareCenter['changePrivilege']>>(null! as WithParticipants);
expectType<PerParticipant>(null! as ReturnType<ShareCenter['changePrivilege']>);
expectAssignable<ReturnType<ShareCenter['changePrivilege']>>(null! as PerParticipant);

expectType<[userId: number, bundleName: string, sharingResource: string]>(null! as Parameters<ShareCenter['queryParticipants']>);
expectAssignable<Parameters<ShareCenter['queryParticipants']>>(null! as [userId: number, bundleName: string, sharingResource: string]);
expectType<Promise<Result<Array<Participant>>>>(null! as ReturnType<ShareCenter['queryParticipants']>);
expectAssignable<ReturnType<ShareCenter['queryParticipants']>>(null! as Promise<Result<Array<Participant>>>);

expectType<[userId: number, bundleName: string, invitationCode: string]>(null! as Parameters<ShareCenter['queryParticipantsByInvitation']>);
expectAssignable<Parameters<ShareCenter['queryParticipantsByInvitation']>>(
  null! as [userId: number, bundleName: string, invitationCode: string]
);
expectType<Promise<Result<Array<Participant>>>>(null! as ReturnType<ShareCenter['queryParticipantsByInvitation']>);
expectAssignable<ReturnType<ShareCenter['queryParticipantsByInvitation']>>(null! as Promise<Result<Array<Participant>>>);

expectType<[userId: number, bundleName: string, invitationCode: string, state: State]>(
  null! as Parameters<ShareCenter['confirmInvitation']>
);
expectAssignable<Parameters<ShareCenter['confirmInvitation']>>(
  null! as [userId: number, bundleName: string, invitationCode: string, state: State]
);
expectType<Promise<Result<string>>>(null! as ReturnType<ShareCenter['confirmInvitation']>);
expectAssignable<ReturnType<ShareCenter['confirmInvitation']>>(null! as Promise<Result<string>>);

expectType<[userId: number, bundleName: string, sharingResource: string, state: State]>(
  null! as Parameters<ShareCenter['changeConfirmation']>
);
expectAssignable<Parameters<ShareCenter['changeConfirmation']>>(
  null! as [userId: number, bundleName: string, sharingResource: string, state: State]
);
expectType<Promise<Result<void>>>(null! as ReturnType<ShareCenter['changeConfirmation']>);
expectAssignable<ReturnType<ShareCenter['changeConfirmation']>>(null! as Promise<Result<void>>);

// A complete vendor implementation compiles; its codes are the sharing codes.
const OK = cloudData.sharing.SharingCode.SUCCESS;

export class MemoryShareCenter implements ShareCenter {
  private readonly members = new Map<string, Array<Participant>>();

  async share(
    userId: number,
    bundleName: string,
    sharingResource: string,
    participants: Array<Participant>
  ): Promise<Result<Array<Result<Participant>>>> {
    const current = this.members.get(sharingResource) ?? [];
    this.members.set(sharingResource, current.concat(participants));
    return { code: OK, value: participants.map((p) => ({ code: OK, value: { ...p, state: cloudData.sharing.State.STATE_UNKNOWN } })) };
  }

  async unshare(
    userId: number,
    bundleName: string,
    sharingResource: string,
    participants: Array<Participant>
  ): Promise<Result<Array<Result<Participant>>>> {
    const leaving = new Set(participants.map((p) => p.identity));
    this.members.set(
      sharingResource,
      (this.members.get(sharingResource) ?? []).filter((p) => !leaving.has(p.identity))
    );
    return { code: OK, value: participants.map((p) => ({ code: OK, value: p })) };
  }

  async exit(userId: number, bundleName: string, sharingResource: string): Promise<Result<void>> {
    return this.members.has(sharingResource) ? { code: OK } : { code: cloudData.sharing.SharingCode.NOT_INVITER_OR_INVITEE };
  }

  async changePrivilege(
    userId: number,
    bundleName: string,
    sharingResource: string,
    participants: Array<Participant>
  ): Promise<Result<Array<Result<Participant>>>> {
    return { code: cloudData.sharing.SharingCode.NOT_INVITER, description: `user ${userId} does not own ${sharingResource}`, value: [] };
  }

  async queryParticipants(userId: number, bundleName: string, sharingResource: string): Promise<Result<Array<Participant>>> {
    return { code: OK, value: this.members.get(sharingResource) ?? [] };
  }

  async queryParticipantsByInvitation(userId: number, bundleName: string, invitationCode: string): Promise<Result<Array<Participant>>> {
    return { code: cloudData.sharing.SharingCode.INVALID_INVITATION };
  }

  async confirmInvitation(userId: number, bundleName: string, invitationCode: string, state: State): Promise<Result<string>> {
    return { code: OK, value: `resource-of-${invitationCode}` };
  }

  async changeConfirmation(userId: number, bundleName: string, sharingResource: string, state: State): Promise<Result<void>> {
    return { code: state === cloudData.sharing.State.STATE_UNAVAILABLE ? cloudData.sharing.SharingCode.INVALID_ARGS : OK };
  }
}
expectAssignable<ShareCenter>(new MemoryShareCenter());

// How the system calls it: every argument is required, and answers are sharing states.
declare const center: ShareCenter;
declare const invitee: Participant;
expectType<Promise<Result<string>>>(center.confirmInvitation(100, 'com.example.notes', 'invite-1', cloudData.sharing.State.STATE_ACCEPTED));
// @ts-expect-error the answer is a State, not a Role
center.confirmInvitation(100, 'com.example.notes', 'invite-1', cloudData.sharing.Role.ROLE_INVITEE);
// @ts-expect-error the answer is required
center.changeConfirmation(100, 'com.example.notes', 'resource-1');
// @ts-expect-error the numeric user id comes first
center.share('com.example.notes', 100, 'resource-1', [invitee]);
// @ts-expect-error the participants come as a list
center.unshare(100, 'com.example.notes', 'resource-1', invitee);

// Vendor mistakes the compiler must catch.
// @ts-expect-error `changeConfirmation` is missing
export declare class NoChangeConfirmation implements ShareCenter {
  share: ShareCenter['share'];
  unshare: ShareCenter['unshare'];
  exit: ShareCenter['exit'];
  changePrivilege: ShareCenter['changePrivilege'];
  queryParticipants: ShareCenter['queryParticipants'];
  queryParticipantsByInvitation: ShareCenter['queryParticipantsByInvitation'];
  confirmInvitation: ShareCenter['confirmInvitation'];
}
// @ts-expect-error `changeConfirmation` is missing
expectAssignable<ShareCenter>(null! as NoChangeConfirmation);

export declare class WrongParameterType implements ShareCenter {
  // @ts-expect-error the participants are Participant objects, not identities
  share(
    userId: number,
    bundleName: string,
    sharingResource: string,
    participants: Array<string>
  ): Promise<Result<Array<Result<Participant>>>>;
  unshare: ShareCenter['unshare'];
  exit: ShareCenter['exit'];
  changePrivilege: ShareCenter['changePrivilege'];
  queryParticipants: ShareCenter['queryParticipants'];
  queryParticipantsByInvitation: ShareCenter['queryParticipantsByInvitation'];
  // @ts-expect-error the answer is a State
  confirmInvitation(userId: number, bundleName: string, invitationCode: string, state: boolean): Promise<Result<string>>;
  changeConfirmation: ShareCenter['changeConfirmation'];
}

export declare class WrongReturnType implements ShareCenter {
  share: ShareCenter['share'];
  // @ts-expect-error one result per participant, inside the overall result
  unshare(
    userId: number,
    bundleName: string,
    sharingResource: string,
    participants: Array<Participant>
  ): Promise<Result<Array<Participant>>>;
  exit: ShareCenter['exit'];
  changePrivilege: ShareCenter['changePrivilege'];
  // @ts-expect-error the participants come as a list
  queryParticipants(userId: number, bundleName: string, sharingResource: string): Promise<Result<Participant>>;
  queryParticipantsByInvitation: ShareCenter['queryParticipantsByInvitation'];
  // @ts-expect-error the value is the shared resource's id
  confirmInvitation(userId: number, bundleName: string, invitationCode: string, state: State): Promise<Result<boolean>>;
  changeConfirmation: ShareCenter['changeConfirmation'];
}

export declare class UnwrappedPromise implements ShareCenter {
  share: ShareCenter['share'];
  unshare: ShareCenter['unshare'];
  // @ts-expect-error the result must come in a Promise
  exit(userId: number, bundleName: string, sharingResource: string): Result<void>;
  changePrivilege: ShareCenter['changePrivilege'];
  queryParticipants: ShareCenter['queryParticipants'];
  queryParticipantsByInvitation: ShareCenter['queryParticipantsByInvitation'];
  confirmInvitation: ShareCenter['confirmInvitation'];
  changeConfirmation: ShareCenter['changeConfirmation'];
}
