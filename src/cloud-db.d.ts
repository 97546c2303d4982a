import type { CloudData } from './cloud-data';
import type { CloudType } from './cloud-type';
import type { LockInfo } from './lock-info';
import type { Result } from './result';

/**
 * The vendor's side of one cloud database: the system calls these methods to push local changes
 * up, pull remote changes down and serialise devices with a lock.
 *
 * @remarks
 * The vendor implements this interface, wraps an instance with {@link createCloudDBStub} and
 * returns the stub from {@link CloudService.connectDB}. A sync round runs: {@link CloudDB.lock},
 * {@link CloudDB.generateId} for new rows, {@link CloudDB.insert} / {@link CloudDB.update} /
 * {@link CloudDB.delete}, {@link CloudDB.query} page by page, {@link CloudDB.heartbeat} while the
 * round outlasts the lock, and finally {@link CloudDB.unlock}.
 *
 * @example
 * ```ts
 * import cloudExtension from '@ohos.data.cloudExtension';
 *
 * type Row = Record<string, cloudExtension.CloudType>;
 *
 * class NotesCloudDB implements cloudExtension.CloudDB {
 *   private nextId = 0;
 *
 *   async generateId(count: number): Promise<cloudExtension.Result<Array<string>>> {
 *     const ids: Array<string> = [];
 *     for (let i = 0; i < count; i++) {
 *       ids.push(`note-${this.nextId++}`);
 *     }
 *     return { code: cloudExtension.ErrorCode.SUCCESS, value: ids };
 *   }
 *   async insert(table: string, values: Array<Row>, extensions: Array<Row>): Promise<Array<cloudExtension.Result<Row>>> {
 *     return values.map((row: Row): cloudExtension.Result<Row> => ({ code: cloudExtension.ErrorCode.SUCCESS, value: row }));
 *   }
 *   async update(table: string, values: Array<Row>, extensions: Array<Row>): Promise<Array<cloudExtension.Result<Row>>> {
 *     return values.map((row: Row): cloudExtension.Result<Row> => ({ code: cloudExtension.ErrorCode.SUCCESS, value: row }));
 *   }
 *   async delete(table: string, extensions: Array<Row>): Promise<Array<cloudExtension.Result<Row>>> {
 *     return extensions.map((): cloudExtension.Result<Row> => ({ code: cloudExtension.ErrorCode.SUCCESS }));
 *   }
 *   async query(table: string, fields: Array<string>, queryCount: number, queryCursor: string): Promise<cloudExtension.Result<cloudExtension.CloudData>> {
 *     return { code: cloudExtension.ErrorCode.SUCCESS, value: { nextCursor: '', hasMore: false, values: [] } };
 *   }
 *   async lock(): Promise<cloudExtension.Result<cloudExtension.LockInfo>> {
 *     return { code: cloudExtension.ErrorCode.SUCCESS, value: { interval: 30, lockId: 1 } };
 *   }
 *   async heartbeat(lockId: number): Promise<cloudExtension.Result<cloudExtension.LockInfo>> {
 *     return { code: cloudExtension.ErrorCode.SUCCESS, value: { interval: 30, lockId } };
 *   }
 *   async unlock(lockId: number): Promise<cloudExtension.Result<boolean>> {
 *     return { code: cloudExtension.ErrorCode.SUCCESS, value: true };
 *   }
 * }
 * ```
 *
 * @since 11
 * @syscap SystemCapability.DistributedDataManager.CloudSync.Server
 * @systemapi
 */
export interface CloudDB {
  /**
   * Reserves `count` new row identifiers for rows about to be inserted; each must be unique
   * within its table.
   *
   * @param count - How many identifiers to reserve.
   * @returns The identifiers, in {@link Result.value}.
   *
   * @since 11
   * @syscap SystemCapability.DistributedDataManager.CloudSync.Server
   * @systemapi
   */
  generateId(count: number): Promise<Result<Array<string>>>;

  /**
   * Adds rows to a cloud table.
   *
   * @param table - Cloud-side name ({@link Table.alias}) of the table.
   * @param values - The new rows, column name to value.
   * @param extensions - Bookkeeping for each row, index for index with `values` (see
   *   {@link ExtensionValue}).
   * @returns One result per row, in the same order; a successful entry carries the row as stored.
   *
   * @since 11
   * @syscap SystemCapability.DistributedDataManager.CloudSync.Server
   * @systemapi
   */
  insert(
    table: string,
    values: Array<Record<string, CloudType>>,
    extensions: Array<Record<string, CloudType>>
  ): Promise<Array<Result<Record<string, CloudType>>>>;

  /**
   * Overwrites existing rows of a cloud table.
   *
   * @param table - Cloud-side name ({@link Table.alias}) of the table.
   * @param values - The rows' new contents, column name to value.
   * @param extensions - Bookkeeping for each row, index for index with `values`; its `id` says
   *   which cloud row to change (see {@link ExtensionValue}).
   * @returns One result per row, in the same order.
   *
   * @since 11
   * @syscap SystemCapability.DistributedDataManager.CloudSync.Server
   * @systemapi
   */
  update(
    table: string,
    values: Array<Record<string, CloudType>>,
    extensions: Array<Record<string, CloudType>>
  ): Promise<Array<Result<Record<string, CloudType>>>>;

  /**
   * Removes rows from a cloud table.
   *
   * @param table - Cloud-side name ({@link Table.alias}) of the table.
   * @param extensions - One entry per row to remove; its `id` says which (see
   *   {@link ExtensionValue}).
   * @returns One result per row, in the same order.
   *
   * @since 11
   * @syscap SystemCapability.DistributedDataManager.CloudSync.Server
   * @systemapi
   */
  delete(
    table: string,
    extensions: Array<Record<string, CloudType>>
  ): Promise<Array<Result<Record<string, CloudType>>>>;

  /**
   * Reads one page of rows from a cloud table, starting after a cursor.
   *
   * @param table - Cloud-side name ({@link Table.alias}) of the table.
   * @param fields - Names of the columns to return.
   * @param queryCount - Largest number of rows to return in this page.
   * @param queryCursor - Where to continue: the {@link CloudData.nextCursor} of the page before,
   *   or `'0'` for the first page (the device replaces an empty cursor with `'0'` before the
   *   call reaches the extension, so treat `'0'` as "from the start").
   * @returns The page, with the cursor for the next one. The system asks again with
   *   `nextCursor` for as long as `hasMore` is `true`, so each page must move the cursor
   *   forward: `hasMore: true` with the cursor it was given pages forever.
   *
   * @since 11
   * @syscap SystemCapability.DistributedDataManager.CloudSync.Server
   * @systemapi
   */
  query(table: string, fields: Array<string>, queryCount: number, queryCursor: string): Promise<Result<CloudData>>;

  /**
   * Takes the database's lock so that no other device syncs it meanwhile. The lock lapses by
   * itself after {@link LockInfo.interval} seconds; answer {@link ErrorCode.LOCKED_BY_OTHERS} when
   * another device holds it.
   *
   * @returns The lock's identifier and lifetime.
   *
   * @since 11
   * @syscap SystemCapability.DistributedDataManager.CloudSync.Server
   * @systemapi
   */
  lock(): Promise<Result<LockInfo>>;

  /**
   * Renews a lock the system still holds, for a sync round that outlasts it.
   *
   * @param lockId - The lock to renew, as returned by {@link CloudDB.lock}.
   * @returns The lock with its renewed lifetime.
   *
   * @since 11
   * @syscap SystemCapability.DistributedDataManager.CloudSync.Server
   * @systemapi
   */
  heartbeat(lockId: number): Promise<Result<LockInfo>>;

  /**
   * Releases the database's lock at the end of a sync round.
   *
   * @param lockId - The lock to release, as returned by {@link CloudDB.lock}.
   * @returns `true` in {@link Result.value} when the lock was released.
   *
   * @since 11
   * @syscap SystemCapability.DistributedDataManager.CloudSync.Server
   * @systemapi
   */
  unlock(lockId: number): Promise<Result<boolean>>;
}
