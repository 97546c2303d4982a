// The cloud's storage: one SQLite database (sql.js, SQLite compiled to WebAssembly, run in this
// process) and the statements of statements.mjs. JavaScript here only binds parameters, runs a
// statement and shapes its rows; every guarantee of the sync contract is kept by the SQL.
import { existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import initSqlJs from 'sql.js';
import { DEFECTS, SCHEMA, STATEMENTS } from './statements.mjs';

/** The operation codes of a row in the change feed (`Flag` in the types). */
export const OPERATION = Object.freeze({ INSERT: 0, UPDATE: 1, DELETE: 2 });

let sqlModule;

/** Loads the WebAssembly module once per process; later stores reuse it. */
function loadSql() {
  sqlModule ??= initSqlJs();
  return sqlModule;
}

/**
 * Opens a store.
 * @param {object} options
 * @param {string} [options.file] database file; read if it exists, written after every change.
 *   Without it the database lives in memory and ends with the process.
 * @param {Iterable<string>} [options.defects] names of {@link DEFECTS} to switch in (tests only).
 * @param {Array<object>} [options.apps] applications to register: `{ bundleName, appId, schema }`.
 */
export async function openStore({ file, defects = [], apps = [] } = {}) {
  const SQL = await loadSql();
  const db = file !== undefined && existsSync(file) ? new SQL.Database(readFileSync(file)) : new SQL.Database();
  db.exec(SCHEMA);
  const sql = { ...STATEMENTS };
  for (const name of defects) {
    const defect = DEFECTS[name];
    if (defect === undefined) {
      db.close();
      throw new Error(`unknown defect "${name}"; known: ${Object.keys(DEFECTS).join(', ')}`);
    }
    sql[defect.statement] = defect.sql;
  }
  const store = new Store(db, sql, file);
  for (const app of apps) store.registerApp(app);
  store.persist();
  return store;
}

class Store {
  #db;
  #sql;
  #file;
  #prepared = new Map();

  constructor(db, sql, file) {
    this.#db = db;
    this.#sql = sql;
    this.#file = file;
  }

  /** Runs `text` with named parameters and returns its rows as objects. */
  #all(text, params = {}) {
    let statement = this.#prepared.get(text);
    if (statement === undefined) {
      statement = this.#db.prepare(text);
      this.#prepared.set(text, statement);
    }
    const bound = {};
    for (const [key, value] of Object.entries(params)) {
      if (text.includes(`:${key}`)) bound[`:${key}`] = value === undefined ? null : value;
    }
    try {
      statement.bind(bound);
      const rows = [];
      while (statement.step()) rows.push(statement.getAsObject());
      return rows;
    } finally {
      statement.reset();
    }
  }

  /** Runs one of the contract statements (or its defect) by name. */
  #run(name, params) {
    return this.#all(this.#sql[name], params);
  }

  /** Runs `body` in one transaction: all of its writes land together or not at all. */
  #transaction(body) {
    this.#db.exec('BEGIN IMMEDIATE');
    try {
      const result = body();
      this.#db.exec('COMMIT');
      return result;
    } catch (error) {
      this.#db.exec('ROLLBACK');
      throw error;
    }
  }

  /** Writes the database file, if there is one, through a temporary file so a crash keeps the old one. */
  persist() {
    if (this.#file === undefined) return;
    // export() closes and reopens the database, which frees every prepared statement.
    const bytes = this.#db.export();
    this.#prepared.clear();
    const temporary = `${this.#file}.tmp`;
    writeFileSync(temporary, bytes);
    renameSync(temporary, this.#file);
  }

  close() {
    this.persist();
    for (const statement of this.#prepared.values()) statement.free();
    this.#prepared.clear();
    this.#db.close();
  }

  // -------------------------------------------------------------------------------------------
  // CloudDB

  /** `count` new ids, unique across apps, devices and restarts of a database file. */
  generateIds(app, device, count) {
    return this.#transaction(() => this.#run('generateIds', { app, device, count }).map((row) => String(row.id)));
  }

  /**
   * Writes rows of one table in one transaction; one result per row, in order.
   * @param {'insert'|'update'|'delete'} kind
   * @param {Array<{id: string, createTime?: number, modifyTime: number, data?: object}>} rows
   * @returns {Array<{ok: true, seq: number} | {ok: false, reason: string}>}
   */
  write(kind, { app, db, tbl, now }, rows) {
    return this.#transaction(() =>
      rows.map((row) => {
        const [stored] = this.#run(kind, {
          app,
          db,
          tbl,
          now,
          id: row.id,
          createTime: row.createTime ?? null,
          modifyTime: row.modifyTime,
          data: JSON.stringify(row.data ?? {})
        });
        if (stored !== undefined) return { ok: true, seq: stored.seq };
        return { ok: false, reason: kind === 'insert' ? 'record already exists' : 'record not found' };
      })
    );
  }

  /**
   * One page of a table's change feed after `cursor` ('' or '0' for the beginning).
   * @returns {{ rows: Array<object>, hasMore: boolean, nextCursor: string }}
   */
  page({ app, db, tbl }, cursor, count) {
    const after = cursor === '' ? this.#run('emptyCursor', { app, db, tbl })[0].position : Number(cursor);
    const found = this.#run('page', { app, db, tbl, after, count });
    const rows = found.slice(0, count);
    const last = rows.at(-1);
    return {
      rows: rows.map((row) => ({
        id: row.id,
        operation: row.operation,
        createTime: row.create_time,
        modifyTime: row.modify_time,
        data: JSON.parse(row.data)
      })),
      hasMore: found.length > count,
      nextCursor: String(last === undefined ? after : last.position)
    };
  }

  /** Takes the lease of (app, db), or null when someone else holds it. */
  lock({ app, db, now }, holder, leaseMs) {
    const [row] = this.#transaction(() => this.#run('lock', { app, db, now, holder, leaseMs }));
    return row === undefined ? null : { lockId: row.lock_id, expiresAt: row.expires_at };
  }

  /** Extends the lease `lockId` if it is still the live one, else null. */
  heartbeat({ app, db, now }, lockId, leaseMs) {
    const [row] = this.#transaction(() => this.#run('heartbeat', { app, db, now, lockId, leaseMs }));
    return row === undefined ? null : { lockId: row.lock_id, expiresAt: row.expires_at };
  }

  /** Releases the lease `lockId`; false if it is not the live one. */
  unlock({ app, db, now }, lockId) {
    return this.#transaction(() => this.#run('unlock', { app, db, now, lockId })).length === 1;
  }

  // -------------------------------------------------------------------------------------------
  // CloudService

  registerApp({ bundleName, appId = bundleName, cloudSwitch = true, instanceId = 0, schema }) {
    this.#all(
      `INSERT INTO apps (bundle_name, app_id, cloud_switch, instance_id, schema)
VALUES (:bundleName, :appId, :cloudSwitch, :instanceId, :schema)
ON CONFLICT (bundle_name) DO UPDATE SET app_id = excluded.app_id, cloud_switch = excluded.cloud_switch,
  instance_id = excluded.instance_id, schema = excluded.schema`,
      { bundleName, appId, cloudSwitch: cloudSwitch ? 1 : 0, instanceId, schema: JSON.stringify(schema) }
    );
  }

  apps() {
    return this.#all('SELECT bundle_name, app_id, cloud_switch, instance_id FROM apps ORDER BY bundle_name');
  }

  schema(bundleName) {
    const [row] = this.#all('SELECT schema FROM apps WHERE bundle_name = :bundleName', { bundleName });
    return row === undefined ? undefined : JSON.parse(row.schema);
  }

  /** Bytes used by rows and assets, for the account's remaining space. */
  usedBytes() {
    const [row] = this.#all(
      `SELECT (SELECT coalesce(sum(length(data)), 0) FROM records)
  + (SELECT coalesce(sum(size), 0) FROM assets) AS used`
    );
    return row.used;
  }

  subscribe(app, alias, expiresAt) {
    this.#all(
      `INSERT INTO subscriptions (app, db_alias, expires_at) VALUES (:app, :alias, :expiresAt)
ON CONFLICT (app, db_alias) DO UPDATE SET expires_at = excluded.expires_at`,
      { app, alias, expiresAt }
    );
  }

  /** Drops subscriptions by their ids (`app/alias`); the number dropped. */
  unsubscribe(app, ids) {
    let dropped = 0;
    for (const id of ids) {
      dropped += this.#all(`DELETE FROM subscriptions WHERE app = :app AND app || '/' || db_alias = :id RETURNING app`, { app, id }).length;
    }
    return dropped;
  }

  // -------------------------------------------------------------------------------------------
  // AssetLoader

  /** Stores an asset's bytes; its id and a SHA-256 of the bytes come back. */
  putAsset({ app, db, tbl, gid, name }, bytes) {
    const hash = createHash('sha256').update(bytes).digest('hex');
    const assetId = `${tbl}/${gid}/${name}`;
    this.#all(
      `INSERT INTO assets (app, db, tbl, gid, name, asset_id, hash, size, bytes)
VALUES (:app, :db, :tbl, :gid, :name, :assetId, :hash, :size, :bytes)
ON CONFLICT (app, db, tbl, gid, name) DO UPDATE
SET asset_id = excluded.asset_id, hash = excluded.hash, size = excluded.size, bytes = excluded.bytes`,
      { app, db, tbl, gid, name, assetId, hash, size: bytes.length, bytes }
    );
    return { assetId, hash, size: bytes.length };
  }

  getAsset({ app, db, tbl, gid, name }) {
    const [row] = this.#all(
      `SELECT asset_id, hash, size, bytes FROM assets
WHERE app = :app AND db = :db AND tbl = :tbl AND gid = :gid AND name = :name`,
      { app, db, tbl, gid, name }
    );
    return row === undefined ? undefined : { assetId: row.asset_id, hash: row.hash, size: row.size, bytes: row.bytes };
  }
}
