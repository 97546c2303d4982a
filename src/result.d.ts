/**
 * The envelope in which the extension answers most calls the system makes: a status code,
 * an optional human-readable explanation and, on success, the payload.
 *
 * @remarks
 * For data sync calls ({@link CloudDB}, {@link CloudService}) `code` carries an
 * {@link ErrorCode}; for sharing calls ({@link ShareCenter}) it carries a
 * `cloudData.sharing.SharingCode`. The system reads `value` only when `code` reports success.
 *
 * On the device, a success code without `value` is not an empty answer: for
 * {@link CloudDB.generateId}, {@link CloudDB.query}, {@link CloudDB.lock},
 * {@link CloudDB.heartbeat}, {@link CloudService.getAppSchema} and {@link CloudService.subscribe}
 * the stub writes the code, then fails reading the missing payload, and the system receives a
 * reply cut short after the code. Always set `value` when `code` is `0`. Like every number the
 * stub writes as a status, `code` travels as a 32-bit signed integer.
 *
 * @typeParam T - Type of the payload the call returns on success.
 *
 * @since 11
 * @syscap SystemCapability.DistributedDataManager.CloudSync.Server
 * @systemapi
 */
export interface Result<T> {
  /**
   * Status of the call: `0` means success. Use an {@link ErrorCode} member for sync calls and a
   * `cloudData.sharing.SharingCode` member for sharing calls.
   *
   * @since 11
   * @syscap SystemCapability.DistributedDataManager.CloudSync.Server
   * @systemapi
   */
  code: number;

  /**
   * Optional free text explaining `code`, written to the system log; leave it out when there is
   * nothing to add.
   *
   * @since 11
   * @syscap SystemCapability.DistributedDataManager.CloudSync.Server
   * @systemapi
   */
  description?: string;

  /**
   * The payload of a successful call; may be left out when the call failed. Calls whose payload
   * the system reads on success need it whenever `code` is `0` (see the remarks of
   * {@link Result}).
   *
   * @since 11
   * @syscap SystemCapability.DistributedDataManager.CloudSync.Server
   * @systemapi
   */
  value?: T;
}
