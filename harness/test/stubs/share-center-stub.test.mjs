import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import path from 'node:path';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { assertLayout, bool, i32, newOption, rpc, sendToStub, str } from '../support/wire-layout.mjs';

const require = createRequire(import.meta.url);
const harness = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const cloudExtension = require('ohos-cloud-extension-harness/modules/@ohos.data.cloudExtension');
const { implementationOf } = require(path.join(harness, 'dist/stubs/trace.js'));

const Code = {
  Share: 0,
  Unshare: 1,
  Exit: 2,
  ChangePrivilege: 3,
  QueryParticipants: 4,
  QueryParticipantsByInvitation: 5,
  ConfirmInvitation: 6,
  ChangeConfirmation: 7
};

/** Sends one request to a new stub around `vendor`; resolves what the handler did. */
function send(vendor, code, fields = []) {
  return sendToStub(cloudExtension.createShareServiceStub, vendor, code, fields);
}

/** Two participants: the first with role and state -1, the second with values. */
const participantsRequest = [
  i32(2),
  [str('alice'), i32(-1), i32(-1), bool(true), bool(true), bool(false), bool(false), bool(true), str('')],
  [str('bob'), i32(1), i32(3), bool(false), bool(true), bool(false), bool(true), bool(false), str('note')]
];
const decodedParticipants = [
  {
    identity: 'alice',
    role: undefined,
    state: undefined,
    privilege: { writable: true, readable: true, creatable: false, deletable: false, shareable: true },
    attachInfo: ''
  },
  {
    identity: 'bob',
    role: 1,
    state: 3,
    privilege: { writable: false, readable: true, creatable: false, deletable: true, shareable: false },
    attachInfo: 'note'
  }
];
const head = [i32(100), str('com.a'), str('resource-1')];

describe('ShareCenter stub: common behaviour', () => {
  it('is a RemoteObject with descriptor ShareCenterProxy holding the vendor object', async () => {
    const vendor = {};
    const stub = await cloudExtension.createShareServiceStub(vendor);
    assert.ok(stub instanceof rpc.RemoteObject);
    assert.equal(stub.getDescriptor(), 'ShareCenterProxy');
    assert.equal(stub.shareCenter, vendor);
    assert.equal(implementationOf(stub), vendor);
  });

  it('resolves false for an undefined or null ShareCenter (== undefined) before setting the wait time', async () => {
    for (const vendor of [undefined, null]) {
      const result = await send(vendor, Code.Exit, head);
      assert.equal(result.resolved, false);
      assert.equal(result.option.getWaitTime(), newOption().getWaitTime());
      assertLayout(result.reply, []);
    }
  });

  it('sets the wait time to 1500 and resolves false for an unknown code', async () => {
    const result = await send({ exit: () => assert.fail('called') }, 8, head);
    assert.equal(result.resolved, false);
    assert.equal(result.option.getWaitTime(), 1500);
    assert.equal(result.data.readInt(), 100, 'nothing was read');
    assert.deepEqual(result.calls, []);
  });

  it('rejects with nothing written when the vendor rejects (no try/catch)', async () => {
    const failure = new Error('x');
    const result = await send({ exit: () => Promise.reject(failure) }, Code.Exit, head);
    assert.equal(result.rejected, failure);
    assertLayout(result.reply, []);
  });
});

describe('ShareCenter stub: Share (0), Unshare (1), ChangePrivilege (3)', () => {
  for (const [name, code, method] of [
    ['Share', Code.Share, 'share'],
    ['Unshare', Code.Unshare, 'unshare'],
    ['ChangePrivilege', Code.ChangePrivilege, 'changePrivilege']
  ]) {
    it(`${name}: reads userId, bundle, resource and participants (-1 role/state → undefined)`, async () => {
      const result = await send({ [method]: () => ({ code: 0 }) }, code, [head, participantsRequest]);
      assert.equal(result.resolved, true);
      assert.equal(result.calls[0].method, method);
      assert.deepEqual(result.calls[0].args, [100, 'com.a', 'resource-1', decodedParticipants]);
      assert.ok(Object.hasOwn(result.calls[0].args[3][0], 'role'), 'role is an own property even when undefined');
      assert.deepEqual(Object.keys(result.calls[0].args[3][0]), ['identity', 'role', 'state', 'privilege', 'attachInfo']);
    });

    it(`${name}: writes code and description or '', then per item code and description or ''`, async () => {
      const value = [{ code: 0, description: 'ok', value: { identity: 'never written' } }, { code: 3 }];
      const result = await send({ [method]: () => ({ code: 0, value }) }, code, [head, participantsRequest]);
      assertLayout(result.reply, [i32(0), str(''), i32(2), i32(0), str('ok'), i32(3), str('')]);
    });

    it(`${name}: without a value writes only code and description (no count)`, async () => {
      const result = await send({ [method]: () => ({ code: 2, description: 'offline' }) }, code, [head, i32(0)]);
      assertLayout(result.reply, [i32(2), str('offline')]);
    });
  }

  it('passes role and state numbers other than -1 through, and a negative count gives []', async () => {
    const odd = await send({ share: () => ({ code: 0 }) }, Code.Share, [
      head,
      i32(1),
      [str('c'), i32(-2), i32(7), bool(false), bool(false), bool(false), bool(false), bool(false), str('')]
    ]);
    assert.equal(odd.calls[0].args[3][0].role, -2);
    assert.equal(odd.calls[0].args[3][0].state, 7);
    const none = await send({ share: () => ({ code: 0 }) }, Code.Share, [head, i32(-1)]);
    assert.deepEqual(none.calls[0].args[3], []);
  });

  it('writes an empty description for a falsy one (0, null, undefined)', async () => {
    const result = await send({ share: () => ({ code: 1, description: 0, value: [{ code: 1, description: null }] }) }, Code.Share, [
      head,
      i32(0)
    ]);
    assertLayout(result.reply, [i32(1), str(''), i32(1), i32(1), str('')]);
  });
});

describe('ShareCenter stub: Exit (2)', () => {
  it('reads userId, bundle, resource and writes code and description or ""', async () => {
    const result = await send({ exit: () => ({ code: 0, description: 'bye' }) }, Code.Exit, head);
    assert.equal(result.resolved, true);
    assert.deepEqual(result.calls[0].args, [100, 'com.a', 'resource-1']);
    assertLayout(result.reply, [i32(0), str('bye')]);
    assertLayout((await send({ exit: () => ({ code: 1 }) }, Code.Exit, head)).reply, [i32(1), str('')]);
  });
});

describe('ShareCenter stub: QueryParticipants (4) and QueryParticipantsByInvitation (5)', () => {
  for (const [name, code, method] of [
    ['QueryParticipants', Code.QueryParticipants, 'queryParticipants'],
    ['QueryParticipantsByInvitation', Code.QueryParticipantsByInvitation, 'queryParticipantsByInvitation']
  ]) {
    it(`${name}: reads three fields and writes each participant, with -1 and false defaults`, async () => {
      const value = [
        {
          identity: 'alice',
          role: 0,
          state: 2,
          privilege: { writable: true, readable: true, creatable: false, deletable: true, shareable: false },
          attachInfo: 'x'
        },
        { identity: 'bob' }
      ];
      const result = await send({ [method]: () => ({ code: 0, description: 'd', value }) }, code, head);
      assert.equal(result.resolved, true);
      assert.equal(result.calls[0].method, method);
      assert.deepEqual(result.calls[0].args, [100, 'com.a', 'resource-1']);
      assertLayout(result.reply, [
        i32(0),
        str('d'),
        i32(2),
        [str('alice'), i32(0), i32(2), bool(true), bool(true), bool(false), bool(true), bool(false), str('x')],
        [str('bob'), i32(-1), i32(-1), bool(false), bool(false), bool(false), bool(false), bool(false), str('')]
      ]);
    });

    it(`${name}: without a value writes only code and description`, async () => {
      const result = await send({ [method]: () => ({ code: 1 }) }, code, head);
      assertLayout(result.reply, [i32(1), str('')]);
    });
  }

  it('throws 401 for a null role (typeof null is not "undefined"), after the identity', async () => {
    const result = await send(
      { queryParticipants: () => ({ code: 0, value: [{ identity: 'n', role: null }] }) },
      Code.QueryParticipants,
      head
    );
    assert.equal(result.rejected.code, '401', 'a business error, its code a decimal string as on the device');
    assertLayout(result.reply, [i32(0), str(''), i32(1), str('n')]);
  });
});

describe('ShareCenter stub: ConfirmInvitation (6) and ChangeConfirmation (7)', () => {
  const request4 = [i32(100), str('com.a'), str('invite-1'), i32(1)];

  it('ConfirmInvitation reads four fields and writes code, description or "", value or ""', async () => {
    const result = await send({ confirmInvitation: () => ({ code: 0, value: 'resource-9' }) }, Code.ConfirmInvitation, request4);
    assert.equal(result.resolved, true);
    assert.deepEqual(result.calls[0].args, [100, 'com.a', 'invite-1', 1]);
    assertLayout(result.reply, [i32(0), str(''), str('resource-9')]);
    assertLayout((await send({ confirmInvitation: () => ({ code: 2, description: 'no' }) }, Code.ConfirmInvitation, request4)).reply, [
      i32(2),
      str('no'),
      str('')
    ]);
  });

  it('ChangeConfirmation reads four fields and writes code and description or ""', async () => {
    const result = await send({ changeConfirmation: () => ({ code: 0 }) }, Code.ChangeConfirmation, request4);
    assert.equal(result.resolved, true);
    assert.deepEqual(result.calls[0].args, [100, 'com.a', 'invite-1', 1]);
    assertLayout(result.reply, [i32(0), str('')]);
  });
});
