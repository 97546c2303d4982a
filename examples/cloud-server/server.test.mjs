// The server as a program: malformed requests get a 4xx with a one-line JSON message and the
// server keeps serving; the command line starts it, prints its URL first and stops on a signal;
// a database file keeps rows and ids across restarts; the CloudService and AssetLoader routes.
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { once } from 'node:events';
import { mkdtempSync, rmSync } from 'node:fs';
import http from 'node:http';
import net from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { cloudDB } from './client.mjs';
import { startCloudServer } from './server.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const SERVER = path.join(here, 'server.mjs');
const STORE = '/v1/apps/com.example.notes/databases/notes_cloud_db';
const TABLE = `${STORE}/tables/notes_cloud`;

async function call(url, pathname, { method = 'POST', body, headers = {} } = {}) {
  const response = await fetch(`${url}${pathname}`, { method, body, headers });
  const text = await response.text();
  let json;
  try {
    json = JSON.parse(text);
  } catch {
    json = undefined;
  }
  return { status: response.status, json, text, headers: response.headers };
}

describe('malformed requests', () => {
  let server;
  before(async () => (server = await startCloudServer({ port: 0, maxBodyBytes: 1024, maxAssetBytes: 64 })));
  after(() => server.close());

  /** @type {Array<[string, string, { method?: string, body?: string }, number, RegExp]>} */
  const cases = [
    ['an unknown route', '/v1/nothing', { method: 'GET' }, 404, /no route \/v1\/nothing/],
    ['a wrong method', `${STORE}/lock`, { method: 'GET' }, 405, /GET is not allowed .* use POST/],
    ['a body that is not JSON', `${TABLE}/query`, { body: '{"fields": [' }, 400, /body is not JSON/],
    ['a JSON body that is not an object', `${TABLE}/query`, { body: '[1, 2]' }, 400, /body must be a JSON object/],
    ['a JSON null body', `${STORE}/ids`, { body: 'null' }, 400, /body must be a JSON object/],
    ['a count of the wrong type', `${STORE}/ids`, { body: '{"count": "3"}' }, 400, /count must be an integer from 1 to 1000, got "3"/],
    ['a count of zero', `${STORE}/ids`, { body: '{"count": 0}' }, 400, /count must be an integer/],
    [
      'a cursor this server never gave',
      `${TABLE}/query`,
      { body: '{"fields": [], "queryCount": 10, "queryCursor": "abc"}' },
      400,
      /queryCursor must be '' or a cursor this server returned, got "abc"/
    ],
    ['a missing queryCount', `${TABLE}/query`, { body: '{"fields": [], "queryCursor": ""}' }, 400, /queryCount must be an integer/],
    [
      'fields that are not strings',
      `${TABLE}/query`,
      { body: '{"fields": [1], "queryCount": 1, "queryCursor": ""}' },
      400,
      /fields\[0\] must be a non-empty string/
    ],
    [
      'values and extensions of different lengths',
      `${TABLE}/insert`,
      { body: '{"values": [{}], "extensions": []}' },
      400,
      /values has 1 rows but extensions has 0/
    ],
    [
      'an extension without an id',
      `${TABLE}/insert`,
      { body: '{"values": [{}], "extensions": [{"createTime": 1, "modifyTime": 1}]}' },
      400,
      /extensions\[0\]\.id must be a non-empty string/
    ],
    [
      'a time that is not an integer',
      `${TABLE}/update`,
      { body: '{"values": [{}], "extensions": [{"id": "x", "modifyTime": 1.5}]}' },
      400,
      /extensions\[0\]\.modifyTime must be an integer/
    ],
    [
      'a row that is not an object',
      `${TABLE}/insert`,
      { body: '{"values": [7], "extensions": [{"id": "x", "createTime": 1, "modifyTime": 1}]}' },
      400,
      /values\[0\] must be an object/
    ],
    ['a lock id of the wrong type', `${STORE}/heartbeat`, { body: '{"lockId": "1"}' }, 400, /lockId must be an integer/],
    ['bad percent-encoding in a name', '/v1/apps/%E0%A4%A/schema', { method: 'GET' }, 400, /not valid percent-encoding/],
    ['a body over the limit', `${TABLE}/insert`, { body: `{"pad": "${'x'.repeat(2048)}"}` }, 413, /over the limit of 1024 bytes/],
    [
      'an asset over the limit',
      `${STORE}/assets/notes_cloud/g1/a.bin`,
      { method: 'PUT', body: 'y'.repeat(65) },
      413,
      /over the limit of 64 bytes/
    ]
  ];

  for (const [name, pathname, request, status, message] of cases) {
    test(`${name}: ${status}`, async () => {
      const answer = await call(server.url, pathname, request);
      assert.equal(answer.status, status, answer.text);
      assert.match(answer.headers.get('content-type'), /^application\/json/);
      assert.equal(typeof answer.json?.error, 'string', answer.text);
      assert.match(answer.json.error, message);
      assert.doesNotMatch(answer.json.error, /\n|    at /, 'one line, no stack trace');
    });
  }

  test('a body over the limit sent in chunks, without a length, is refused too', async () => {
    const { hostname, port } = new URL(server.url);
    const request = http.request({ hostname, port, method: 'POST', path: `${TABLE}/insert` });
    for (let i = 0; i < 4; i++) request.write('x'.repeat(400));
    request.end();
    const [response] = await once(request, 'response');
    let text = '';
    for await (const chunk of response) text += chunk;
    assert.equal(response.statusCode, 413);
    assert.equal(response.headers['transfer-encoding'], undefined);
    assert.match(JSON.parse(text).error, /body is over the limit of 1024 bytes/);
  });

  test('a client that hangs up mid-body, or sends no HTTP at all, does not stop the server', async () => {
    const { port } = new URL(server.url);
    const raws = [
      `POST ${STORE}/ids HTTP/1.1\r\nHost: x\r\nContent-Length: 100\r\n\r\n{"cou`,
      'NOT HTTP\r\n\r\n',
      `POST ${STORE}/ids HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\n`
    ];
    const firstLines = [];
    for (const [index, raw] of raws.entries()) {
      const socket = net.connect(Number(port), '127.0.0.1');
      await once(socket, 'connect');
      let answer = '';
      socket.on('data', (chunk) => (answer += chunk.toString('utf8')));
      socket.on('error', () => {});
      const closed = once(socket, 'close');
      socket.write(raw);
      if (index === 0) {
        // The server waits for the rest of the body; the client gives up.
        await new Promise((resolve) => setTimeout(resolve, 50));
        socket.destroy();
      }
      await closed;
      firstLines.push(answer.split('\r\n')[0]);
    }
    assert.deepEqual(firstLines, ['', 'HTTP/1.1 400 Bad Request', 'HTTP/1.1 400 Bad Request']);
  });

  test('after all of them the server still serves', async () => {
    const db = cloudDB(server.url, { app: 'com.example.notes', db: 'notes_cloud_db' });
    const ids = await db.generateId(2);
    assert.equal(ids.code, 0);
    assert.equal(ids.value.length, 2);
    const page = await db.query('notes_cloud', ['title'], 10, '');
    assert.deepEqual(page.value, { nextCursor: '0', hasMore: false, values: [] });
  });
});

describe('the command line', () => {
  test('prints the URL on its first line, serves, and stops on SIGTERM and on SIGINT', async () => {
    for (const signal of ['SIGTERM', 'SIGINT']) {
      const child = spawn(process.execPath, [SERVER, '--port', '0'], { stdio: ['ignore', 'pipe', 'pipe'] });
      let stdout = '';
      child.stdout.setEncoding('utf8');
      child.stdout.on('data', (chunk) => (stdout += chunk));
      while (!stdout.includes('\n')) await once(child.stdout, 'data');
      const url = stdout.split('\n')[0];
      assert.match(url, /^http:\/\/127\.0\.0\.1:\d+$/);
      const info = await call(url, '/v1/service-info', { method: 'GET' });
      assert.equal(info.status, 200);
      assert.equal(info.json.enableCloud, true);
      child.kill(signal);
      const [code] = await once(child, 'exit');
      assert.equal(code, 0, `exit after ${signal}`);
    }
  });

  test('bad arguments get one line and exit code 2', async () => {
    for (const args of [['--port', 'x'], ['--lease', '0'], ['--nope']]) {
      const child = spawn(process.execPath, [SERVER, ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
      let stderr = '';
      child.stderr.setEncoding('utf8');
      child.stderr.on('data', (chunk) => (stderr += chunk));
      const [code] = await once(child, 'exit');
      assert.equal(code, 2, args.join(' '));
      assert.doesNotMatch(stderr, /    at /, 'no stack trace');
      assert.match(stderr.split('\n')[1], /^usage: /);
    }
  });
});

describe('options', () => {
  test('an unknown defect or a lease under a second is refused before anything listens', async () => {
    await assert.rejects(startCloudServer({ port: 0, defects: ['noSuchDefect'] }), /unknown defect "noSuchDefect"; known: offsetCursor, /);
    await assert.rejects(startCloudServer({ port: 0, leaseSeconds: 0.5 }), /leaseSeconds must be a whole number of seconds >= 1/);
  });

  test('with testClock, x-test-now is the time of a call, and a malformed one is a 400', async () => {
    const server = await startCloudServer({ port: 0, testClock: true, leaseSeconds: 5 });
    try {
      const at = (ms) => cloudDB(server.url, { app: 'a', db: 'd', now: () => ms });
      assert.equal((await at(1000).lock()).code, 0);
      assert.equal((await at(5999).lock()).code, 4, 'the lease runs until 6000');
      assert.equal((await at(6000).lock()).code, 0, 'and is over at 6000');
      const bad = await call(server.url, `${STORE}/lock`, { body: '{}', headers: { 'x-test-now': 'soon' } });
      assert.equal(bad.status, 400);
      assert.match(bad.json.error, /x-test-now must be a time in ms, got "soon"/);
    } finally {
      await server.close();
    }
  });

  test('the lease in seconds is the interval the lock answers', async () => {
    const server = await startCloudServer({ port: 0, leaseSeconds: 42 });
    try {
      const locked = await cloudDB(server.url, { app: 'a', db: 'd' }).lock();
      assert.deepEqual([locked.code, locked.value.interval], [0, 42]);
    } finally {
      await server.close();
    }
  });
});

describe('a database file', () => {
  let dir;
  before(() => (dir = mkdtempSync(path.join(tmpdir(), 'cloud-server-'))));
  after(() => rmSync(dir, { recursive: true, force: true }));

  test('keeps rows, the feed and the id sequence across a restart', async () => {
    const file = path.join(dir, 'cloud.sqlite');
    const first = await startCloudServer({ port: 0, db: file });
    const db = cloudDB(first.url, { app: 'a', db: 'd' });
    const ids = (await db.generateId(2)).value;
    await db.insert('t', [{ title: 'kept' }], [{ id: ids[0], operation: 0, createTime: 1, modifyTime: 2 }]);
    await first.close();

    const second = await startCloudServer({ port: 0, db: file });
    try {
      const again = cloudDB(second.url, { app: 'a', db: 'd' });
      const page = await again.query('t', ['title'], 10, '');
      assert.deepEqual(page.value.values, [{ title: 'kept', id: ids[0], operation: 0, createTime: 1, modifyTime: 2 }]);
      const more = (await again.generateId(2)).value;
      assert.equal(new Set([...ids, ...more]).size, 4, 'no id is handed out twice');
    } finally {
      await second.close();
    }
  });
});

describe('CloudService and AssetLoader routes', () => {
  let server;
  before(async () => (server = await startCloudServer({ port: 0 })));
  after(() => server.close());

  test('service info, apps and schema describe the registered app', async () => {
    const info = (await call(server.url, '/v1/service-info', { method: 'GET' })).json;
    assert.equal(info.enableCloud, true);
    assert.ok(info.remainingSpace <= info.totalSpace);
    const apps = (await call(server.url, '/v1/apps', { method: 'GET' })).json;
    assert.deepEqual(Object.keys(apps), ['com.example.notes']);
    const schema = (await call(server.url, '/v1/apps/com.example.notes/schema', { method: 'GET' })).json;
    assert.equal(schema.code, 0);
    assert.equal(schema.value.databases[0].tables[0].alias, 'notes_cloud');
    const missing = (await call(server.url, '/v1/apps/com.nobody/schema', { method: 'GET' })).json;
    assert.notEqual(missing.code, 0);
  });

  test('subscribe names each database; unsubscribe answers a value > 0', async () => {
    const body = JSON.stringify({
      subInfo: { 'com.example.notes': [{ name: 'notes.db', alias: 'notes_cloud_db', tables: [] }] },
      expirationTime: 5000
    });
    const subscribed = (await call(server.url, '/v1/subscriptions', { body })).json;
    assert.deepEqual(subscribed.value, {
      expirationTime: 5000,
      subscribe: { 'com.example.notes': [{ databaseAlias: 'notes_cloud_db', id: 'com.example.notes/notes_cloud_db' }] }
    });
    const cancelled = (
      await call(server.url, '/v1/subscriptions/cancel', {
        body: JSON.stringify({ unsubscribeInfo: { 'com.example.notes': ['com.example.notes/notes_cloud_db'] } })
      })
    ).json;
    assert.deepEqual(cancelled, { value: 1, dropped: 1 });
  });

  test('an uploaded asset comes back byte for byte, with its id and SHA-256', async () => {
    const bytes = Uint8Array.from([0, 1, 2, 250, 255]);
    const path = `${STORE}/assets/notes_cloud/g%2F1/photo.png`;
    const uploaded = (await call(server.url, path, { method: 'PUT', body: bytes })).json;
    assert.deepEqual(uploaded.value, {
      assetId: 'notes_cloud/g/1/photo.png',
      hash: createHash('sha256').update(bytes).digest('hex'),
      size: 5
    });
    const response = await fetch(`${server.url}${path}`);
    assert.equal(response.status, 200);
    assert.deepEqual(new Uint8Array(await response.arrayBuffer()), bytes);
    const missing = await call(server.url, `${STORE}/assets/notes_cloud/g1/none.png`, { method: 'GET' });
    assert.equal(missing.status, 404);
  });
});

describe('row values', () => {
  let server;
  before(async () => (server = await startCloudServer({ port: 0 })));
  after(() => server.close());

  test('are stored as sent and read back by the requested fields, whatever their names', async () => {
    const db = cloudDB(server.url, { app: 'a', db: 'd' });
    const [id] = (await db.generateId(1)).value;
    const values = JSON.parse('[{"__proto__": "kept", "title": "t", "n": 1.5, "flag": true, "none": null, "id": "not-the-id"}]');
    const inserted = await db.insert('t', values, [{ id, operation: 0, createTime: 1, modifyTime: 2 }]);
    assert.equal(inserted[0].code, 0);
    const [other] = (await db.generateId(1)).value;
    const asText = await db.insert('t', [{ title: 'text times' }], [{ id: other, operation: 0, createTime: '3', modifyTime: '4' }]);
    assert.deepEqual(asText[0].value, { id: other, operation: 0, createTime: 3, modifyTime: 4 }, 'decimal strings are read as ms');
    const response = await fetch(`${server.url}/v1/apps/a/databases/d/tables/t/query`, {
      method: 'POST',
      body: JSON.stringify({ fields: ['__proto__', 'title', 'n', 'flag', 'none', 'id', 'absent'], queryCount: 10, queryCursor: '0' })
    });
    const text = await response.text();
    assert.match(text, /"__proto__":"kept"/);
    const [row] = JSON.parse(text).value.values;
    assert.equal(Object.getOwnPropertyDescriptor(row, '__proto__')?.value, 'kept');
    assert.deepEqual(
      Object.entries(row).filter(([key]) => key !== '__proto__'),
      Object.entries({ title: 't', n: 1.5, flag: true, none: null, id, operation: 0, createTime: 1, modifyTime: 2 })
    );
  });
});
