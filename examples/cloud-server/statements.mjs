// The SQL that keeps the sync contract, one statement per guarantee, and the broken variant of
// each statement that the tests switch in to prove that the contract checks can fail.
//
// Every guarantee lives in the database, not in JavaScript:
// - `records.seq` is the change feed: each write takes the next sequence value, so a changed row
//   moves to the tail and a reader's cursor (the last sequence it saw) never skips a write;
// - a delete keeps the row as a tombstone (operation 2);
// - ids come from an AUTOINCREMENT table, prefixed with a random epoch drawn when the file is made;
// - the lock is one row per (app, database) whose expiry is moved by one atomic statement.
//
// Parameters are named (`:app`); the store binds them. Times are ms since the epoch.

/** The schema, created if missing; safe to run on a database file made by an earlier start. */
export const SCHEMA = `
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
INSERT OR IGNORE INTO meta (key, value) VALUES ('epoch', lower(hex(randomblob(4))));
CREATE TABLE IF NOT EXISTS records (
  app TEXT NOT NULL,
  db TEXT NOT NULL,
  tbl TEXT NOT NULL,
  id TEXT NOT NULL,
  seq INTEGER NOT NULL UNIQUE,
  operation INTEGER NOT NULL CHECK (operation IN (0, 1, 2)),
  create_time INTEGER NOT NULL,
  modify_time INTEGER NOT NULL,
  data TEXT NOT NULL,
  PRIMARY KEY (app, db, tbl, id)
);
CREATE INDEX IF NOT EXISTS records_feed ON records (app, db, tbl, seq);
CREATE TABLE IF NOT EXISTS issued_ids (
  n INTEGER PRIMARY KEY AUTOINCREMENT,
  app TEXT NOT NULL,
  device TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS leases (
  app TEXT NOT NULL,
  db TEXT NOT NULL,
  lock_id INTEGER NOT NULL,
  holder TEXT NOT NULL,
  expires_at INTEGER NOT NULL,
  PRIMARY KEY (app, db)
);
CREATE TABLE IF NOT EXISTS apps (
  bundle_name TEXT PRIMARY KEY,
  app_id TEXT NOT NULL,
  cloud_switch INTEGER NOT NULL,
  instance_id INTEGER NOT NULL,
  schema TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS subscriptions (
  app TEXT NOT NULL,
  db_alias TEXT NOT NULL,
  expires_at INTEGER NOT NULL,
  PRIMARY KEY (app, db_alias)
);
CREATE TABLE IF NOT EXISTS assets (
  app TEXT NOT NULL,
  db TEXT NOT NULL,
  tbl TEXT NOT NULL,
  gid TEXT NOT NULL,
  name TEXT NOT NULL,
  asset_id TEXT NOT NULL,
  hash TEXT NOT NULL,
  size INTEGER NOT NULL,
  bytes BLOB NOT NULL,
  PRIMARY KEY (app, db, tbl, gid, name)
);
`;

/**
 * The statements of a correct cloud, by name. Each name is a contract point's statement; the
 * guide quotes several of them verbatim (a test keeps them equal).
 */
export const STATEMENTS = Object.freeze({
  generateIds: `WITH RECURSIVE batch(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM batch WHERE i < :count)
INSERT INTO issued_ids (app, device) SELECT :app, :device FROM batch
RETURNING (SELECT value FROM meta WHERE key = 'epoch') || '-' || n AS id`,

  insert: `INSERT INTO records (app, db, tbl, id, seq, operation, create_time, modify_time, data)
VALUES (:app, :db, :tbl, :id, (SELECT coalesce(max(seq), 0) + 1 FROM records), 0,
  :createTime, :modifyTime, :data)
ON CONFLICT DO NOTHING
RETURNING seq`,

  update: `UPDATE records
SET seq = (SELECT max(seq) + 1 FROM records), operation = 1,
  create_time = coalesce(:createTime, create_time), modify_time = :modifyTime, data = :data
WHERE app = :app AND db = :db AND tbl = :tbl AND id = :id AND operation <> 2
RETURNING seq`,

  delete: `UPDATE records
SET seq = (SELECT max(seq) + 1 FROM records), operation = 2, modify_time = :modifyTime, data = '{}'
WHERE app = :app AND db = :db AND tbl = :tbl AND id = :id AND operation <> 2
RETURNING seq`,

  page: `SELECT seq AS position, id, operation, create_time, modify_time, data
FROM records
WHERE app = :app AND db = :db AND tbl = :tbl AND seq > :after
ORDER BY seq
LIMIT :count + 1`,

  lock: `INSERT INTO leases (app, db, lock_id, holder, expires_at)
VALUES (:app, :db, (SELECT coalesce(max(lock_id), 0) + 1 FROM leases), :holder, :now + :leaseMs)
ON CONFLICT (app, db) DO UPDATE
SET lock_id = excluded.lock_id, holder = excluded.holder, expires_at = excluded.expires_at
WHERE leases.expires_at <= :now
RETURNING lock_id, expires_at`,

  heartbeat: `UPDATE leases SET expires_at = :now + :leaseMs
WHERE app = :app AND db = :db AND lock_id = :lockId AND expires_at > :now
RETURNING lock_id, expires_at`,

  unlock: `UPDATE leases SET expires_at = 0
WHERE app = :app AND db = :db AND lock_id = :lockId AND expires_at > :now
RETURNING lock_id`,

  emptyCursor: `SELECT 0 AS position`
});

/**
 * Broken variants, each replacing exactly one statement of {@link STATEMENTS}. Used only by
 * tests (and by fleet checkers) to show that a contract check fails when its point is broken.
 * `breaks` names the contract point the variant violates.
 */
export const DEFECTS = Object.freeze({
  offsetCursor: {
    statement: 'page',
    breaks: 'a changed row moves to the tail of the feed',
    why: 'the cursor is an offset into insertion order, so an update of a row already read is never seen',
    sql: `SELECT position, id, operation, create_time, modify_time, data
FROM (SELECT row_number() OVER (ORDER BY rowid) AS position, * FROM records
  WHERE app = :app AND db = :db AND tbl = :tbl)
WHERE position > :after
ORDER BY position
LIMIT :count + 1`
  },
  cursorSkipsConcurrentWrites: {
    statement: 'page',
    breaks: 'the feed is ordered by a cloud-side sequence assigned at commit',
    why: 'the feed is ordered by the device-sent modifyTime, so a write from a slower clock that lands between two pages falls behind the cursor',
    sql: `SELECT modify_time AS position, id, operation, create_time, modify_time, data
FROM records
WHERE app = :app AND db = :db AND tbl = :tbl AND modify_time > :after
ORDER BY modify_time
LIMIT :count + 1`
  },
  hasMoreOffByOne: {
    statement: 'page',
    breaks: 'hasMore is false only at the head',
    why: 'the page reads exactly queryCount rows, so it never learns that more follow',
    sql: `SELECT seq AS position, id, operation, create_time, modify_time, data
FROM records
WHERE app = :app AND db = :db AND tbl = :tbl AND seq > :after
ORDER BY seq
LIMIT :count`
  },
  updateKeepsSequence: {
    statement: 'update',
    breaks: 'a changed row moves to the tail of the feed',
    why: 'an update keeps its old sequence, so a reader already past it never sees the change',
    sql: `UPDATE records
SET operation = 1,
  create_time = coalesce(:createTime, create_time), modify_time = :modifyTime, data = :data
WHERE app = :app AND db = :db AND tbl = :tbl AND id = :id AND operation <> 2
RETURNING seq`
  },
  updateNotStored: {
    statement: 'update',
    breaks: 'an update is stored and fed to the other devices',
    why: 'the update answers success without writing',
    sql: `SELECT seq FROM records
WHERE app = :app AND db = :db AND tbl = :tbl AND id = :id AND operation <> 2`
  },
  updateUnknownIdInserts: {
    statement: 'update',
    breaks: 'an unknown id gets a per-row error',
    why: 'an update of an id the cloud never stored silently creates it',
    sql: `INSERT INTO records (app, db, tbl, id, seq, operation, create_time, modify_time, data)
VALUES (:app, :db, :tbl, :id, (SELECT coalesce(max(seq), 0) + 1 FROM records), 1,
  coalesce(:createTime, :modifyTime), :modifyTime, :data)
ON CONFLICT DO UPDATE SET seq = excluded.seq, operation = 1, modify_time = excluded.modify_time,
  data = excluded.data
RETURNING seq`
  },
  deleteUnknownIdSucceeds: {
    statement: 'delete',
    breaks: 'an unknown id gets a per-row error',
    why: 'a delete of an id the cloud never stored writes a tombstone for it and answers success',
    sql: `INSERT INTO records (app, db, tbl, id, seq, operation, create_time, modify_time, data)
VALUES (:app, :db, :tbl, :id, (SELECT coalesce(max(seq), 0) + 1 FROM records), 2,
  :modifyTime, :modifyTime, '{}')
ON CONFLICT DO UPDATE SET seq = excluded.seq, operation = 2, modify_time = excluded.modify_time, data = '{}'
RETURNING seq`
  },
  insertOverwrites: {
    statement: 'insert',
    breaks: 'an insert of a stored id gets a per-row error',
    why: 'an insert with an id already stored overwrites that row, so a reused id silently replaces another record',
    sql: `INSERT INTO records (app, db, tbl, id, seq, operation, create_time, modify_time, data)
VALUES (:app, :db, :tbl, :id, (SELECT coalesce(max(seq), 0) + 1 FROM records), 0,
  :createTime, :modifyTime, :data)
ON CONFLICT DO UPDATE SET seq = excluded.seq, operation = 0, create_time = excluded.create_time,
  modify_time = excluded.modify_time, data = excluded.data
RETURNING seq`
  },
  hardDelete: {
    statement: 'delete',
    breaks: 'tombstones are kept with operation 2',
    why: 'a delete removes the row, so a device that has not synced yet keeps it forever',
    sql: `DELETE FROM records
WHERE app = :app AND db = :db AND tbl = :tbl AND id = :id AND operation <> 2
RETURNING seq`
  },
  serverStampsModifyTime: {
    statement: 'insert',
    breaks: "rows keep the device's times as sent",
    why: 'the cloud stamps its own clock, so devices cannot recognise their own echoes',
    sql: `INSERT INTO records (app, db, tbl, id, seq, operation, create_time, modify_time, data)
VALUES (:app, :db, :tbl, :id, (SELECT coalesce(max(seq), 0) + 1 FROM records), 0,
  :createTime, :now, :data)
ON CONFLICT DO NOTHING
RETURNING seq`
  },
  idsPerDevice: {
    statement: 'generateIds',
    breaks: 'ids are globally unique',
    why: 'ids count up per device, so two devices are handed the same ids',
    sql: `WITH RECURSIVE batch(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM batch WHERE i < :count)
INSERT INTO issued_ids (app, device) SELECT :app, :device FROM batch
RETURNING 'row-' || (SELECT count(*) FROM issued_ids AS mine
  WHERE mine.device = issued_ids.device AND mine.n <= issued_ids.n) AS id`
  },
  sharedLock: {
    statement: 'lock',
    breaks: 'the lock is exclusive',
    why: 'lock is granted whoever holds it',
    sql: `INSERT INTO leases (app, db, lock_id, holder, expires_at)
VALUES (:app, :db, (SELECT coalesce(max(lock_id), 0) + 1 FROM leases), :holder, :now + :leaseMs)
ON CONFLICT (app, db) DO UPDATE
SET lock_id = excluded.lock_id, holder = excluded.holder, expires_at = excluded.expires_at
RETURNING lock_id, expires_at`
  },
  leaseNeverLapses: {
    statement: 'lock',
    breaks: 'a lease without heartbeats lapses',
    why: 'only an unlock frees the lock, so a device that dies holding it blocks every upload',
    sql: `INSERT INTO leases (app, db, lock_id, holder, expires_at)
VALUES (:app, :db, (SELECT coalesce(max(lock_id), 0) + 1 FROM leases), :holder, :now + :leaseMs)
ON CONFLICT (app, db) DO UPDATE
SET lock_id = excluded.lock_id, holder = excluded.holder, expires_at = excluded.expires_at
WHERE leases.expires_at = 0
RETURNING lock_id, expires_at`
  },
  heartbeatDoesNotExtend: {
    statement: 'heartbeat',
    breaks: 'a heartbeat extends the lease',
    why: 'the heartbeat answers success but leaves the expiry, so a long sync loses its lock',
    sql: `UPDATE leases SET expires_at = expires_at
WHERE app = :app AND db = :db AND lock_id = :lockId AND expires_at > :now
RETURNING lock_id, expires_at`
  },
  staleLockIdAccepted: {
    statement: 'heartbeat',
    breaks: 'stale lock ids are refused',
    why: "a heartbeat with any lock id extends the current holder's lease",
    sql: `UPDATE leases SET expires_at = :now + :leaseMs
WHERE app = :app AND db = :db AND expires_at > :now
RETURNING lock_id, expires_at`
  },
  emptyCursorFromHead: {
    statement: 'emptyCursor',
    breaks: "'' and '0' both mean from the beginning",
    why: "an empty cursor is read as 'now', so a first sync gets nothing that was written before it",
    sql: `SELECT coalesce(max(seq), 0) AS position FROM records
WHERE app = :app AND db = :db AND tbl = :tbl`
  }
});

/** The names of the defects, for `--defect` and for fleet checkers. */
export const DEFECT_NAMES = Object.freeze(Object.keys(DEFECTS));
