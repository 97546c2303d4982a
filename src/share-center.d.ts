import type cloudData from '@ohos.data.cloudData';
import type { Result } from './result';

/**
 * The vendor's sharing server: the system calls it to share synced records with other accounts,
 * manage the participants and their privileges, and answer invitations.
 *
 * @remarks
 * The vendor implements this interface, wraps an instance with {@link createShareServiceStub} and
 * returns the stub from {@link CloudService.connectShareCenter}. Results carry
 * `cloudData.sharing.SharingCode` values in {@link Result.code}. A `sharingResource` is the
 * string that identifies one shared record; an `invitationCode` is what the sharing server sends
 * to invitees with an invitation.
 *
 * @example
 * ```ts
 * import cloudExtension from '@ohos.data.cloudExtension';
 * import cloudData from '@ohos.data.cloudData';
 *
 * type Participant = cloudData.sharing.Participant;
 * type Outcome = cloudExtension.Result<Array<cloudExtension.Result<Participant>>>;
 * const OK = cloudData.sharing.SharingCode.SUCCESS;
 *
 * class MyShareCenter implements cloudExtension.ShareCenter {
 *   private readonly members = new Map<string, Array<Participant>>();
 *
 *   async share(userId: number, bundleName: string, sharingResource: string, participants: Array<Participant>): Promise<Outcome> {
 *     this.members.set(sharingResource, [...(this.members.get(sharingResource) ?? []), ...participants]);
 *     return { code: OK, value: participants.map(succeeded) };
 *   }
 *   async unshare(userId: number, bundleName: string, sharingResource: string, participants: Array<Participant>): Promise<Outcome> {
 *     return { code: OK, value: participants.map(succeeded) };
 *   }
 *   async exit(userId: number, bundleName: string, sharingResource: string): Promise<cloudExtension.Result<void>> {
 *     return { code: OK };
 *   }
 *   async changePrivilege(userId: number, bundleName: string, sharingResource: string, participants: Array<Participant>): Promise<Outcome> {
 *     return { code: OK, value: participants.map(succeeded) };
 *   }
 *   async queryParticipants(userId: number, bundleName: string, sharingResource: string): Promise<cloudExtension.Result<Array<Participant>>> {
 *     return { code: OK, value: this.members.get(sharingResource) ?? [] };
 *   }
 *   async queryParticipantsByInvitation(userId: number, bundleName: string, invitationCode: string): Promise<cloudExtension.Result<Array<Participant>>> {
 *     return { code: OK, value: [] };
 *   }
 *   async confirmInvitation(userId: number, bundleName: string, invitationCode: string, state: cloudData.sharing.State): Promise<cloudExtension.Result<string>> {
 *     return { code: OK, value: `resource-for-${invitationCode}` };
 *   }
 *   async changeConfirmation(userId: number, bundleName: string, sharingResource: string, state: cloudData.sharing.State): Promise<cloudExtension.Result<void>> {
 *     return { code: OK };
 *   }
 * }
 *
 * function succeeded(participant: Participant): cloudExtension.Result<Participant> {
 *   return { code: OK, value: participant };
 * }
 * ```
 *
 * @since 11
 * @syscap SystemCapability.DistributedDataManager.CloudSync.Server
 * @systemapi
 */
export interface ShareCenter {
  /**
   * Shares a record with the given participants, sending each an invitation.
   *
   * @param userId - The local OS user on whose behalf the call is made.
   * @param bundleName - The application that owns the record.
   * @param sharingResource - Identifier of the record to share.
   * @param participants - The people to invite, with the privileges to grant.
   * @returns The overall outcome, with one result per participant in {@link Result.value}.
   *
   * @since 11
   * @syscap SystemCapability.DistributedDataManager.CloudSync.Server
   * @systemapi
   */
  share(
    userId: number,
    bundleName: string,
    sharingResource: string,
    participants: Array<cloudData.sharing.Participant>
  ): Promise<Result<Array<Result<cloudData.sharing.Participant>>>>;

  /**
   * Withdraws a shared record from the given participants.
   *
   * @param userId - The local OS user on whose behalf the call is made.
   * @param bundleName - The application that owns the record.
   * @param sharingResource - Identifier of the shared record.
   * @param participants - The participants to remove.
   * @returns The overall outcome, with one result per participant in {@link Result.value}.
   *
   * @since 11
   * @syscap SystemCapability.DistributedDataManager.CloudSync.Server
   * @systemapi
   */
  unshare(
    userId: number,
    bundleName: string,
    sharingResource: string,
    participants: Array<cloudData.sharing.Participant>
  ): Promise<Result<Array<Result<cloudData.sharing.Participant>>>>;

  /**
   * Leaves a share the current user was invited to.
   *
   * @param userId - The local OS user who leaves.
   * @param bundleName - The application that owns the record.
   * @param sharingResource - Identifier of the shared record.
   * @returns The outcome; there is no value.
   *
   * @since 11
   * @syscap SystemCapability.DistributedDataManager.CloudSync.Server
   * @systemapi
   */
  exit(userId: number, bundleName: string, sharingResource: string): Promise<Result<void>>;

  /**
   * Changes what the given participants may do with a shared record.
   *
   * @param userId - The local OS user on whose behalf the call is made.
   * @param bundleName - The application that owns the record.
   * @param sharingResource - Identifier of the shared record.
   * @param participants - The participants, each with the privileges they should now have.
   * @returns The overall outcome, with one result per participant in {@link Result.value}.
   *
   * @since 11
   * @syscap SystemCapability.DistributedDataManager.CloudSync.Server
   * @systemapi
   */
  changePrivilege(
    userId: number,
    bundleName: string,
    sharingResource: string,
    participants: Array<cloudData.sharing.Participant>
  ): Promise<Result<Array<Result<cloudData.sharing.Participant>>>>;

  /**
   * Lists everyone taking part in a share.
   *
   * @param userId - The local OS user on whose behalf the call is made.
   * @param bundleName - The application that owns the record.
   * @param sharingResource - Identifier of the shared record.
   * @returns The participants, in {@link Result.value}.
   *
   * @since 11
   * @syscap SystemCapability.DistributedDataManager.CloudSync.Server
   * @systemapi
   */
  queryParticipants(
    userId: number,
    bundleName: string,
    sharingResource: string
  ): Promise<Result<Array<cloudData.sharing.Participant>>>;

  /**
   * Lists everyone taking part in the share that an invitation code belongs to.
   *
   * @param userId - The local OS user on whose behalf the call is made.
   * @param bundleName - The application that owns the record.
   * @param invitationCode - The code received with the invitation.
   * @returns The participants, in {@link Result.value}.
   *
   * @since 11
   * @syscap SystemCapability.DistributedDataManager.CloudSync.Server
   * @systemapi
   */
  queryParticipantsByInvitation(
    userId: number,
    bundleName: string,
    invitationCode: string
  ): Promise<Result<Array<cloudData.sharing.Participant>>>;

  /**
   * Answers an invitation: accepts or rejects it.
   *
   * @param userId - The local OS user who answers.
   * @param bundleName - The application that owns the record.
   * @param invitationCode - The code received with the invitation.
   * @param state - The answer.
   * @returns The identifier of the shared record (its `sharingResource`), in {@link Result.value}.
   *
   * @since 11
   * @syscap SystemCapability.DistributedDataManager.CloudSync.Server
   * @systemapi
   */
  confirmInvitation(
    userId: number,
    bundleName: string,
    invitationCode: string,
    state: cloudData.sharing.State
  ): Promise<Result<string>>;

  /**
   * Changes an earlier answer to an invitation, for example to leave a share that was accepted.
   *
   * @param userId - The local OS user who answers.
   * @param bundleName - The application that owns the record.
   * @param sharingResource - Identifier of the shared record.
   * @param state - The new answer.
   * @returns The outcome; there is no value.
   *
   * @since 11
   * @syscap SystemCapability.DistributedDataManager.CloudSync.Server
   * @systemapi
   */
  changeConfirmation(
    userId: number,
    bundleName: string,
    sharingResource: string,
    state: cloudData.sharing.State
  ): Promise<Result<void>>;
}
