// A cloud database held in memory for the fleet's unit tests: a change feed ordered by a sequence
// assigned at commit, tombstones, ids unique across devices, and a leased lock — with switchable
// defects, each breaking one point of the contract the sync engine relies on.

/** The defects a test can switch on, one contract point each. */
export const DEFECTS = [
  'offsetCursor', // the cursor is an offset into insertion order: updates of rows already paged past are never seen
  'hardDelete', // delete removes the row: no tombstone reaches the other devices
  'sharedLock', // lock is granted to everyone
  'leaseNeverLapses', // a lock without heartbeats is held for ever
  'idsPerDevice', // generateId counts per device, so ids collide across devices
  'cursorSkipsConcurrentWrites', // pages over a snapshot, then jumps to the head: writes landing during paging are skipped
  'updateNotStored', // update answers 0 but keeps the old row
  'feedNeverEnds' // query answers hasMore true and the cursor it was given, for ever
];

export class MemoryCloud {
  constructor({ defects = [], leaseSeconds = 1, now = () => performance.now() } = {}) {
    for (const defect of defects) {
      if (!DEFECTS.includes(defect)) throw new Error(`unknown defect ${defect}`);
    }
    this.defects = new Set(defects);
    this.leaseSeconds = leaseSeconds;
    this.now = now;
    this.sequence = 0;
    this.nextId = 1;
    this.nextLockId = 1;
    this.rows = new Map(); // gid → { gid, table, data, createTime, modifyTime, operation, seq, order }
    this.order = 0;
    this.lock = undefined; // { lockId, expiresAt }
  }

  has(defect) {
    return this.defects.has(defect);
  }

  /** The port one device uses (each call gives a new device). */
  portFor() {
    return portOf(this);
  }
}

/** A device's port to `cloud`. */
function portOf(cloud) {
  let ownIds = 1;
  const result = (value) => ({ ok: true, code: 0, value });
  return {
    async generateId(count) {
      const ids = [];
      for (let i = 0; i < count; i++) ids.push(cloud.has('idsPerDevice') ? `id-${ownIds++}` : `id-${cloud.nextId++}`);
      return result(ids);
    },
    async insert(table, values, extensions) {
      return result(
        values.map((value, index) => {
          const ext = extensions[index];
          if (cloud.rows.has(ext.id) && cloud.rows.get(ext.id).table === table) {
            // Same id again: the cloud overwrites, as a store keyed by id does.
          }
          cloud.rows.set(ext.id, {
            gid: ext.id,
            table,
            data: { ...value },
            createTime: ext.createTime,
            modifyTime: ext.modifyTime,
            operation: 0,
            seq: ++cloud.sequence,
            order: cloud.rows.get(ext.id)?.order ?? ++cloud.order
          });
          return 0;
        })
      );
    },
    async update(table, values, extensions) {
      return result(
        values.map((value, index) => {
          const ext = extensions[index];
          const row = cloud.rows.get(ext.id);
          if (row === undefined || row.table !== table || row.operation === 2) return 14;
          if (cloud.has('updateNotStored')) return 0;
          Object.assign(row, {
            data: { ...value },
            createTime: ext.createTime,
            modifyTime: ext.modifyTime,
            operation: 1,
            seq: ++cloud.sequence
          });
          return 0;
        })
      );
    },
    async delete(table, extensions) {
      return result(
        extensions.map((ext) => {
          const row = cloud.rows.get(ext.id);
          if (row === undefined || row.table !== table) return 14;
          if (cloud.has('hardDelete')) {
            cloud.rows.delete(ext.id);
            return 0;
          }
          Object.assign(row, { data: {}, modifyTime: ext.modifyTime, operation: 2, seq: ++cloud.sequence });
          return 0;
        })
      );
    },
    async query(table, fields, limit, cursor) {
      const all = [...cloud.rows.values()].filter((row) => row.table === table);
      if (cloud.has('feedNeverEnds')) {
        return result({ nextCursor: cursor, hasMore: true, values: [] });
      }
      const shape = (row) => ({
        ...row.data,
        id: row.gid,
        createTime: row.createTime,
        modifyTime: row.modifyTime,
        operation: row.operation
      });
      if (cloud.has('offsetCursor')) {
        const offset = Number(cursor) || 0;
        const ordered = all.sort((a, b) => a.order - b.order);
        const page = ordered.slice(offset, offset + limit);
        return result({
          nextCursor: String(offset + page.length),
          hasMore: offset + page.length < ordered.length,
          values: page.map(shape)
        });
      }
      if (cloud.has('cursorSkipsConcurrentWrites')) {
        // Pages over a snapshot of the feed taken at the first page, then jumps to the head:
        // whatever landed while the device was paging is skipped.
        const [sinceText, snapshotText, offsetText] = cursor.includes(':') ? cursor.split(':') : [cursor, String(cloud.sequence), '0'];
        const since = Number(sinceText) || 0;
        const snapshot = Number(snapshotText);
        const offset = Number(offsetText) || 0;
        const changed = all.filter((row) => row.seq > since && row.seq <= snapshot).sort((a, b) => a.seq - b.seq);
        const page = changed.slice(offset, offset + limit);
        const hasMore = offset + page.length < changed.length;
        return result({
          nextCursor: hasMore ? `${since}:${snapshot}:${offset + limit}` : String(cloud.sequence),
          hasMore,
          values: page.map(shape)
        });
      }
      const since = Number(cursor) || 0;
      const changed = all.filter((row) => row.seq > since).sort((a, b) => a.seq - b.seq);
      const page = changed.slice(0, limit);
      const nextCursor = page.length > 0 ? String(page[page.length - 1].seq) : String(Math.max(since, cloud.sequence));
      return result({ nextCursor, hasMore: changed.length > page.length, values: page.map(shape) });
    },
    async lock() {
      const now = cloud.now();
      const held = cloud.lock !== undefined && (cloud.has('leaseNeverLapses') || now < cloud.lock.expiresAt);
      if (held && !cloud.has('sharedLock')) return { ok: true, code: 4 };
      cloud.lock = { lockId: cloud.nextLockId++, expiresAt: now + cloud.leaseSeconds * 1000 };
      return result({ interval: cloud.leaseSeconds, lockId: cloud.lock.lockId });
    },
    async heartbeat(lockId) {
      const now = cloud.now();
      if (cloud.lock === undefined || cloud.lock.lockId !== lockId) return { ok: true, code: 4 };
      cloud.lock.expiresAt = now + cloud.leaseSeconds * 1000;
      return result({ interval: cloud.leaseSeconds, lockId });
    },
    async unlock(lockId) {
      if (cloud.lock === undefined || cloud.lock.lockId !== lockId) return { ok: true, code: 1 };
      cloud.lock = undefined;
      return { ok: true, code: 0 };
    }
  };
}
