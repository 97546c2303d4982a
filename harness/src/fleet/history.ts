/**
 * The record of a fleet run: every call every device made, numbered in the order it happened,
 * with what it sent and what came back. The oracle judges the run from this record alone, and a
 * finding shows the part of it that proves the anomaly.
 *
 * @packageDocumentation
 */

/** The CloudDB calls a device makes. */
export type FleetMethod = 'generateId' | 'insert' | 'update' | 'delete' | 'query' | 'lock' | 'heartbeat' | 'unlock';

/** A row a device sent in an upload, and whether the cloud accepted it. */
export interface SentRow {
  /** The table. */
  readonly table: string;
  /** The row's primary key. */
  readonly pk: string;
  /** The cloud id it was sent with. */
  readonly gid: string;
  /** Its modify time, in ms. */
  readonly modifyTime: number;
  /** Its data, in canonical form (see `row-values.ts` of the fleet); `undefined` for a delete. */
  readonly data: string | undefined;
  /** The code the cloud gave for this row (0 accepted); `undefined` when the call failed. */
  readonly code: number | undefined;
}

/** A row a device received in a query page. */
export interface ReceivedRow {
  /** The row's cloud id. */
  readonly gid: string;
  /** Its primary key, when the row carries one. */
  readonly pk: string | undefined;
  /** Whether it is a tombstone. */
  readonly deleted: boolean;
  /** Its modify time, in ms. */
  readonly modifyTime: number;
}

/** One call in the history. */
export interface HistoryEntry {
  /** Its number in the run, from 1. */
  readonly index: number;
  /** The device that made it, from 1. */
  readonly device: number;
  /** The sync (per device, from 1) it belongs to. */
  readonly sync: number;
  /** The call. */
  readonly method: FleetMethod;
  /** The table, for table calls. */
  readonly table?: string;
  /** What was sent, in a few words. */
  readonly request: string;
  /** What came back, in a few words. */
  readonly outcome: string;
  /** When the call was sent, in ms since the run began. */
  readonly startMs: number;
  /** When the call ended, in ms since the run began. */
  readonly atMs: number;
  /** Whether the call itself succeeded and the code was 0. */
  readonly ok: boolean;
  /** generateId: the ids returned. */
  readonly ids?: readonly string[];
  /** insert, update, delete: the rows sent. */
  readonly sent?: readonly SentRow[];
  /** query: the cursor sent and the page returned. */
  readonly page?: {
    readonly cursor: string;
    readonly nextCursor: string;
    readonly hasMore: boolean;
    readonly rows: readonly ReceivedRow[];
  };
  /** lock, heartbeat: the lease granted. */
  readonly lease?: { readonly lockId: number; readonly interval: number };
}

/** The history of one run. */
export class History {
  private readonly list: HistoryEntry[] = [];
  private readonly started = performance.now();

  /** Every entry, in order. */
  get entries(): readonly HistoryEntry[] {
    return this.list;
  }

  /** Milliseconds since the run began. */
  elapsedMs(): number {
    return performance.now() - this.started;
  }

  /** Appends an entry, numbering it. */
  record(entry: Omit<HistoryEntry, 'index' | 'atMs'>): HistoryEntry {
    const full: HistoryEntry = { ...entry, index: this.list.length + 1, atMs: Math.round(this.elapsedMs()) };
    this.list.push(full);
    return full;
  }
}

/** One entry as a line: `#12 device 2 (sync 3) query items cursor '5' → 10 rows, next '15', more`. */
export function formatEntry(entry: HistoryEntry): string {
  const table = entry.table === undefined ? '' : ` ${entry.table}`;
  return `#${entry.index} device ${entry.device} (sync ${entry.sync}) ${entry.method}${table} ${entry.request} → ${entry.outcome}`;
}
