/**
 * The calls a device makes to its cloud database during a sync, with plain values: the seam
 * between the fleet's devices and whatever carries their calls (the system side over a
 * connection to an extension, or a test double).
 *
 * @packageDocumentation
 */
import type { DatabaseConnection } from '../system/cloud-db-client';
import type { RequestRow, SystemRow } from '../system/row-values';
import type { SystemReply } from '../system/system-reply';

/** How one call ended: the vendor's code and value, or a failure of the call itself. */
export type PortOutcome<T> =
  { readonly ok: true; readonly code: number; readonly value?: T } | { readonly ok: false; readonly message: string };

/** One query page as the system decoded it. */
export interface PortPage {
  /** The cursor for the next query. */
  readonly nextCursor: string;
  /** Whether another page follows. */
  readonly hasMore: boolean;
  /** The rows: data columns and the extension keys (id, createTime, modifyTime, operation). */
  readonly values: readonly SystemRow[];
}

/** A lease: its length in seconds and its id. */
export interface PortLock {
  /** Lease length, in seconds. */
  readonly interval: number;
  /** The lock's id, sent back with heartbeat and unlock. */
  readonly lockId: number;
}

/** The cloud database as one device reaches it. */
export interface CloudPort {
  /** `generateId(count)`. */
  generateId(count: number): Promise<PortOutcome<readonly string[]>>;
  /** `insert(table, values, extensions)`: one code per row. */
  insert(table: string, values: readonly RequestRow[], extensions: readonly RequestRow[]): Promise<PortOutcome<readonly number[]>>;
  /** `update(table, values, extensions)`: one code per row. */
  update(table: string, values: readonly RequestRow[], extensions: readonly RequestRow[]): Promise<PortOutcome<readonly number[]>>;
  /** `delete(table, extensions)`: one code per row. */
  delete(table: string, extensions: readonly RequestRow[]): Promise<PortOutcome<readonly number[]>>;
  /** `query(table, fields, limit, cursor)`. */
  query(table: string, fields: readonly string[], limit: number, cursor: string): Promise<PortOutcome<PortPage>>;
  /** `lock()`. */
  lock(): Promise<PortOutcome<PortLock>>;
  /** `heartbeat(lockId)`. */
  heartbeat(lockId: number): Promise<PortOutcome<PortLock>>;
  /** `unlock(lockId)`. */
  unlock(lockId: number): Promise<PortOutcome<undefined>>;
}

/** A failed reply as an outcome. */
function failed(reply: SystemReply<unknown> & { ok: false }): { ok: false; message: string } {
  return { ok: false, message: `${reply.failure.kind}: ${reply.failure.message}` };
}

/** The codes of a batch reply. */
function batchOutcome(reply: SystemReply<readonly { code: number }[]>): PortOutcome<readonly number[]> {
  if (!reply.ok) {
    return failed(reply);
  }
  return { ok: true, code: 0, value: reply.value.map((result) => result.code) };
}

/** A code-and-value reply as an outcome. */
function codeOutcome<T>(reply: SystemReply<{ code: number; value?: T }>): PortOutcome<T> {
  if (!reply.ok) {
    return failed(reply);
  }
  return reply.value.value === undefined
    ? { ok: true, code: reply.value.code }
    : { ok: true, code: reply.value.code, value: reply.value.value };
}

/** The port over the system's connection to an extension's CloudDB stub. */
export function portOverConnection(connection: DatabaseConnection): CloudPort {
  return {
    generateId: async (count) => codeOutcome(await connection.generateId(count)),
    insert: async (table, values, extensions) => batchOutcome(await connection.insert(table, values, extensions)),
    update: async (table, values, extensions) => batchOutcome(await connection.update(table, values, extensions)),
    delete: async (table, extensions) => batchOutcome(await connection.delete(table, extensions)),
    query: async (table, fields, limit, cursor) => codeOutcome(await connection.query(table, fields, limit, cursor)),
    lock: async () => codeOutcome(await connection.lock()),
    heartbeat: async (lockId) => codeOutcome(await connection.heartbeat(lockId)),
    unlock: async (lockId) => {
      const reply = await connection.unlock(lockId);
      return reply.ok ? { ok: true, code: reply.value } : failed(reply);
    }
  };
}
