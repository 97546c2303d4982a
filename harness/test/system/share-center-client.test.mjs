import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import path from 'node:path';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { assertFields, fakeRemote } from '../support/plain-reader.mjs';
import { bool, i32, str } from '../support/wire-layout.mjs';

const require = createRequire(import.meta.url);
const harness = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const { ShareCenterClient } = require(path.join(harness, 'dist/system/share-center-client.js'));

const full = {
  identity: 'alice',
  role: 1,
  state: 2,
  privilege: { writable: true, readable: true, creatable: false, deletable: false, shareable: true },
  attachInfo: 'note'
};
const bare = { identity: 'bob' };
// cloud_extension_stub.js:779-816: identity, role, state, five bools, attachInfo.
const participantFields = [
  i32(2),
  str('alice'),
  i32(1),
  i32(2),
  bool(true),
  bool(true),
  bool(false),
  bool(false),
  bool(true),
  str('note'),
  str('bob'),
  i32(-1),
  i32(-1),
  bool(false),
  bool(false),
  bool(false),
  bool(false),
  bool(false),
  str('')
];

describe('ShareCenterClient requests (stub.js:688-763)', () => {
  for (const [method, code] of [
    ['share', 0],
    ['unshare', 1],
    ['changePrivilege', 3]
  ]) {
    it(`${method}: code ${code}, i32 userId, str bundle, str resource, participants`, async () => {
      const remote = fakeRemote([i32(0), str('')]);
      await new ShareCenterClient(remote)[method](100, 'com.a', 'res-1', [full, bare]);
      assert.equal(remote.requests[0].code, code);
      assertFields(remote.requests[0].bytes, [i32(100), str('com.a'), str('res-1'), participantFields]);
    });
  }

  for (const [method, code] of /** @type {[string, number][]} */ ([
    ['exit', 2],
    ['queryParticipants', 4],
    ['queryParticipantsByInvitation', 5]
  ])) {
    it(`${method}: code ${code}, i32 userId, str bundle, str resource or invitation`, async () => {
      const remote = fakeRemote([i32(0), str('')]);
      await new ShareCenterClient(remote)[method](100, 'com.a', 'x');
      assert.equal(remote.requests[0].code, code);
      assertFields(remote.requests[0].bytes, [i32(100), str('com.a'), str('x')]);
    });
  }

  for (const [method, code, reply] of /** @type {[string, number, unknown[]][]} */ ([
    ['confirmInvitation', 6, [i32(0), str(''), str('')]],
    ['changeConfirmation', 7, [i32(0), str('')]]
  ])) {
    it(`${method}: code ${code}, i32 userId, str bundle, str, i32 state`, async () => {
      const remote = fakeRemote(reply);
      await new ShareCenterClient(remote)[method](100, 'com.a', 'x', 1);
      assert.equal(remote.requests[0].code, code);
      assertFields(remote.requests[0].bytes, [i32(100), str('com.a'), str('x'), i32(1)]);
    });
  }
});

describe('ShareCenterClient replies (stub.js:818-894)', () => {
  it('decodes results with their list, and without it when the reply ends after the description', async () => {
    const withList = await new ShareCenterClient(fakeRemote([i32(0), str('ok'), i32(2), i32(0), str(''), i32(9), str('denied')])).share(
      1,
      'b',
      'r',
      []
    );
    assert.deepEqual(withList.value, {
      code: 0,
      description: 'ok',
      value: [
        { code: 0, description: '' },
        { code: 9, description: 'denied' }
      ]
    });
    const without = await new ShareCenterClient(fakeRemote([i32(3), str('')])).unshare(1, 'b', 'r', []);
    assert.deepEqual(without.value, { code: 3, description: '' });
    assert.equal(without.unread, 0);
  });

  it('decodes participants with raw role and state', async () => {
    const reply = await new ShareCenterClient(
      fakeRemote([
        i32(0),
        str(''),
        i32(1),
        str('bob'),
        i32(-1),
        i32(4),
        bool(false),
        bool(true),
        bool(false),
        bool(false),
        bool(false),
        str('')
      ])
    ).queryParticipants(1, 'b', 'r');
    assert.deepEqual(reply.value, {
      code: 0,
      description: '',
      value: [
        {
          identity: 'bob',
          role: -1,
          state: 4,
          privilege: { writable: false, readable: true, creatable: false, deletable: false, shareable: false },
          attachInfo: ''
        }
      ]
    });
  });

  it('reports a participant list cut short as truncated', async () => {
    const reply = await new ShareCenterClient(
      fakeRemote([i32(0), str(''), i32(2), str('bob'), i32(0), i32(0)])
    ).queryParticipantsByInvitation(1, 'b', 'code');
    assert.equal(reply.ok, false);
    assert.equal(reply.failure.kind, 'truncated-reply');
    assert.match(reply.failure.message, /value\[0\]\.privilege\.writable/);
    assert.equal(reply.partial.value.length, 1);
  });

  it('decodes exit, confirmInvitation and changeConfirmation', async () => {
    assert.deepEqual((await new ShareCenterClient(fakeRemote([i32(0), str('bye')])).exit(1, 'b', 'r')).value, {
      code: 0,
      description: 'bye'
    });
    assert.deepEqual((await new ShareCenterClient(fakeRemote([i32(0), str(''), str('res-9')])).confirmInvitation(1, 'b', 'c', 1)).value, {
      code: 0,
      description: '',
      value: 'res-9'
    });
    const cut = await new ShareCenterClient(fakeRemote([i32(0), str('')])).confirmInvitation(1, 'b', 'c', 1);
    assert.equal(cut.failure.kind, 'truncated-reply');
    assert.match(cut.failure.message, /value/);
    assert.deepEqual((await new ShareCenterClient(fakeRemote([i32(12), str('slow down')])).changeConfirmation(1, 'b', 'r', 2)).value, {
      code: 12,
      description: 'slow down'
    });
  });
});
