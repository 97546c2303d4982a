/**
 * A device's local copy of one table, as far as sync is concerned: each row's data, its cloud id,
 * its times and its flags, and the table's saved cursor (sync-engine sheet §9).
 *
 * @packageDocumentation
 */
import type { CloudRowState, LocalRowState, MergeAction } from './merge';
import { mergeDecision } from './merge';

/** A row's data columns: column name to value. */
export type RowData = Readonly<Record<string, unknown>>;

/** A row as the device keeps it. */
export interface LocalRow extends LocalRowState {
  /** The primary key's value (the table's key column). */
  readonly pk: string;
  /** The columns, the key included (empty for a row deleted here). */
  data: RowData;
  /** The cloud id, once the row has one. */
  gid: string | undefined;
  /** Last change, in ms. */
  modifyTime: number;
  /** Creation, in ms. */
  createTime: number;
  /** Whether this device wrote the current state (`FLAG_LOCAL`). */
  writtenHere: boolean;
  /** Whether the current state still has to be uploaded (written here, upload not finished). */
  dirty: boolean;
  /** Whether the row is deleted here and waits to send its delete. */
  deleted: boolean;
}

/** A downloaded row: its state for the merge, its key and its data. */
export interface CloudRow extends CloudRowState {
  /** The primary key's value, `undefined` for a tombstone that carries none. */
  readonly pk: string | undefined;
  /** The columns, the key included (empty for a tombstone). */
  readonly data: RowData;
}

/** What one upload would send for a table, per kind, each in ascending local time. */
export interface PendingUploads {
  /** Deleted here, with a cloud id. */
  readonly deletes: LocalRow[];
  /** Live, with a cloud id, changed here. */
  readonly updates: LocalRow[];
  /** Live, without a cloud id. */
  readonly inserts: LocalRow[];
}

/** One table on one device. */
export class LocalTable {
  /** The saved cursor: `''` until the first page, then the last page's `nextCursor`. */
  cursor = '';
  private readonly rows = new Map<string, LocalRow>();

  /** @param name - The table's name. */
  constructor(readonly name: string) {}

  /** The row with primary key `pk`, deleted or not. */
  get(pk: string): LocalRow | undefined {
    return this.rows.get(pk);
  }

  /** The row with cloud id `gid`. */
  byGid(gid: string): LocalRow | undefined {
    for (const row of this.rows.values()) {
      if (row.gid === gid) {
        return row;
      }
    }
    return undefined;
  }

  /** The rows that are not deleted, by primary key. */
  live(): LocalRow[] {
    return [...this.rows.values()].filter((row) => !row.deleted).sort((a, b) => (a.pk < b.pk ? -1 : a.pk > b.pk ? 1 : 0));
  }

  /**
   * A local insert or update by the app at time `now` (ms): the row is the device's own and
   * waits to be uploaded.
   */
  write(pk: string, data: RowData, now: number): void {
    const row = this.rows.get(pk);
    if (row === undefined) {
      this.rows.set(pk, { pk, data, gid: undefined, modifyTime: now, createTime: now, writtenHere: true, dirty: true, deleted: false });
      return;
    }
    if (row.deleted) {
      row.createTime = now;
    }
    Object.assign(row, { data, modifyTime: now, writtenHere: true, dirty: true, deleted: false });
  }

  /**
   * A local delete at time `now` (ms). A row that never reached the cloud is simply gone: its
   * delete is never sent (kv_store sqlite_query_helper.cpp, the upload query's DELETE type).
   *
   * @returns Whether a live row was deleted.
   */
  remove(pk: string, now: number): boolean {
    const row = this.rows.get(pk);
    if (row === undefined || row.deleted) {
      return false;
    }
    if (row.gid === undefined) {
      this.rows.delete(pk);
      return true;
    }
    Object.assign(row, { data: {}, modifyTime: now, writtenHere: true, dirty: true, deleted: true });
    return true;
  }

  /**
   * Merges one downloaded row: matched by cloud id first, then by primary key (kv_store
   * sqlite_single_ver_relational_storage_extend_executor.cpp, the log lookup), then decided by
   * {@link mergeDecision} and applied.
   */
  apply(cloud: CloudRow): MergeAction {
    const local = this.byGid(cloud.gid) ?? (cloud.pk === undefined ? undefined : this.rows.get(cloud.pk));
    const action = mergeDecision(local, cloud);
    switch (action) {
      case 'insert':
      case 'update': {
        if (local !== undefined && local.pk !== cloud.pk) {
          this.rows.delete(local.pk);
        }
        const pk = cloud.pk ?? local?.pk;
        if (pk !== undefined) {
          this.rows.set(pk, {
            pk,
            data: cloud.data,
            gid: cloud.gid,
            modifyTime: cloud.modifyTime,
            createTime: cloud.createTime,
            writtenHere: false,
            dirty: false,
            deleted: false
          });
        }
        break;
      }
      case 'delete':
      case 'update-timestamp':
        if (local !== undefined) {
          this.rows.delete(local.pk);
        }
        break;
      case 'only-update-gid':
        if (local !== undefined) {
          local.gid = cloud.gid;
        }
        break;
      case 'clear-gid':
        if (local !== undefined) {
          local.gid = undefined;
        }
        break;
      case 'not-handle':
        break;
    }
    return action;
  }

  /** What an upload would send now (kv_store sqlite_query_helper.cpp: types and ascending time). */
  uploads(): PendingUploads {
    const dirty = [...this.rows.values()].filter((row) => row.dirty).sort((a, b) => a.modifyTime - b.modifyTime);
    return {
      deletes: dirty.filter((row) => row.deleted && row.gid !== undefined),
      updates: dirty.filter((row) => !row.deleted && row.gid !== undefined),
      inserts: dirty.filter((row) => !row.deleted && row.gid === undefined)
    };
  }

  /**
   * Records a row's upload as done. An insert keeps the id it was sent with (the bridge drops the
   * per-row results, so the device keeps it whatever the cloud answered: sync-engine sheet §7.3);
   * a delete forgets the row.
   */
  uploaded(kind: 'insert' | 'update' | 'delete', row: LocalRow, gid?: string): void {
    if (kind === 'delete') {
      this.rows.delete(row.pk);
      return;
    }
    if (kind === 'insert') {
      row.gid = gid;
    }
    row.dirty = false;
  }
}
