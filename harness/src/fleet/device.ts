/**
 * One simulated device of the fleet: its local tables and the sync engine's steps against the
 * cloud, in the engine's order (sync-engine sheet §2, §3, §4, §9):
 *
 * 1. download every table without the lock, page by page from the saved cursor;
 * 2. if anything waits to be uploaded: lock, download again, then per table delete, update and
 *    `generateId` + insert in batches, heartbeating every lease/3, and unlock, on error paths too.
 *
 * Sources, in kv_store's `frameworks/libs/distributeddb/`: `syncer/src/cloud/cloud_syncer.cpp`
 * (the task, the lock and the heartbeat timer), `cloud_syncer_extend.cpp` (the first download and
 * the upload order), `cloud_syncer_extend_extend.cpp` (the page loop); datamgr_service
 * `ylong_cloud_extension/src/service_impl/cloud_db.rs` (the page size of 10 and the extension
 * rows sent).
 *
 * @packageDocumentation
 */
import type { RequestRow } from '../system/row-values';
import type { CloudPort, PortOutcome } from './cloud-port';
import type { FleetTable } from './fleet-rows';
import { canonicalData, decodeCloudRow, requestRow } from './fleet-rows';
import type { FleetMethod, History, HistoryEntry, ReceivedRow, SentRow } from './history';
import type { Interleaver } from './interleaver';
import type { LocalRow } from './local-table';
import { LocalTable } from './local-table';

/** Rows per query page: the bridge asks for 10 (datamgr_service cloud_db.rs:166). */
export const PAGE_LIMIT = 10;

/** Rows per upload call: the engine's default `maxUploadCount` (kv_store cloud_db_constant.h:87-92). */
export const UPLOAD_BATCH_ROWS = 30;

/** How one sync of one device ended. */
export type SyncResult =
  | { readonly kind: 'done'; readonly uploaded: boolean }
  | { readonly kind: 'lock-refused'; readonly entry: HistoryEntry }
  | { readonly kind: 'failed'; readonly reason: string; readonly entry?: HistoryEntry; readonly endlessFeed?: boolean }
  | { readonly kind: 'died'; readonly lockId: number | undefined };

/** A fault to inject into one sync. */
export interface SyncFault {
  /** Stop after this many upload calls, as a device whose task fails mid-upload (it still unlocks). */
  readonly failAfterUploadCalls?: number;
  /** Die right after taking the lock: no download, no upload, no heartbeat, no unlock. */
  readonly dieHoldingLock?: boolean;
}

/** What a device needs to sync. */
export interface DeviceOptions {
  /** The device's number, from 1. */
  readonly id: number;
  /** The tables it syncs. */
  readonly tables: readonly FleetTable[];
  /** Its way to the cloud. */
  readonly port: CloudPort;
  /** The run's history. */
  readonly history: History;
  /** Takes turns with the other devices. */
  readonly interleaver: Interleaver;
  /** Most pages one table's download may take before the loop counts as endless. */
  readonly maxPages: number;
}

/** Thrown inside a sync to end it with a result. */
class SyncStop extends Error {
  constructor(readonly result: SyncResult) {
    super(result.kind);
  }
}

/** One device. */
export class Device {
  /** Its tables, by name. */
  readonly tables = new Map<string, LocalTable>();
  /** How many syncs it has started. */
  syncs = 0;
  private lease: { lockId: number; interval: number; renewedAt: number } | undefined;
  private heartbeatFailures = 0;

  constructor(private readonly options: DeviceOptions) {
    for (const table of options.tables) {
      this.tables.set(table.name, new LocalTable(table.name));
    }
  }

  /** The device's number. */
  get id(): number {
    return this.options.id;
  }

  /** Whether anything waits to be uploaded. */
  hasUploads(): boolean {
    for (const table of this.tables.values()) {
      const { deletes, updates, inserts } = table.uploads();
      if (deletes.length + updates.length + inserts.length > 0) {
        return true;
      }
    }
    return false;
  }

  /** Runs one sync task; never throws for the cloud's sake. */
  async sync(fault: SyncFault = {}): Promise<SyncResult> {
    this.syncs++;
    this.options.interleaver.join(this.id);
    try {
      return await this.runTask(fault);
    } catch (error) {
      if (error instanceof SyncStop) {
        return error.result;
      }
      throw error;
    } finally {
      this.options.interleaver.leave(this.id);
    }
  }

  private async runTask(fault: SyncFault): Promise<SyncResult> {
    for (const table of this.options.tables) {
      await this.download(table);
    }
    if (!this.hasUploads()) {
      return { kind: 'done', uploaded: false };
    }
    const lock = await this.call(
      'lock',
      undefined,
      'ask for the lock',
      () => this.options.port.lock(),
      (outcome) => {
        if (!outcome.ok || outcome.code !== 0 || outcome.value === undefined) {
          return { text: describeFailure(outcome), ok: false };
        }
        return { text: `lockId ${outcome.value.lockId}, interval ${outcome.value.interval} s`, ok: true, lease: outcome.value };
      }
    );
    if (!lock.ok || lock.lease === undefined) {
      // A refused lock fails the task at once, with no retry (cloud_syncer.cpp, LockCloud's caller).
      return { kind: 'lock-refused', entry: lock };
    }
    if (lock.lease.interval <= 0) {
      // Success with a zero lease is treated as a cloud error (cloud_db_proxy.cpp, Lock).
      return { kind: 'failed', reason: 'lock granted a lease of 0 s', entry: lock };
    }
    this.lease = { lockId: lock.lease.lockId, interval: lock.lease.interval, renewedAt: this.options.history.elapsedMs() };
    if (fault.dieHoldingLock === true) {
      const lockId = this.lease.lockId;
      this.lease = undefined;
      return { kind: 'died', lockId };
    }
    let result: SyncResult = { kind: 'done', uploaded: true };
    try {
      for (const table of this.options.tables) {
        await this.download(table);
      }
      let uploadCalls = 0;
      const budget = fault.failAfterUploadCalls ?? Number.POSITIVE_INFINITY;
      const countCall = (): void => {
        uploadCalls++;
        if (uploadCalls > budget) {
          throw new SyncStop({ kind: 'failed', reason: `the task failed after ${budget} upload calls (injected)` });
        }
      };
      for (const table of this.options.tables) {
        await this.upload(table, countCall);
      }
    } catch (error) {
      if (!(error instanceof SyncStop)) {
        throw error;
      }
      result = error.result;
    }
    // Unlock at the end of the task, on error paths too (cloud_syncer.cpp, the task's finish).
    const lease = this.lease ?? { lockId: lock.lease.lockId };
    this.lease = undefined;
    await this.call(
      'unlock',
      undefined,
      `lockId ${lease.lockId}`,
      () => this.options.port.unlock(lease.lockId),
      (outcome) => ({
        text: describeFailure(outcome),
        ok: outcome.ok && outcome.code === 0
      })
    );
    return result;
  }

  /** Downloads one table from its saved cursor until `hasMore` is false, saving the cursor after every page. */
  private async download(spec: FleetTable): Promise<void> {
    const table = this.tables.get(spec.name) as LocalTable;
    const fields = spec.fields.map((field) => field.colName);
    for (let pages = 0; ; pages++) {
      if (pages >= this.options.maxPages) {
        throw new SyncStop({
          kind: 'failed',
          reason: `query of ${spec.name} still had more after ${this.options.maxPages} pages`,
          endlessFeed: true
        });
      }
      const cursor = table.cursor;
      let received: ReceivedRow[] = [];
      let decoded: ReturnType<typeof decodeCloudRow>[] = [];
      const entry = await this.call(
        'query',
        spec.name,
        `cursor '${cursor}', limit ${PAGE_LIMIT}`,
        () => this.options.port.query(spec.name, fields, PAGE_LIMIT, cursor),
        (outcome) => {
          if (!outcome.ok || outcome.code !== 0 || outcome.value === undefined) {
            return { text: describeFailure(outcome), ok: false };
          }
          const page = outcome.value;
          decoded = page.values.map((row) => decodeCloudRow(spec, row));
          received = decoded
            .filter((row): row is Exclude<typeof row, string> => typeof row !== 'string')
            .map((row) => ({ gid: row.gid, pk: row.pk, deleted: row.deleted, modifyTime: row.modifyTime }));
          const text = `${page.values.length} rows${describeRows(received)}, next '${page.nextCursor}'${page.hasMore ? ', more' : ', end'}`;
          return { text, ok: true, page: { cursor, nextCursor: page.nextCursor, hasMore: page.hasMore, rows: received } };
        }
      );
      if (!entry.ok || entry.page === undefined) {
        throw new SyncStop({ kind: 'failed', reason: `query of ${spec.name} failed`, entry });
      }
      const bad = decoded.find((row) => typeof row === 'string');
      if (typeof bad === 'string') {
        // A row missing a mandatory field fails the whole page; the cursor stays (cloud_syncer.cpp).
        throw new SyncStop({ kind: 'failed', reason: `query of ${spec.name}: ${bad}`, entry });
      }
      for (const row of decoded) {
        if (typeof row !== 'string') {
          table.apply(row);
        }
      }
      table.cursor = entry.page.nextCursor;
      if (!entry.page.hasMore) {
        return;
      }
    }
  }

  /** Uploads one table: deletes, then updates, then inserts, in batches (cloud_syncer_extend.cpp). */
  private async upload(spec: FleetTable, countCall: () => void): Promise<void> {
    const table = this.tables.get(spec.name) as LocalTable;
    const { deletes, updates, inserts } = table.uploads();
    for (const batch of batches(deletes)) {
      countCall();
      const extensions = batch.map((row) => ({ id: row.gid ?? '', operation: 2, modifyTime: row.modifyTime }));
      const sent = batch.map((row) => sentRow(spec, row, row.gid ?? '', undefined));
      const entry = await this.batchCall('delete', spec, sent, () => this.options.port.delete(spec.name, extensions));
      this.finishBatch(entry, table, 'delete', batch, []);
    }
    for (const batch of batches(updates)) {
      countCall();
      const values = batch.map((row) => requestRow(row.data));
      const extensions = batch.map((row) => extensionRow(row, row.gid ?? '', 1));
      const sent = batch.map((row) => sentRow(spec, row, row.gid ?? '', canonicalData(row.data)));
      const entry = await this.batchCall('update', spec, sent, () => this.options.port.update(spec.name, values, extensions));
      this.finishBatch(entry, table, 'update', batch, []);
    }
    for (const batch of batches(inserts)) {
      countCall();
      const idEntry = await this.call(
        'generateId',
        undefined,
        `${batch.length}`,
        () => this.options.port.generateId(batch.length),
        (outcome) => {
          if (!outcome.ok || outcome.code !== 0 || outcome.value === undefined) {
            return { text: describeFailure(outcome), ok: false };
          }
          return {
            text: `${outcome.value.length} ids ${outcome.value.slice(0, 5).join(', ')}${outcome.value.length > 5 ? ', …' : ''}`,
            ok: true,
            ids: outcome.value
          };
        }
      );
      const ids = idEntry.ids;
      if (!idEntry.ok || ids === undefined || ids.length < batch.length) {
        throw new SyncStop({ kind: 'failed', reason: `generateId(${batch.length}) gave no ids to insert with`, entry: idEntry });
      }
      const values = batch.map((row) => requestRow(row.data));
      const extensions = batch.map((row, index) => extensionRow(row, ids[index] ?? '', 0));
      const sent = batch.map((row, index) => sentRow(spec, row, ids[index] ?? '', canonicalData(row.data)));
      const entry = await this.batchCall('insert', spec, sent, () => this.options.port.insert(spec.name, values, extensions));
      this.finishBatch(entry, table, 'insert', batch, ids);
    }
  }

  /**
   * After a batch: on success every row counts as uploaded, whatever its per-row code, because the
   * bridge drops the per-row results (datamgr_service ipc_conn/database.rs, cloud_db.rs). A failed
   * call stops the task, its rows still to upload.
   */
  private finishBatch(
    entry: HistoryEntry,
    table: LocalTable,
    kind: 'insert' | 'update' | 'delete',
    batch: readonly LocalRow[],
    ids: readonly string[]
  ): void {
    if (!entry.ok) {
      throw new SyncStop({ kind: 'failed', reason: `${kind} of ${table.name} failed`, entry });
    }
    batch.forEach((row, index) => table.uploaded(kind, row, ids[index]));
  }

  private async batchCall(
    method: 'insert' | 'update' | 'delete',
    spec: FleetTable,
    sent: SentRow[],
    send: () => Promise<PortOutcome<readonly number[]>>
  ): Promise<HistoryEntry> {
    return this.call(method, spec.name, `${sent.length} rows${describeSent(sent)}`, send, (outcome) => {
      if (!outcome.ok) {
        return { text: outcome.message, ok: false, sent };
      }
      const codes = outcome.value ?? [];
      const withCodes = sent.map((row, index) => ({ ...row, code: codes[index] ?? 0 }));
      const refused = withCodes.filter((row) => row.code !== 0).length;
      return {
        text: refused === 0 ? `${codes.length} results, all 0` : `${codes.length} results, ${refused} not 0`,
        ok: true,
        sent: withCodes
      };
    });
  }

  /**
   * Makes one call in the device's turn, heartbeating first when a third of the lease has passed
   * (cloud_syncer.cpp: the heartbeat timer's period is lease/3), and records it.
   */
  private async call<T>(
    method: FleetMethod,
    table: string | undefined,
    request: string,
    send: () => Promise<PortOutcome<T>>,
    describe: (outcome: PortOutcome<T>) => { text: string; ok: boolean } & Partial<Pick<HistoryEntry, 'ids' | 'sent' | 'page' | 'lease'>>
  ): Promise<HistoryEntry> {
    await this.heartbeatIfDue();
    const interleaver = this.options.interleaver;
    await interleaver.turn(this.id);
    const startMs = Math.round(this.options.history.elapsedMs());
    let outcome: PortOutcome<T>;
    try {
      outcome = await send();
    } catch (error) {
      outcome = { ok: false, message: error instanceof Error ? error.message : String(error) };
    } finally {
      interleaver.release(this.id);
    }
    const { text, ok, ...data } = describe(outcome);
    return this.options.history.record({
      device: this.id,
      sync: this.syncs,
      method,
      startMs,
      ...(table === undefined ? {} : { table }),
      request,
      outcome: text,
      ok,
      ...data
    });
  }

  private async heartbeatIfDue(): Promise<void> {
    const lease = this.lease;
    if (lease === undefined) {
      return;
    }
    const now = this.options.history.elapsedMs();
    if (now - lease.renewedAt < (lease.interval * 1000) / 3) {
      return;
    }
    this.lease = undefined;
    const entry = await this.call(
      'heartbeat',
      undefined,
      `lockId ${lease.lockId}`,
      () => this.options.port.heartbeat(lease.lockId),
      (outcome) => {
        if (!outcome.ok || outcome.code !== 0 || outcome.value === undefined) {
          return { text: describeFailure(outcome), ok: false };
        }
        return { text: `interval ${outcome.value.interval} s`, ok: true, lease: outcome.value };
      }
    );
    this.lease = { ...lease, renewedAt: now };
    this.heartbeatFailures = entry.ok ? 0 : this.heartbeatFailures + 1;
    if (this.heartbeatFailures >= 2) {
      // Two failed heartbeats in a row stop the timer and fail the task (cloud_syncer.cpp, the heartbeat).
      this.heartbeatFailures = 0;
      throw new SyncStop({ kind: 'failed', reason: 'two heartbeats in a row failed', entry });
    }
  }
}

/** `rows` in batches of {@link UPLOAD_BATCH_ROWS}. */
function batches<T>(rows: readonly T[]): T[][] {
  const result: T[][] = [];
  for (let start = 0; start < rows.length; start += UPLOAD_BATCH_ROWS) {
    result.push(rows.slice(start, start + UPLOAD_BATCH_ROWS));
  }
  return result;
}

/** The extension row the bridge sends with an insert or update (datamgr_service cloud_db.rs). */
function extensionRow(row: LocalRow, gid: string, operation: 0 | 1): RequestRow {
  return { id: gid, operation, createTime: row.createTime, modifyTime: row.modifyTime };
}

/** A row as the history keeps it. */
function sentRow(spec: FleetTable, row: LocalRow, gid: string, data: string | undefined): SentRow {
  return { table: spec.name, pk: row.pk, gid, modifyTime: row.modifyTime, data, code: undefined };
}

/** A failed or refused outcome in a few words. */
function describeFailure(outcome: PortOutcome<unknown>): string {
  if (!outcome.ok) {
    return outcome.message;
  }
  return `code ${outcome.code}`;
}

/** The first rows of a page, as ` [pk(gid)@time …]`. */
function describeRows(rows: readonly ReceivedRow[]): string {
  if (rows.length === 0) {
    return '';
  }
  const shown = rows.slice(0, 4).map((row) => `${row.pk ?? '?'}(${row.gid})${row.deleted ? ' deleted' : ''}@${row.modifyTime}`);
  return ` [${shown.join(', ')}${rows.length > 4 ? ', …' : ''}]`;
}

/** The first rows of an upload, as ` [pk(gid)@time …]`. */
function describeSent(rows: readonly SentRow[]): string {
  const shown = rows.slice(0, 4).map((row) => `${row.pk}(${row.gid})@${row.modifyTime}`);
  return ` [${shown.join(', ')}${rows.length > 4 ? ', …' : ''}]`;
}
