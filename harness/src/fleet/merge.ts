/**
 * What a device does with one downloaded cloud row, given its own copy: the merge table of the
 * sync engine in the relational-store scene, MERGE mode, last-writer-wins policy.
 *
 * Source: kv_store `syncer/src/cloud/strategy/cloud_merge_strategy.cpp` (`TagSyncDataStatus`,
 * `TagLocallyNewer`, `TagCloudDeleteLocal`, `TagSameRecordOrUpdate`, `JudgeLocallyNewer`) and
 * `cloud_sync_strategy.cpp` (`IsLogNeedUpdate`, `IsSameRecord`, `IsIgnoreUpdate`). Through the
 * cloud extension's bridge no row carries a version or a sharing resource, so `IsLogNeedUpdate`
 * and `IsSameRecord` are always false, and under last-writer-wins `IsIgnoreUpdate` is false too;
 * rows locked by the app and archived rows do not occur in the fleet.
 *
 * @packageDocumentation
 */

/** A device's own copy of a row, as the merge reads it (its log entry). */
export interface LocalRowState {
  /** The cloud id the device knows for the row, if it has one. */
  readonly gid: string | undefined;
  /** Whether the row is deleted on the device (a tombstone not yet uploaded, or cleaned). */
  readonly deleted: boolean;
  /** The row's last-change time, in ms. */
  readonly modifyTime: number;
  /** The row's creation time, in ms. */
  readonly createTime: number;
  /** Whether the device itself wrote the row's current state (the engine's `FLAG_LOCAL`). */
  readonly writtenHere: boolean;
}

/** A downloaded cloud row, as the merge reads it. */
export interface CloudRowState {
  /** The row's cloud id. */
  readonly gid: string;
  /** Whether the row is a tombstone (`operation` 2). */
  readonly deleted: boolean;
  /** The row's last-change time, in ms. */
  readonly modifyTime: number;
  /** The row's creation time, in ms. */
  readonly createTime: number;
}

/**
 * What the device does with a cloud row:
 *
 * - `insert`: write the cloud copy locally (a new row, or one deleted here coming back);
 * - `update`: overwrite the local copy with the cloud's;
 * - `delete`: delete the local copy;
 * - `only-update-gid`: keep the local data, take the cloud's id; the row stays to be uploaded;
 * - `clear-gid`: keep the local data, forget its id; it goes up again as a new insert;
 * - `update-timestamp`: both sides deleted it; only the time moves;
 * - `not-handle`: nothing changes.
 */
export type MergeAction = 'insert' | 'update' | 'delete' | 'only-update-gid' | 'clear-gid' | 'update-timestamp' | 'not-handle';

/**
 * Whether the local copy wins: strictly newer (ties go to the cloud) and written on this device
 * (`JudgeLocallyNewer`, relational scene).
 */
export function isLocallyNewer(local: LocalRowState, cloud: CloudRowState): boolean {
  return local.modifyTime > cloud.modifyTime && local.writtenHere;
}

/**
 * The engine's decision for one cloud row.
 *
 * @param local - The device's copy matched by id or primary key, or `undefined` when it has none.
 * @param cloud - The downloaded row.
 */
export function mergeDecision(local: LocalRowState | undefined, cloud: CloudRowState): MergeAction {
  if (local === undefined) {
    return cloud.deleted ? 'not-handle' : 'insert';
  }
  if (isLocallyNewer(local, cloud)) {
    if (local.gid === undefined) {
      if (cloud.deleted) {
        return 'not-handle';
      }
      return local.deleted ? 'insert' : 'only-update-gid';
    }
    return cloud.deleted ? 'clear-gid' : 'not-handle';
  }
  if (cloud.deleted) {
    return local.deleted ? 'update-timestamp' : 'delete';
  }
  if (local.deleted) {
    return 'insert';
  }
  const sameTimes = local.modifyTime === cloud.modifyTime && local.createTime === cloud.createTime;
  if (sameTimes && local.gid === undefined) {
    return 'only-update-gid';
  }
  return 'update';
}
