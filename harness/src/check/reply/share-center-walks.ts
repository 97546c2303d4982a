/**
 * The writes of the ShareCenter stub's replies (cloud_extension_stub.js:676-897), in the order
 * `stubs/share-center-stub.ts` makes them.
 *
 * @packageDocumentation
 */

import type { ReplyWalk } from './reply-walk';
import { arrayLength, peek } from './row-walks';

/** The five privilege flags, in write order (cloud_extension_stub.js:888-894). */
const PRIVILEGES = ['writable', 'readable', 'creatable', 'deletable', 'shareable'] as const;

/** A code and a description (or ''), the start of every ShareCenter reply. */
export function codeAndDescription(walk: ReplyWalk, result: unknown): void {
  walk.read(result, 'code', 'result', 'result-missing');
  walk.int('result.code');
  walk.string('result.description');
}

/** `confirmInvitation`: code, description, then the sharing resource as `value` (cloud_extension_stub.js:743-758). */
export function confirmation(walk: ReplyWalk, result: unknown): void {
  codeAndDescription(walk, result);
  walk.string('result.value');
}

/** `share`, `unshare`, `changePrivilege`: per participant a code and a description (cloud_extension_stub.js:834-854). */
export function shareResults(walk: ReplyWalk, result: unknown): void {
  codeAndDescription(walk, result);
  const value = peek(result, 'value');
  if (!value) {
    return;
  }
  const count = arrayLength(walk, value, 'result.value', 'wrong-field-type', true);
  for (let index = 0; index < count; index++) {
    const field = `result.value[${index}]`;
    walk.read(peek(value, index), 'code', field, 'result-missing');
    walk.int(`${field}.code`);
    walk.string(`${field}.description`);
  }
}

/** `queryParticipants…`: the participants (cloud_extension_stub.js:818-832, 856-886). */
export function participants(walk: ReplyWalk, result: unknown): void {
  codeAndDescription(walk, result);
  const value = peek(result, 'value');
  if (!value) {
    return;
  }
  const count = arrayLength(walk, value, 'result.value', 'wrong-field-type', true);
  for (let index = 0; index < count; index++) {
    const participant = peek(value, index);
    const field = `result.value[${index}]`;
    walk.read(participant, 'identity', field, 'result-missing');
    walk.string(`${field}.identity`);
    for (const key of ['role', 'state'] as const) {
      // Only undefined counts as "not set": a null goes to writeInt, which throws.
      const nullRole = peek(participant, key) === null;
      walk.int(
        `${field}.${key}`,
        nullRole ? { rule: 'share-role-null', subject: `${field}.${key} is null (only undefined counts as "not set")` } : {}
      );
    }
    for (const key of PRIVILEGES) {
      walk.bool(`${field}.privilege.${key}`);
    }
    walk.string(`${field}.attachInfo`);
  }
}
