import type { SystemSide } from '../../system/connect';
import type { ParticipantInput } from '../../system/share-center-client';
import type { CheckContext } from '../context';
import { show } from '../../stubs/recording/show-value';

/** The resource the check shares. */
export const SHARING_RESOURCE = 'harness://share/notes/1';

/** Role and state numbers of cloudData.sharing (ROLE_INVITEE 1, STATE_ACCEPTED 1). */
const ROLE_INVITEE = 1;
const STATE_ACCEPTED = 1;

/** Two participants as the system sends them: one with every field, one with role and state unset. */
export function sampleParticipants(): ParticipantInput[] {
  return [
    {
      identity: 'harness-user-1',
      role: ROLE_INVITEE,
      state: STATE_ACCEPTED,
      privilege: { writable: true, readable: true, creatable: false, deletable: false, shareable: false },
      attachInfo: 'first participant'
    },
    { identity: 'harness-user-2 ✓' }
  ];
}

/**
 * The sharing calls through ConnectShareCenter: share, queryParticipants,
 * queryParticipantsByInvitation, confirmInvitation, changeConfirmation, changePrivilege, unshare
 * and exit (cloud_extension_stub.js:687-772). No public caller sends these yet; the stub is what
 * any caller reaches.
 */
export async function runSharing(context: CheckContext, system: SystemSide, userId: number, bundleName: string): Promise<void> {
  const connected = await context.call('CloudService.connectShareCenter', `connectShareCenter(${userId}, ${show(bundleName)})`, () =>
    system.connectShareCenter(userId, bundleName)
  );
  const center = connected.value;
  if (center === undefined || connected.failed) {
    return;
  }
  const participants = sampleParticipants();
  const resource = SHARING_RESOURCE;
  const args = `${userId}, ${show(bundleName)}, ${show(resource)}`;

  const shared = await context.call('ShareCenter.share', `share(${args}, ${participants.length} participants)`, () =>
    center.share(userId, bundleName, resource, participants)
  );
  checkList(context, 'ShareCenter.share', `share(${args}, …)`, shared.value?.value, participants.length);

  await context.call('ShareCenter.queryParticipants', `queryParticipants(${args})`, () =>
    center.queryParticipants(userId, bundleName, resource)
  );
  const invitation = `invite-${participants[0]?.identity ?? ''}`;
  await context.call(
    'ShareCenter.queryParticipantsByInvitation',
    `queryParticipantsByInvitation(${userId}, ${show(bundleName)}, ${show(invitation)})`,
    () => center.queryParticipantsByInvitation(userId, bundleName, invitation)
  );
  await context.call(
    'ShareCenter.confirmInvitation',
    `confirmInvitation(${userId}, ${show(bundleName)}, ${show(invitation)}, ${STATE_ACCEPTED})`,
    () => center.confirmInvitation(userId, bundleName, invitation, STATE_ACCEPTED)
  );
  await context.call('ShareCenter.changeConfirmation', `changeConfirmation(${args}, ${STATE_ACCEPTED})`, () =>
    center.changeConfirmation(userId, bundleName, resource, STATE_ACCEPTED)
  );
  const changed = await context.call('ShareCenter.changePrivilege', `changePrivilege(${args}, ${participants.length} participants)`, () =>
    center.changePrivilege(userId, bundleName, resource, participants)
  );
  checkList(context, 'ShareCenter.changePrivilege', `changePrivilege(${args}, …)`, changed.value?.value, participants.length);
  const unshared = await context.call('ShareCenter.unshare', `unshare(${args}, ${participants.length} participants)`, () =>
    center.unshare(userId, bundleName, resource, participants)
  );
  checkList(context, 'ShareCenter.unshare', `unshare(${args}, …)`, unshared.value?.value, participants.length);
  await context.call('ShareCenter.exit', `exit(${args})`, () => center.exit(userId, bundleName, resource));
}

function checkList(context: CheckContext, method: string, shown: string, list: readonly unknown[] | undefined, expected: number): void {
  if (list !== undefined && list.length !== expected) {
    context.report(
      'result-count-mismatch',
      method,
      `${shown} returned ${list.length} per-participant results for ${expected} participants.`
    );
  }
}
