#!/usr/bin/env node
// An example cloud for the device-cloud sync engine: a small JSON-over-HTTP server whose data
// lives in an embedded SQLite database (sql.js). Its routes map one to one onto the calls of a
// vendor extension (CloudDB, AssetLoader, CloudService); README.md documents them.
//
//   node examples/cloud-server/server.mjs [--port N] [--db FILE] [--lease S]
//
// prints the URL on its first line of output and runs until SIGINT or SIGTERM.
import http from 'node:http';
import { parseArgs } from 'node:util';
import { fileURLToPath } from 'node:url';
import { DEFECTS, DEFECT_NAMES } from './statements.mjs';
import { OPERATION, openStore } from './store.mjs';

export { DEFECTS, DEFECT_NAMES };

/** `ErrorCode` of `@ohos.data.cloudExtension`, as numbers on the wire. */
export const ERROR_CODE = Object.freeze({
  SUCCESS: 0,
  UNKNOWN_ERROR: 1,
  NETWORK_ERROR: 2,
  CLOUD_DISABLED: 3,
  LOCKED_BY_OTHERS: 4,
  RECORD_LIMIT_EXCEEDED: 5,
  NO_SPACE_FOR_ASSET: 6
});

/** Largest JSON request body, in bytes: a 30-row upload batch of 1.5 MB fits with room to spare. */
export const DEFAULT_MAX_BODY_BYTES = 4 * 1024 * 1024;
/** Largest asset body, in bytes. */
export const DEFAULT_MAX_ASSET_BYTES = 16 * 1024 * 1024;
/** Lease of a lock, in seconds (`LockInfo.interval`); the device heartbeats every third of it. */
export const DEFAULT_LEASE_SECONDS = 10;
/** Largest `queryCount` accepted; the device's bridge asks for 10. */
export const MAX_QUERY_COUNT = 1000;
/** Largest `generateId` count, and largest number of rows in one write. */
export const MAX_BATCH = 1000;
/** Account space reported by the service info, in KB. */
export const DEFAULT_TOTAL_SPACE_KB = 100 * 1024;

/** The application registered when none is given: the notes app of the vendor-extension example. */
export const DEFAULT_APPS = Object.freeze([
  {
    bundleName: 'com.example.notes',
    appId: 'notes-app',
    schema: {
      version: 1,
      databases: [
        {
          name: 'notes.db',
          alias: 'notes_cloud_db',
          tables: [
            {
              alias: 'notes_cloud',
              name: 'notes',
              fields: [
                { alias: 'title_cloud', colName: 'title', type: 3, primary: false, nullable: false },
                { alias: 'photo_cloud', colName: 'photo', type: 6, primary: false, nullable: true }
              ]
            }
          ]
        }
      ]
    }
  }
]);

/** A request the server refuses, answered with `status` and `{ error: message }`. */
class RequestError extends Error {
  constructor(status, message, headers = {}) {
    super(message);
    this.status = status;
    this.headers = headers;
  }
}

/**
 * Starts the cloud on 127.0.0.1.
 * @param {object} [options]
 * @param {number} [options.port] TCP port; 0 (the default) picks a free one.
 * @param {string} [options.db] database file; in memory when absent.
 * @param {number} [options.leaseSeconds] lock lease in seconds (`interval`).
 * @param {() => number} [options.clock] the time in ms; tests pass a fake one to move leases on.
 * @param {boolean} [options.testClock] tests only: a request's `x-test-now` header (ms) is its time,
 *   so that a test driving a server in another process can move leases on.
 * @param {Iterable<string>} [options.defects] defects of statements.mjs to switch in (tests only).
 * @param {number} [options.maxBodyBytes] largest JSON body, in bytes.
 * @param {number} [options.maxAssetBytes] largest asset body, in bytes.
 * @param {Array<object>} [options.apps] applications and their schemas.
 * @param {number} [options.totalSpaceKB] account space in KB.
 * @returns {Promise<{ url: string, port: number, close(): Promise<void> }>}
 */
export async function startCloudServer(options = {}) {
  const {
    port = 0,
    db: file,
    leaseSeconds = DEFAULT_LEASE_SECONDS,
    clock = Date.now,
    testClock = false,
    defects = [],
    maxBodyBytes = DEFAULT_MAX_BODY_BYTES,
    maxAssetBytes = DEFAULT_MAX_ASSET_BYTES,
    apps = DEFAULT_APPS,
    totalSpaceKB = DEFAULT_TOTAL_SPACE_KB
  } = options;
  if (!Number.isInteger(leaseSeconds) || leaseSeconds < 1) {
    throw new RangeError(`leaseSeconds must be a whole number of seconds >= 1, got ${leaseSeconds}`);
  }
  const store = await openStore({ file, defects, apps });
  const context = { store, clock, testClock, leaseMs: leaseSeconds * 1000, leaseSeconds, maxBodyBytes, maxAssetBytes, totalSpaceKB };
  const server = http.createServer((request, response) => {
    handle(context, request, response).catch((error) => {
      // Only a bug of this server gets here; say so once and keep serving.
      send(response, 500, { error: `internal error: ${error.message}` });
    });
  });
  server.keepAliveTimeout = 1000;
  await new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', resolve);
  });
  const { port: actualPort } = server.address();
  let closing;
  return {
    url: `http://127.0.0.1:${actualPort}`,
    port: actualPort,
    close() {
      closing ??= new Promise((resolve) => {
        server.close(() => {
          store.close();
          resolve();
        });
        server.closeAllConnections();
      });
      return closing;
    }
  };
}

// ---------------------------------------------------------------------------------------------
// Routing

const NAME = '([^/]+)';
const STORE_PREFIX = `^/v1/apps/${NAME}/databases/${NAME}`;

/** Routes: method, path pattern, handler. Captured path segments are URI-decoded names. */
const ROUTES = [
  ['GET', '^/v1/service-info$', serviceInfo],
  ['GET', '^/v1/apps$', appBriefInfo],
  ['GET', `^/v1/apps/${NAME}/schema$`, appSchema],
  ['POST', '^/v1/subscriptions$', subscribe],
  ['POST', '^/v1/subscriptions/cancel$', unsubscribe],
  ['POST', `${STORE_PREFIX}/ids$`, generateId],
  ['POST', `${STORE_PREFIX}/tables/${NAME}/insert$`, (c, r, [app, db, tbl]) => write(c, r, 'insert', app, db, tbl)],
  ['POST', `${STORE_PREFIX}/tables/${NAME}/update$`, (c, r, [app, db, tbl]) => write(c, r, 'update', app, db, tbl)],
  ['POST', `${STORE_PREFIX}/tables/${NAME}/delete$`, (c, r, [app, db, tbl]) => write(c, r, 'delete', app, db, tbl)],
  ['POST', `${STORE_PREFIX}/tables/${NAME}/query$`, query],
  ['POST', `${STORE_PREFIX}/lock$`, lock],
  ['POST', `${STORE_PREFIX}/heartbeat$`, heartbeat],
  ['POST', `${STORE_PREFIX}/unlock$`, unlock],
  ['PUT', `${STORE_PREFIX}/assets/${NAME}/${NAME}/${NAME}$`, uploadAsset],
  ['GET', `${STORE_PREFIX}/assets/${NAME}/${NAME}/${NAME}$`, downloadAsset]
].map(([method, pattern, handler]) => ({ method, pattern: new RegExp(pattern), handler }));

async function handle(context, request, response) {
  try {
    const { pathname } = new URL(request.url ?? '/', 'http://127.0.0.1');
    const matching = ROUTES.filter((route) => route.pattern.test(pathname));
    if (matching.length === 0) throw new RequestError(404, `no route ${pathname}`);
    const route = matching.find((candidate) => candidate.method === request.method);
    if (route === undefined) {
      const allowed = matching.map((candidate) => candidate.method).join(', ');
      throw new RequestError(405, `${request.method} is not allowed on ${pathname}; use ${allowed}`, { allow: allowed });
    }
    const names = route.pattern.exec(pathname).slice(1).map(decodeName);
    const result = await route.handler(context, request, names);
    if (result instanceof Uint8Array) {
      response.writeHead(200, { 'content-type': 'application/octet-stream', 'content-length': result.length });
      response.end(result);
    } else {
      send(response, 200, result);
    }
  } catch (error) {
    if (!(error instanceof RequestError)) throw error;
    // Drain what the client still sends, so that it reads our answer instead of a reset.
    request.resume();
    send(response, error.status, { error: error.message }, error.headers);
  }
}

function send(response, status, body, headers = {}) {
  if (response.headersSent) {
    response.destroy();
    return;
  }
  const text = JSON.stringify(body);
  response.writeHead(status, {
    'content-type': 'application/json; charset=utf-8',
    'content-length': Buffer.byteLength(text),
    ...headers
  });
  response.end(text);
}

function decodeName(segment) {
  let name;
  try {
    name = decodeURIComponent(segment);
  } catch {
    throw new RequestError(400, `path segment "${segment}" is not valid percent-encoding`);
  }
  if (name.length === 0 || name.length > 256) throw new RequestError(400, 'names in the path must have 1 to 256 characters');
  return name;
}

/** Reads the whole body, refusing it once it passes `limit` bytes. */
async function readBody(request, limit) {
  const declared = Number(request.headers['content-length']);
  if (declared > limit) throw new RequestError(413, `body of ${declared} bytes is over the limit of ${limit} bytes`);
  const chunks = [];
  let size = 0;
  for await (const chunk of request) {
    size += chunk.length;
    if (size > limit) throw new RequestError(413, `body is over the limit of ${limit} bytes`);
    chunks.push(chunk);
  }
  return Buffer.concat(chunks);
}

/** Reads a JSON object body. */
async function readJson(context, request) {
  const bytes = await readBody(request, context.maxBodyBytes);
  let body;
  try {
    body = JSON.parse(bytes.length === 0 ? '{}' : bytes.toString('utf8'));
  } catch (error) {
    throw new RequestError(400, `body is not JSON: ${error.message}`);
  }
  if (body === null || typeof body !== 'object' || Array.isArray(body)) {
    throw new RequestError(400, 'body must be a JSON object');
  }
  return body;
}

// ---------------------------------------------------------------------------------------------
// Checks of request fields: each failure names the field and what it must be.

function integer(value, field, min, max) {
  if (!Number.isSafeInteger(value) || value < min || value > max) {
    throw new RequestError(400, `${field} must be an integer from ${min} to ${max}, got ${JSON.stringify(value)}`);
  }
  return value;
}

/** A time in ms: an integer, or its decimal string (the device's bridge carries times as text in places). */
function time(value, field) {
  const number = typeof value === 'string' && /^[0-9]{1,16}$/.test(value) ? Number(value) : value;
  return integer(number, field, 0, Number.MAX_SAFE_INTEGER);
}

function string(value, field) {
  if (typeof value !== 'string' || value.length === 0) {
    throw new RequestError(400, `${field} must be a non-empty string, got ${JSON.stringify(value)}`);
  }
  return value;
}

function plainObject(value, field) {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    throw new RequestError(400, `${field} must be an object`);
  }
  return value;
}

function array(value, field, max = MAX_BATCH) {
  if (!Array.isArray(value)) throw new RequestError(400, `${field} must be an array`);
  if (value.length > max) throw new RequestError(413, `${field} has ${value.length} entries, over the limit of ${max}`);
  return value;
}

/** The time of a request in ms: the server's clock, or the `x-test-now` header when testClock is on. */
function nowOf(context, request) {
  const header = request.headers['x-test-now'];
  if (!context.testClock || header === undefined) return context.clock();
  if (typeof header !== 'string' || !/^[0-9]{1,16}$/.test(header)) {
    throw new RequestError(400, `x-test-now must be a time in ms, got ${JSON.stringify(header)}`);
  }
  return Number(header);
}

/** The device naming itself in `x-device`, for the lock's holder; 'unknown' when absent. */
function deviceOf(request) {
  const device = request.headers['x-device'];
  return typeof device === 'string' && device.length > 0 ? device.slice(0, 256) : 'unknown';
}

// ---------------------------------------------------------------------------------------------
// CloudDB

async function generateId(context, request, [app]) {
  const body = await readJson(context, request);
  const count = integer(body.count, 'count', 1, MAX_BATCH);
  const ids = context.store.generateIds(app, deviceOf(request), count);
  return { code: ERROR_CODE.SUCCESS, description: `${ids.length} ids`, value: ids };
}

const OPERATION_OF = { insert: OPERATION.INSERT, update: OPERATION.UPDATE, delete: OPERATION.DELETE };

async function write(context, request, kind, app, db, tbl) {
  const body = await readJson(context, request);
  const extensions = array(body.extensions, 'extensions');
  const values = kind === 'delete' ? [] : array(body.values, 'values');
  if (kind !== 'delete' && values.length !== extensions.length) {
    throw new RequestError(400, `values has ${values.length} rows but extensions has ${extensions.length}; they run parallel`);
  }
  const rows = extensions.map((extension, index) => {
    const field = `extensions[${index}]`;
    plainObject(extension, field);
    return {
      id: string(extension.id, `${field}.id`),
      createTime: kind === 'insert' || extension.createTime !== undefined ? time(extension.createTime, `${field}.createTime`) : undefined,
      modifyTime: time(extension.modifyTime, `${field}.modifyTime`),
      data: kind === 'delete' ? undefined : plainObject(values[index], `values[${index}]`)
    };
  });
  const results = context.store.write(kind, { app, db, tbl, now: nowOf(context, request) }, rows);
  context.store.persist();
  return results.map((result, index) => {
    const row = rows[index];
    if (!result.ok) return { code: ERROR_CODE.UNKNOWN_ERROR, description: `${result.reason}: ${row.id}` };
    const value = { id: row.id, operation: OPERATION_OF[kind], modifyTime: row.modifyTime };
    if (row.createTime !== undefined) value.createTime = row.createTime;
    return { code: ERROR_CODE.SUCCESS, value };
  });
}

async function query(context, request, [app, db, tbl]) {
  const body = await readJson(context, request);
  const fields = array(body.fields, 'fields');
  fields.forEach((field, index) => string(field, `fields[${index}]`));
  const count = integer(body.queryCount, 'queryCount', 1, MAX_QUERY_COUNT);
  const cursor = body.queryCursor;
  if (typeof cursor !== 'string' || !/^(|0|[1-9][0-9]{0,15})$/.test(cursor)) {
    throw new RequestError(400, `queryCursor must be '' or a cursor this server returned, got ${JSON.stringify(cursor)}`);
  }
  const page = context.store.page({ app, db, tbl }, cursor, count);
  const values = page.rows.map((row) => {
    // fromEntries defines own properties, so a column named "__proto__" stays a column.
    const out = Object.fromEntries(
      row.operation === OPERATION.DELETE
        ? []
        : fields.filter((field) => Object.hasOwn(row.data, field)).map((field) => [field, row.data[field]])
    );
    out.id = row.id;
    out.operation = row.operation;
    out.createTime = row.createTime;
    out.modifyTime = row.modifyTime;
    return out;
  });
  return {
    code: ERROR_CODE.SUCCESS,
    description: `${values.length} rows`,
    value: { nextCursor: page.nextCursor, hasMore: page.hasMore, values }
  };
}

async function lock(context, request, [app, db]) {
  await readJson(context, request);
  const lease = context.store.lock({ app, db, now: nowOf(context, request) }, deviceOf(request), context.leaseMs);
  context.store.persist();
  if (lease === null) return { code: ERROR_CODE.LOCKED_BY_OTHERS, description: `${app}/${db} is locked by another device` };
  return { code: ERROR_CODE.SUCCESS, description: 'locked', value: { interval: context.leaseSeconds, lockId: lease.lockId } };
}

async function heartbeat(context, request, [app, db]) {
  const body = await readJson(context, request);
  const lockId = integer(body.lockId, 'lockId', 0, 2 ** 31 - 1);
  const lease = context.store.heartbeat({ app, db, now: nowOf(context, request) }, lockId, context.leaseMs);
  context.store.persist();
  if (lease === null) {
    return { code: ERROR_CODE.UNKNOWN_ERROR, description: `lock ${lockId} is not the live lock of ${app}/${db}` };
  }
  return { code: ERROR_CODE.SUCCESS, description: 'lease extended', value: { interval: context.leaseSeconds, lockId: lease.lockId } };
}

async function unlock(context, request, [app, db]) {
  const body = await readJson(context, request);
  const lockId = integer(body.lockId, 'lockId', 0, 2 ** 31 - 1);
  const released = context.store.unlock({ app, db, now: nowOf(context, request) }, lockId);
  context.store.persist();
  if (!released) {
    return { code: ERROR_CODE.UNKNOWN_ERROR, description: `lock ${lockId} is not the live lock of ${app}/${db}`, value: false };
  }
  return { code: ERROR_CODE.SUCCESS, description: 'unlocked', value: true };
}

// ---------------------------------------------------------------------------------------------
// AssetLoader

async function uploadAsset(context, request, [app, db, tbl, gid, name]) {
  const bytes = await readBody(request, context.maxAssetBytes);
  const stored = context.store.putAsset({ app, db, tbl, gid, name }, bytes);
  context.store.persist();
  return { code: ERROR_CODE.SUCCESS, value: stored };
}

async function downloadAsset(context, request, [app, db, tbl, gid, name]) {
  const asset = context.store.getAsset({ app, db, tbl, gid, name });
  if (asset === undefined) throw new RequestError(404, `no asset ${tbl}/${gid}/${name}`);
  return asset.bytes;
}

// ---------------------------------------------------------------------------------------------
// CloudService

async function serviceInfo(context) {
  const usedKB = Math.ceil(context.store.usedBytes() / 1024);
  return {
    enableCloud: true,
    id: 'example-cloud-account',
    totalSpace: context.totalSpaceKB,
    remainingSpace: Math.max(0, context.totalSpaceKB - usedKB),
    user: 100
  };
}

async function appBriefInfo(context) {
  const apps = {};
  for (const row of context.store.apps()) {
    apps[row.bundle_name] = {
      appId: row.app_id,
      bundleName: row.bundle_name,
      cloudSwitch: row.cloud_switch === 1,
      instanceId: row.instance_id
    };
  }
  return apps;
}

async function appSchema(context, request, [bundleName]) {
  const schema = context.store.schema(bundleName);
  if (schema === undefined) return { code: ERROR_CODE.UNKNOWN_ERROR, description: `no app ${bundleName}` };
  return { code: ERROR_CODE.SUCCESS, description: 'schema', value: { bundleName, ...schema } };
}

async function subscribe(context, request) {
  const body = await readJson(context, request);
  const subInfo = plainObject(body.subInfo, 'subInfo');
  const expirationTime = time(body.expirationTime, 'expirationTime');
  const result = {};
  for (const [bundleName, databases] of Object.entries(subInfo)) {
    result[bundleName] = array(databases, `subInfo.${bundleName}`).map((database, index) => {
      const alias = string(plainObject(database, `subInfo.${bundleName}[${index}]`).alias, `subInfo.${bundleName}[${index}].alias`);
      context.store.subscribe(bundleName, alias, expirationTime);
      return { databaseAlias: alias, id: `${bundleName}/${alias}` };
    });
  }
  context.store.persist();
  return { code: ERROR_CODE.SUCCESS, description: 'subscribed', value: { expirationTime, subscribe: result } };
}

async function unsubscribe(context, request) {
  const body = await readJson(context, request);
  const info = plainObject(body.unsubscribeInfo, 'unsubscribeInfo');
  let dropped = 0;
  for (const [bundleName, ids] of Object.entries(info)) {
    const checked = array(ids, `unsubscribeInfo.${bundleName}`).map((id, index) => string(id, `unsubscribeInfo.${bundleName}[${index}]`));
    dropped += context.store.unsubscribe(bundleName, checked);
  }
  context.store.persist();
  // The device's stub reads a value > 0 as success.
  return { value: Math.max(1, dropped), dropped };
}

// ---------------------------------------------------------------------------------------------
// Command line

const USAGE = 'usage: node examples/cloud-server/server.mjs [--port N] [--db FILE] [--lease SECONDS] [--test-clock]';

async function main() {
  let values;
  try {
    ({ values } = parseArgs({
      options: {
        port: { type: 'string' },
        db: { type: 'string' },
        lease: { type: 'string' },
        'test-clock': { type: 'boolean' },
        help: { type: 'boolean' }
      }
    }));
  } catch (error) {
    process.stderr.write(`${error.message}\n${USAGE}\n`);
    return 2;
  }
  if (values.help) {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  const port = values.port === undefined ? 0 : Number(values.port);
  const leaseSeconds = values.lease === undefined ? DEFAULT_LEASE_SECONDS : Number(values.lease);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    process.stderr.write(`--port must be an integer from 0 to 65535, got ${values.port}\n${USAGE}\n`);
    return 2;
  }
  if (!Number.isInteger(leaseSeconds) || leaseSeconds < 1) {
    process.stderr.write(`--lease must be a whole number of seconds >= 1, got ${values.lease}\n${USAGE}\n`);
    return 2;
  }
  let server;
  try {
    server = await startCloudServer({ port, db: values.db, leaseSeconds, testClock: values['test-clock'] === true });
  } catch (error) {
    process.stderr.write(`cannot start the cloud server: ${error.message}\n`);
    return 1;
  }
  process.stdout.write(`${server.url}\n`);
  await new Promise((resolve) => {
    process.once('SIGINT', resolve);
    process.once('SIGTERM', resolve);
  });
  await server.close();
  return 0;
}

if (process.argv[1] !== undefined && fileURLToPath(import.meta.url) === process.argv[1]) {
  process.exitCode = await main();
}
