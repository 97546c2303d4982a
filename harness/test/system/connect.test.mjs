import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
const { connect } = require('ohos-cloud-extension-harness');
const cloudExtension = require('ohos-cloud-extension-harness/modules/@ohos.data.cloudExtension');

const database = { name: 'notes_db', alias: 'notes', tables: [{ alias: 'note', name: 'note_table', fields: [] }] };

/** A small working CloudService with a CloudDB, an AssetLoader and a ShareCenter. */
function makeService(log = []) {
  const cloudDb = {
    async generateId(count) {
      return { code: 0, value: Array.from({ length: count }, (_, i) => `g${i}`) };
    },
    async insert(table, values) {
      return values.map((value) => ({ code: 0, value }));
    },
    async update() {
      return [];
    },
    async delete() {
      return [];
    },
    async query() {
      return { code: 0, value: { nextCursor: '', hasMore: false, values: [] } };
    },
    async lock() {
      return { code: 0, value: { interval: 60, lockId: 1 } };
    },
    async heartbeat(lockId) {
      return { code: 0, value: { interval: 60, lockId } };
    },
    async unlock() {
      return { code: 0, value: true };
    }
  };
  const assetLoader = {
    async download(table, gid, prefix, assets) {
      return assets.map((value) => ({ code: 0, value }));
    },
    async upload(table, gid, assets) {
      return assets.map((value) => ({ code: 0, value }));
    }
  };
  const shareCenter = {
    async exit() {
      return { code: 0, description: 'left' };
    }
  };
  return {
    async getServiceInfo() {
      log.push('getServiceInfo');
      return { enableCloud: true, id: 'acct', totalSpace: 100, remainingSpace: 50, user: 100 };
    },
    async getAppBriefInfo() {
      return { 'com.a': { appId: 'a', bundleName: 'com.a', cloudSwitch: true, instanceId: 0 } };
    },
    async getAppSchema(bundleName) {
      return { code: 0, value: { version: 1, bundleName, databases: [database] } };
    },
    async subscribe(subInfo, expirationTime) {
      log.push(['subscribe', subInfo, expirationTime]);
      return { code: 0, value: { expirationTime, subscribe: { 'com.a': [{ databaseAlias: 'notes', id: 's1' }] } } };
    },
    async unsubscribe() {
      return 1;
    },
    connectDB() {
      return cloudExtension.createCloudDBStub(cloudDb);
    },
    connectAssetLoader() {
      return cloudExtension.createAssetLoaderStub(assetLoader);
    },
    connectShareCenter() {
      return cloudExtension.createShareServiceStub(shareCenter);
    }
  };
}

/** An ability class over `service`, recording its lifecycle. */
function makeAbility(service, log, overrides = {}) {
  return class Ability {
    constructor(...args) {
      log.push(['constructor', args.length]);
    }
    onCreate(want) {
      log.push(['onCreate', want]);
      overrides.onCreate?.();
    }
    onConnect(want) {
      log.push(['onConnect', want]);
      return overrides.onConnect ? overrides.onConnect() : cloudExtension.createCloudServiceStub(service);
    }
    onDisconnect(want) {
      log.push(['onDisconnect', want]);
    }
    onDestroy() {
      log.push(['onDestroy']);
    }
  };
}

describe('connect', () => {
  it('constructs the ability with no arguments, calls onCreate and onConnect with the Want, and reaches the vendor', async () => {
    const log = [];
    const system = await connect(makeAbility(makeService(log), log), { want: { bundleName: 'com.vendor', abilityName: 'CloudExt' } });
    assert.equal(system.connection.ok, true);
    const want = { bundleName: 'com.vendor', abilityName: 'CloudExt' };
    assert.deepEqual(log, [
      ['constructor', 0],
      ['onCreate', want],
      ['onConnect', want]
    ]);
    assert.deepEqual(
      system.lifecycle.map((step) => [step.method, step.outcome]),
      [
        ['constructor', 'returned'],
        ['onCreate', 'returned'],
        ['onConnect', 'returned']
      ]
    );
    const info = await system.getServiceInfo();
    assert.equal(info.ok, true);
    assert.deepEqual(info.value, { enableCloud: true, id: 'acct', totalSpace: 100, remainingSpace: 50, user: 100 });
    assert.deepEqual(
      info.transaction.vendorCalls.map((call) => call.method),
      ['getServiceInfo']
    );
    const out = await system.disconnect();
    assert.equal(out.ok, true);
    assert.deepEqual(log.slice(-2), [['onDisconnect', want], ['onDestroy']]);
  });

  it('uses com.example.cloudsync / ServiceExtAbility as the default Want', async () => {
    const log = [];
    await connect(makeAbility(makeService(), log));
    assert.deepEqual(log[1], ['onCreate', { bundleName: 'com.example.cloudsync', abilityName: 'ServiceExtAbility' }]);
  });

  it('accepts an ability instance and a plain CloudService object', async () => {
    const log = [];
    const Ability = makeAbility(makeService(), log);
    const fromInstance = await connect(new Ability());
    assert.equal(fromInstance.connection.ok, true);
    assert.equal((await fromInstance.getAppBriefInfo()).value['com.a'].cloudSwitch, true);
    const fromService = await connect(makeService());
    assert.equal(fromService.connection.ok, true);
    assert.deepEqual(
      fromService.lifecycle.map((step) => step.method),
      ['createCloudServiceStub']
    );
    assert.equal((await fromService.unsubscribe({ 'com.a': ['s1'] })).value, 0);
    assert.deepEqual(await fromService.disconnect(), { ok: true, calls: [] });
  });

  it('passes subscribe the bundle map and the expiry, and reads the reply', async () => {
    const log = [];
    const system = await connect(makeService(log));
    const reply = await system.subscribe('com.a', [database], 1_700_000_000_000);
    assert.deepEqual(log[0], ['subscribe', { 'com.a': [database] }, 1_700_000_000_000]);
    assert.deepEqual(reply.value, {
      code: 0,
      value: { expirationTime: 1_700_000_000_000, subscribe: { 'com.a': [{ databaseAlias: 'notes', id: 's1' }] } }
    });
  });

  it('gives working connections to the CloudDB, the AssetLoader and the ShareCenter', async () => {
    const system = await connect(makeService());
    const db = await system.connectDB('com.a', database);
    assert.equal(db.ok, true);
    assert.deepEqual((await db.value.generateId(2)).value, { code: 0, value: ['g0', 'g1'] });
    assert.deepEqual((await db.value.insert('note_table', [{ a: 1, b: 'x' }], [{ id: 'g0' }])).value, [
      { code: 0, value: { a: 1, b: 'x' } }
    ]);
    assert.deepEqual((await db.value.lock()).value, { code: 0, value: { interval: 60, lockId: 1 } });
    const unlocked = await db.value.unlock(1);
    assert.equal(unlocked.ok, true);
    assert.equal(unlocked.value, 0);
    assert.ok(unlocked.transaction.stubError instanceof ReferenceError, "the device stub's TDZ error (stub.js:391)");
    const loader = await system.connectAssetLoader('com.a', database);
    const asset = { name: 'n', uri: 'u', path: 'p', createTime: '1', modifyTime: '2', size: '3', status: 2, assetId: 'id', hash: 'h' };
    assert.deepEqual((await loader.value.upload('note', 'g0', 'pre', [asset])).value, [{ code: 0, value: asset }]);
    const center = await system.connectShareCenter(100, 'com.a');
    assert.deepEqual((await center.value.exit(100, 'com.a', 'r')).value, { code: 0, description: 'left' });
  });

  for (const [name, overrides, kind, pattern] of /** @type {Array<[string, object, string, RegExp]>} */ ([
    [
      'a throwing onCreate',
      {
        onCreate: () => {
          throw new Error('no storage');
        }
      },
      'lifecycle-failed',
      /onCreate threw: Error: no storage/
    ],
    [
      'a rejecting onConnect',
      { onConnect: () => Promise.reject(new Error('denied')) },
      'lifecycle-failed',
      /onConnect threw: Error: denied/
    ],
    ['a hanging onConnect', { onConnect: () => new Promise(() => undefined) }, 'lifecycle-failed', /onConnect did not settle within 30 ms/],
    ['an onConnect that gives the service itself', { onConnect: () => makeService() }, 'not-a-remote-object', /not the CloudService stub/],
    ['an onConnect that gives undefined', { onConnect: () => undefined }, 'not-a-remote-object', /onConnect gave undefined/]
  ])) {
    it(`reports ${name} as a failed connection whose methods send nothing`, async () => {
      const log = [];
      const system = await connect(makeAbility(makeService(log), log, overrides), { timeoutMs: 30 });
      assert.equal(system.connection.ok, false);
      assert.equal(system.connection.failure.kind, kind);
      assert.match(system.connection.failure.message, pattern);
      const info = await system.getServiceInfo();
      assert.equal(info.ok, false);
      assert.equal(info.failure.kind, 'not-connected');
      assert.equal(info.transaction.status, 'failed');
      assert.ok(!log.includes('getServiceInfo'));
    });
  }

  it('reports a throwing constructor', async () => {
    const system = await connect(
      class {
        constructor() {
          throw new TypeError('bad ctor');
        }
      }
    );
    assert.equal(system.connection.ok, false);
    assert.match(system.connection.failure.message, /constructor threw: TypeError: bad ctor/);
    assert.equal(system.ability, undefined);
  });

  it('reports a rejecting onDisconnect and still calls onDestroy', async () => {
    const log = [];
    const Ability = makeAbility(makeService(), log);
    // eslint-disable-next-line @typescript-eslint/no-misused-promises -- the case under test: onDisconnect rejects
    Ability.prototype.onDisconnect = () => Promise.reject(new Error('busy'));
    const system = await connect(Ability);
    const out = await system.disconnect();
    assert.equal(out.ok, false);
    assert.match(out.failure.message, /onDisconnect threw: Error: busy/);
    assert.deepEqual(log.at(-1), ['onDestroy']);
    assert.equal(await system.disconnect(), out, 'a second disconnect does nothing more');
  });
});

describe("what the vendor receives from each request, through the device's stubs", () => {
  /** A service whose every method records its arguments and answers minimally. */
  function recordingService(received) {
    const record =
      (name, answer) =>
      (...args) => {
        received.push([name, args]);
        return Promise.resolve(answer);
      };
    const cloudDb = {
      generateId: record('generateId', { code: 1 }),
      insert: record('insert', []),
      update: record('update', []),
      delete: record('delete', []),
      query: record('query', { code: 1 }),
      lock: record('lock', { code: 1 }),
      heartbeat: record('heartbeat', { code: 1 }),
      unlock: record('unlock', { code: 1 })
    };
    const assetLoader = { download: record('download', []), upload: record('upload', []) };
    const shareCenter = {
      share: record('share', { code: 0 }),
      unshare: record('unshare', { code: 0 }),
      exit: record('exit', { code: 0 }),
      changePrivilege: record('changePrivilege', { code: 0 }),
      queryParticipants: record('queryParticipants', { code: 0 }),
      queryParticipantsByInvitation: record('queryParticipantsByInvitation', { code: 0 }),
      confirmInvitation: record('confirmInvitation', { code: 0 }),
      changeConfirmation: record('changeConfirmation', { code: 0 })
    };
    return {
      getServiceInfo: record('getServiceInfo', { enableCloud: false, id: '', totalSpace: 0, remainingSpace: 0, user: 0 }),
      getAppBriefInfo: record('getAppBriefInfo', {}),
      getAppSchema: record('getAppSchema', { code: 1 }),
      subscribe: record('subscribe', { code: 1 }),
      unsubscribe: record('unsubscribe', 1),
      connectDB: (...args) => {
        received.push(['connectDB', args]);
        return cloudExtension.createCloudDBStub(cloudDb);
      },
      connectAssetLoader: (...args) => {
        received.push(['connectAssetLoader', args]);
        return cloudExtension.createAssetLoaderStub(assetLoader);
      },
      connectShareCenter: (...args) => {
        received.push(['connectShareCenter', args]);
        return cloudExtension.createShareServiceStub(shareCenter);
      }
    };
  }

  it("delivers every argument in place, with the device's quirks", async () => {
    const received = [];
    const system = await connect(recordingService(received));
    const fullDb = {
      name: 'n',
      alias: 'a',
      tables: [{ alias: 'ta', name: 'tn', fields: [{ alias: 'fa', colName: 'fc', type: 1, primary: true, nullable: false }] }]
    };
    await system.getAppSchema('com.a');
    await system.subscribe('com.a', [fullDb], 123);
    await system.unsubscribe({ 'com.a': ['s1'] });
    const db = (await system.connectDB('com.a', fullDb)).value;
    await db.generateId(3);
    await db.insert('tn', [{ x: 1 }], [{ id: 'g' }]);
    await db.update('tn', [], []);
    await db.delete('tn', [{ id: 'g' }]);
    await db.query('tn', ['x'], 10, '');
    await db.lock();
    await db.heartbeat(5);
    await db.unlock(5);
    const loader = (await system.connectAssetLoader('com.a', fullDb)).value;
    const asset = { name: 'n', uri: 'u', path: 'p', createTime: 'c', modifyTime: 'm', size: 's', status: 0, assetId: 'i', hash: 'h' };
    await loader.download('ta', 'g', 'pre', [asset]);
    await loader.upload('ta', 'g', 'pre', [asset]);
    const center = (await system.connectShareCenter(100, 'com.a')).value;
    const participant = { identity: 'id', role: 0, privilege: { writable: true } };
    await center.share(100, 'com.a', 'r', [participant]);
    await center.exit(100, 'com.a', 'r');
    await center.confirmInvitation(100, 'com.a', 'code', 1);
    const privilege = { writable: true, readable: false, creatable: false, deletable: false, shareable: false };
    assert.deepEqual(received, [
      ['getAppSchema', ['com.a']],
      // stub.js:113-115: the map first, the expiry second.
      ['subscribe', [{ 'com.a': [fullDb] }, 123]],
      ['unsubscribe', [{ 'com.a': ['s1'] }]],
      ['connectDB', ['com.a', fullDb]],
      ['generateId', [3]],
      ['insert', ['tn', [{ x: 1 }], [{ id: 'g' }]]],
      ['update', ['tn', [], []]],
      ['delete', ['tn', [{ id: 'g' }]]],
      // stub.js:356-358: an empty cursor arrives as '0'.
      ['query', ['tn', ['x'], 10, '0']],
      ['lock', []],
      ['heartbeat', [5]],
      ['unlock', [5]],
      ['connectAssetLoader', ['com.a', fullDb]],
      ['download', ['ta', 'g', 'pre', [asset]]],
      // stub.js:623-625: upload never gets the prefix.
      ['upload', ['ta', 'g', [asset]]],
      ['connectShareCenter', [100, 'com.a']],
      // stub.js:794-799: role 0 stays 0, the missing state (-1) arrives as undefined.
      ['share', [100, 'com.a', 'r', [{ identity: 'id', role: 0, state: undefined, privilege, attachInfo: '' }]]],
      ['exit', [100, 'com.a', 'r']],
      ['confirmInvitation', [100, 'com.a', 'code', 1]]
    ]);
  });
});

describe('connect: an entry file with the modules option', () => {
  const project = new URL('../../fixtures/register/ts-project/', import.meta.url);
  const entry = fileURLToPath(new URL('src/extension.ets', project));
  const libentry = fileURLToPath(new URL('fakes/libentry.ts', project));

  it("loads the entry as the CLI does, with the vendor's fake for its native library", async () => {
    const system = await connect(entry, { modules: { 'libentry.so': libentry } });
    assert.equal(system.connection.ok, true, JSON.stringify(system.connection));
    const info = await system.getServiceInfo();
    assert.ok(info.ok);
    assert.equal(info.value.totalSpace, 42);
    await system.disconnect();
  });

  it('fails the connection, without rejecting, when an import is neither emulated nor mapped', async () => {
    const file = fileURLToPath(new URL('../../fixtures/system/unmapped-entry.ts', import.meta.url));
    const system = await connect(file);
    assert.equal(system.connection.ok, false);
    assert.deepEqual(system.connection.failure, {
      kind: 'entry-not-loaded',
      message:
        "the extension imports 'libunmapped.so', which the harness does not emulate; map it to a fake of yours with the modules option { 'libunmapped.so': '<file>' }"
    });
    assert.deepEqual(system.connection.calls, []);
    const reply = await system.getServiceInfo();
    assert.equal(reply.ok, false);
    assert.equal(reply.failure.kind, 'not-connected');
  });
});

describe('connect: the sandbox and the ability context', () => {
  const { existsSync, mkdtempSync, rmSync, writeFileSync } = require('node:fs');
  const { tmpdir } = require('node:os');
  const path = require('node:path');
  const { currentSandbox } = require('ohos-cloud-extension-harness');

  /** An ability that records its context's folders in onCreate and writes a file there. */
  function contextAbility(seen) {
    return class Ability {
      onCreate() {
        seen.filesDir = this.context.filesDir;
        seen.bundle = this.context.applicationInfo.name;
        seen.ability = this.context.extensionAbilityInfo.name;
        seen.fromFs = require('ohos-cloud-extension-harness/modules/@ohos.file.fs').accessSync(this.context.filesDir);
      }
      onConnect() {
        return cloudExtension.createCloudServiceStub(makeService());
      }
    };
  }

  it("sets the ability's context before onCreate, in a fresh temp sandbox deleted on disconnect", async () => {
    const seen = {};
    const system = await connect(contextAbility(seen), { want: { bundleName: 'com.vendor', abilityName: 'CloudExt' } });
    assert.equal(system.connection.ok, true);
    assert.equal(seen.filesDir, '/data/storage/el2/base/haps/entry/files');
    assert.equal(seen.bundle, 'com.vendor', "the bundle defaults to the Want's");
    assert.equal(seen.ability, 'CloudExt');
    assert.equal(seen.fromFs, true, '@ohos.file.fs sees the same sandbox');
    assert.equal(currentSandbox(), system.sandbox);
    const root = system.sandbox.root;
    assert.ok(existsSync(path.join(root, 'data/storage/el2/base/haps/entry/files')));
    await system.disconnect();
    assert.equal(existsSync(root), false, 'a temp sandbox is deleted afterwards');
    assert.notEqual(currentSandbox(), system.sandbox, 'the previous sandbox is back in force');
  });

  it('uses and keeps a sandbox folder the caller names, with the bundle and module given', async () => {
    const folder = mkdtempSync(path.join(tmpdir(), 'i14-connect-'));
    try {
      writeFileSync(path.join(folder, 'kept'), 'x');
      const seen = {};
      const system = await connect(contextAbility(seen), { sandbox: folder, bundleName: 'com.other', moduleName: 'cloud' });
      assert.equal(seen.filesDir, '/data/storage/el2/base/haps/cloud/files');
      assert.equal(seen.bundle, 'com.other');
      const temp = path.join(folder, 'data/storage/el2/base/haps/cloud/temp');
      require('node:fs').mkdirSync(temp, { recursive: true });
      writeFileSync(path.join(temp, 'scratch'), 'x');
      await system.disconnect();
      assert.ok(existsSync(path.join(folder, 'data/storage/el2/base/haps/cloud/files')));
      assert.ok(existsSync(path.join(folder, 'kept')));
      assert.equal(existsSync(path.join(temp, 'scratch')), false, 'tempDir is emptied when the extension ends, as when the app exits');
      assert.ok(existsSync(temp));
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  });

  it('releases the sandbox of a connection that failed', async () => {
    const system = await connect(
      class {
        onConnect() {
          return 'not a stub';
        }
      }
    );
    assert.equal(system.connection.ok, false);
    const root = system.sandbox.root;
    await system.disconnect();
    assert.equal(existsSync(root), false);
  });
});

describe('connect: a sandbox folder that cannot be used', () => {
  it('does not reject: the connection fails with the reason, nothing of the extension runs', async () => {
    const { writeFileSync, mkdtempSync, rmSync } = require('node:fs');
    const { tmpdir } = require('node:os');
    const path = require('node:path');
    const scratch = mkdtempSync(path.join(tmpdir(), 'i14-bad-'));
    try {
      const file = path.join(scratch, 'file');
      writeFileSync(file, 'x');
      let constructed = false;
      const system = await connect(
        class {
          constructor() {
            constructed = true;
          }
          onConnect() {
            return undefined;
          }
        },
        { sandbox: path.join(file, 'below') }
      );
      assert.equal(system.connection.ok, false);
      assert.match(system.connection.failure.message, /sandbox/);
      assert.equal(constructed, false);
      await system.disconnect();
    } finally {
      rmSync(scratch, { recursive: true, force: true });
    }
  });
});

describe('connect: vendor calls per transaction', () => {
  it('gives each of two overlapping calls the vendor call it caused, and only that one', async () => {
    const gates = [];
    const service = makeService();
    const cloudDb = {
      ...{
        async lock() {
          return { code: 0, value: { interval: 60, lockId: 1 } };
        }
      },
      query(table, fields, queryCount, queryCursor) {
        // The first query waits until the second has answered.
        const page = { code: 0, value: { nextCursor: '', hasMore: false, values: [] } };
        return queryCursor === 'slow' ? new Promise((resolve) => gates.push(() => resolve(page))) : Promise.resolve(page);
      }
    };
    service.connectDB = () => cloudExtension.createCloudDBStub(cloudDb);
    const system = await connect(service);
    const db = await system.connectDB('com.a', database);
    assert.equal(db.ok, true);
    const slow = db.value.query('note_table', [], 10, 'slow');
    const fast = await db.value.query('note_table', [], 10, 'fast');
    gates.forEach((open) => open());
    const slowReply = await slow;
    assert.deepEqual(
      fast.transaction.vendorCalls.map((call) => call.args[3]),
      ['fast']
    );
    assert.deepEqual(
      slowReply.transaction.vendorCalls.map((call) => call.args[3]),
      ['slow']
    );
    assert.equal(slowReply.transaction.vendorCalls[0].outcome.kind, 'returned');
  });
});
