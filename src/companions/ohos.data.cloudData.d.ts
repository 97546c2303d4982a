/**
 * The part of `@ohos.data.cloudData` that `cloudExtension.ShareCenter` mentions: the `sharing`
 * namespace's roles, states, result codes and participant records. A faithful subset of the SDK
 * module: the sync-configuration API and the sharing functions that applications call are left
 * out.
 *
 * @since 10
 * @syscap SystemCapability.DistributedDataManager.CloudSync.Config
 * @systemapi
 *
 * @module \@ohos.data.cloudData
 * @packageDocumentation
 */

/**
 * Device-cloud sharing: sharing synced records with other accounts.
 *
 * @since 11
 * @syscap SystemCapability.DistributedDataManager.CloudSync.Client
 * @systemapi
 */
export namespace sharing {
  /**
   * A participant's part in a share.
   *
   * @since 11
   * @syscap SystemCapability.DistributedDataManager.CloudSync.Client
   * @systemapi
   */
  enum Role {
    /**
     * The owner, who sent the invitations.
     *
     * @since 11
     * @syscap SystemCapability.DistributedDataManager.CloudSync.Client
     * @systemapi
     */
    ROLE_INVITER = 0,

    /**
     * Someone who was invited.
     *
     * @since 11
     * @syscap SystemCapability.DistributedDataManager.CloudSync.Client
     * @systemapi
     */
    ROLE_INVITEE = 1
  }

  /**
   * Where an invitee stands with an invitation.
   *
   * @since 11
   * @syscap SystemCapability.DistributedDataManager.CloudSync.Client
   * @systemapi
   */
  enum State {
    /**
     * Not answered yet.
     *
     * @since 11
     * @syscap SystemCapability.DistributedDataManager.CloudSync.Client
     * @systemapi
     */
    STATE_UNKNOWN = 0,

    /**
     * Accepted.
     *
     * @since 11
     * @syscap SystemCapability.DistributedDataManager.CloudSync.Client
     * @systemapi
     */
    STATE_ACCEPTED = 1,

    /**
     * Declined.
     *
     * @since 11
     * @syscap SystemCapability.DistributedDataManager.CloudSync.Client
     * @systemapi
     */
    STATE_REJECTED = 2,

    /**
     * Put on hold by the invitee.
     *
     * @since 11
     * @syscap SystemCapability.DistributedDataManager.CloudSync.Client
     * @systemapi
     */
    STATE_SUSPENDED = 3,

    /**
     * The share no longer exists, so the invitation cannot be answered.
     *
     * @since 12
     * @syscap SystemCapability.DistributedDataManager.CloudSync.Client
     * @systemapi
     */
    STATE_UNAVAILABLE = 4
  }

  /**
   * Result codes of sharing calls, carried in the `code` of a sharing result.
   *
   * @since 11
   * @syscap SystemCapability.DistributedDataManager.CloudSync.Client
   * @systemapi
   */
  enum SharingCode {
    /**
     * The call succeeded.
     *
     * @since 11
     * @syscap SystemCapability.DistributedDataManager.CloudSync.Client
     * @systemapi
     */
    SUCCESS = 0,

    /**
     * The same request was already made.
     *
     * @since 11
     * @syscap SystemCapability.DistributedDataManager.CloudSync.Client
     * @systemapi
     */
    REPEATED_REQUEST = 1,

    /**
     * Only the inviter may do this.
     *
     * @since 11
     * @syscap SystemCapability.DistributedDataManager.CloudSync.Client
     * @systemapi
     */
    NOT_INVITER = 2,

    /**
     * Only someone taking part in the share may do this.
     *
     * @since 11
     * @syscap SystemCapability.DistributedDataManager.CloudSync.Client
     * @systemapi
     */
    NOT_INVITER_OR_INVITEE = 3,

    /**
     * The account's sharing quota is used up.
     *
     * @since 11
     * @syscap SystemCapability.DistributedDataManager.CloudSync.Client
     * @systemapi
     */
    OVER_QUOTA = 4,

    /**
     * The share would have more participants than allowed.
     *
     * @since 11
     * @syscap SystemCapability.DistributedDataManager.CloudSync.Client
     * @systemapi
     */
    TOO_MANY_PARTICIPANTS = 5,

    /**
     * An argument was not valid.
     *
     * @since 11
     * @syscap SystemCapability.DistributedDataManager.CloudSync.Client
     * @systemapi
     */
    INVALID_ARGS = 6,

    /**
     * The sharing server could not be reached.
     *
     * @since 11
     * @syscap SystemCapability.DistributedDataManager.CloudSync.Client
     * @systemapi
     */
    NETWORK_ERROR = 7,

    /**
     * The cloud is switched off.
     *
     * @since 11
     * @syscap SystemCapability.DistributedDataManager.CloudSync.Client
     * @systemapi
     */
    CLOUD_DISABLED = 8,

    /**
     * The sharing server failed.
     *
     * @since 11
     * @syscap SystemCapability.DistributedDataManager.CloudSync.Client
     * @systemapi
     */
    SERVER_ERROR = 9,

    /**
     * The device's sharing service failed.
     *
     * @since 11
     * @syscap SystemCapability.DistributedDataManager.CloudSync.Client
     * @systemapi
     */
    INNER_ERROR = 10,

    /**
     * The invitation code is unknown, expired or already used.
     *
     * @since 11
     * @syscap SystemCapability.DistributedDataManager.CloudSync.Client
     * @systemapi
     */
    INVALID_INVITATION = 11,

    /**
     * Too many requests in too short a time.
     *
     * @since 11
     * @syscap SystemCapability.DistributedDataManager.CloudSync.Client
     * @systemapi
     */
    RATE_LIMIT = 12,

    /**
     * The vendor's own codes start here: codes from 1000 up are defined by the sharing server.
     *
     * @since 11
     * @syscap SystemCapability.DistributedDataManager.CloudSync.Client
     * @systemapi
     */
    CUSTOM_ERROR = 1000
  }

  /**
   * The envelope of a sharing call's answer: a {@link sharing.SharingCode}, an optional
   * explanation and the payload.
   *
   * @typeParam T - Type of the payload.
   * @since 11
   * @syscap SystemCapability.DistributedDataManager.CloudSync.Client
   * @systemapi
   */
  interface Result<T> {
    /**
     * A {@link sharing.SharingCode} value.
     *
     * @since 11
     * @syscap SystemCapability.DistributedDataManager.CloudSync.Client
     * @systemapi
     */
    code: number;

    /**
     * Optional text explaining `code`.
     *
     * @since 11
     * @syscap SystemCapability.DistributedDataManager.CloudSync.Client
     * @systemapi
     */
    description?: string;

    /**
     * The payload, when there is one.
     *
     * @since 11
     * @syscap SystemCapability.DistributedDataManager.CloudSync.Client
     * @systemapi
     */
    value?: T;
  }

  /**
   * What a participant may do with a shared record; a flag left out means not allowed.
   *
   * @since 11
   * @syscap SystemCapability.DistributedDataManager.CloudSync.Client
   * @systemapi
   */
  interface Privilege {
    /**
     * May change the record.
     *
     * @since 11
     * @syscap SystemCapability.DistributedDataManager.CloudSync.Client
     * @systemapi
     */
    writable?: boolean;

    /**
     * May read the record.
     *
     * @since 11
     * @syscap SystemCapability.DistributedDataManager.CloudSync.Client
     * @systemapi
     */
    readable?: boolean;

    /**
     * May add data to the record.
     *
     * @since 11
     * @syscap SystemCapability.DistributedDataManager.CloudSync.Client
     * @systemapi
     */
    creatable?: boolean;

    /**
     * May delete the record.
     *
     * @since 11
     * @syscap SystemCapability.DistributedDataManager.CloudSync.Client
     * @systemapi
     */
    deletable?: boolean;

    /**
     * May share the record further.
     *
     * @since 11
     * @syscap SystemCapability.DistributedDataManager.CloudSync.Client
     * @systemapi
     */
    shareable?: boolean;
  }

  /**
   * One person taking part in a share.
   *
   * @since 11
   * @syscap SystemCapability.DistributedDataManager.CloudSync.Client
   * @systemapi
   */
  interface Participant {
    /**
     * The person's account identifier on the sharing server.
     *
     * @since 11
     * @syscap SystemCapability.DistributedDataManager.CloudSync.Client
     * @systemapi
     */
    identity: string;

    /**
     * Inviter or invitee.
     *
     * @since 11
     * @syscap SystemCapability.DistributedDataManager.CloudSync.Client
     * @systemapi
     */
    role?: Role;

    /**
     * Where the person stands with the invitation.
     *
     * @since 11
     * @syscap SystemCapability.DistributedDataManager.CloudSync.Client
     * @systemapi
     */
    state?: State;

    /**
     * What the person may do with the record.
     *
     * @since 11
     * @syscap SystemCapability.DistributedDataManager.CloudSync.Client
     * @systemapi
     */
    privilege?: Privilege;

    /**
     * Extra data the application attaches to the invitation, such as a message to the invitee.
     *
     * @since 11
     * @syscap SystemCapability.DistributedDataManager.CloudSync.Client
     * @systemapi
     */
    attachInfo?: string;
  }
}
