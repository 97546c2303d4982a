import cloudExtension from '@ohos.data.cloudExtension';
import hilog from '@ohos.hilog';
import cloudData from '@ohos.data.cloudData';
import { LOG_DOMAIN, LOG_TAG } from './cloud-client';

type Participant = cloudData.sharing.Participant;
type PerParticipant = cloudExtension.Result<Array<cloudExtension.Result<Participant>>>;

const SUCCESS = cloudData.sharing.SharingCode.SUCCESS;

/** Read-only access: what an invitee gets unless the inviter grants more. */
const READ_ONLY: cloudData.sharing.Privilege = {
  writable: false,
  readable: true,
  creatable: false,
  deletable: false,
  shareable: false
};

/** A sharing server kept in memory: shares, their participants and pending invitations. */
export class MyShareCenter implements cloudExtension.ShareCenter {
  private readonly shares = new Map<string, Array<Participant>>();
  private readonly invitations = new Map<string, string>();

  async share(
    userId: number,
    bundleName: string,
    sharingResource: string,
    participants: Array<Participant>
  ): Promise<PerParticipant> {
    hilog.info(LOG_DOMAIN, LOG_TAG, 'share, bundle: %{public}s', bundleName);
    const members = this.members(sharingResource);
    for (const participant of participants) {
      const member = copyOf(participant);
      member.role = cloudData.sharing.Role.ROLE_INVITEE;
      member.state = cloudData.sharing.State.STATE_UNKNOWN;
      members.push(member);
      this.invitations.set(`invite-${participant.identity}`, sharingResource);
    }
    return { code: SUCCESS, description: 'share succeeded', value: eachSucceeded(participants, 'share succeeded') };
  }

  async unshare(
    userId: number,
    bundleName: string,
    sharingResource: string,
    participants: Array<Participant>
  ): Promise<PerParticipant> {
    hilog.info(LOG_DOMAIN, LOG_TAG, 'unshare, bundle: %{public}s', bundleName);
    const leaving = new Set<string>(participants.map((participant: Participant): string => participant.identity));
    this.shares.set(
      sharingResource,
      this.members(sharingResource).filter((member: Participant): boolean => !leaving.has(member.identity))
    );
    return { code: SUCCESS, description: 'unshare succeeded', value: eachSucceeded(participants, 'unshare succeeded') };
  }

  async exit(userId: number, bundleName: string, sharingResource: string): Promise<cloudExtension.Result<void>> {
    hilog.info(LOG_DOMAIN, LOG_TAG, 'exit share, bundle: %{public}s', bundleName);
    return { code: SUCCESS, description: 'exit share succeeded' };
  }

  async changePrivilege(
    userId: number,
    bundleName: string,
    sharingResource: string,
    participants: Array<Participant>
  ): Promise<PerParticipant> {
    hilog.info(LOG_DOMAIN, LOG_TAG, 'change privilege, bundle: %{public}s', bundleName);
    const members = this.members(sharingResource);
    for (const participant of participants) {
      const member = members.find((candidate: Participant): boolean => candidate.identity === participant.identity);
      if (member !== undefined && participant.privilege !== undefined) {
        member.privilege = participant.privilege;
      }
    }
    return {
      code: SUCCESS,
      description: 'change privilege succeeded',
      value: eachSucceeded(participants, 'change privilege succeeded')
    };
  }

  async queryParticipants(
    userId: number,
    bundleName: string,
    sharingResource: string
  ): Promise<cloudExtension.Result<Array<Participant>>> {
    hilog.info(LOG_DOMAIN, LOG_TAG, 'query participants, bundle: %{public}s', bundleName);
    return { code: SUCCESS, description: 'query participants succeeded', value: this.withDefaults(sharingResource) };
  }

  async queryParticipantsByInvitation(
    userId: number,
    bundleName: string,
    invitationCode: string
  ): Promise<cloudExtension.Result<Array<Participant>>> {
    hilog.info(LOG_DOMAIN, LOG_TAG, 'query participants by invitation, bundle: %{public}s', bundleName);
    const sharingResource = this.invitations.get(invitationCode);
    if (sharingResource === undefined) {
      return { code: cloudData.sharing.SharingCode.INVALID_INVITATION, description: 'unknown invitation' };
    }
    return {
      code: SUCCESS,
      description: 'query participants by invitation succeeded',
      value: this.withDefaults(sharingResource)
    };
  }

  async confirmInvitation(
    userId: number,
    bundleName: string,
    invitationCode: string,
    state: cloudData.sharing.State
  ): Promise<cloudExtension.Result<string>> {
    hilog.info(LOG_DOMAIN, LOG_TAG, 'confirm invitation, bundle: %{public}s', bundleName);
    const sharingResource = this.invitations.get(invitationCode);
    if (sharingResource === undefined) {
      return { code: cloudData.sharing.SharingCode.INVALID_INVITATION, description: 'unknown invitation' };
    }
    this.invitations.delete(invitationCode);
    return { code: SUCCESS, description: 'confirm invitation succeeded', value: sharingResource };
  }

  async changeConfirmation(
    userId: number,
    bundleName: string,
    sharingResource: string,
    state: cloudData.sharing.State
  ): Promise<cloudExtension.Result<void>> {
    hilog.info(LOG_DOMAIN, LOG_TAG, 'change confirm, bundle: %{public}s, state: %{public}d', bundleName, state);
    return { code: SUCCESS, description: 'change confirm succeeded' };
  }

  private members(sharingResource: string): Array<Participant> {
    let members = this.shares.get(sharingResource);
    if (members === undefined) {
      members = [];
      this.shares.set(sharingResource, members);
    }
    return members;
  }

  private withDefaults(sharingResource: string): Array<Participant> {
    return this.members(sharingResource).map((member: Participant): Participant => {
      const withDefaults = copyOf(member);
      withDefaults.privilege = member.privilege ?? READ_ONLY;
      withDefaults.attachInfo = member.attachInfo ?? '';
      return withDefaults;
    });
  }
}

function eachSucceeded(participants: Array<Participant>, description: string): Array<cloudExtension.Result<Participant>> {
  return participants.map((participant: Participant): cloudExtension.Result<Participant> => ({
    code: SUCCESS,
    description,
    value: participant
  }));
}

/** A field-by-field copy that keeps only the fields the participant has: ArkTS has no object spread. */
function copyOf(participant: Participant): Participant {
  const copy: Participant = { identity: participant.identity };
  if (participant.role !== undefined) {
    copy.role = participant.role;
  }
  if (participant.state !== undefined) {
    copy.state = participant.state;
  }
  if (participant.privilege !== undefined) {
    copy.privilege = participant.privilege;
  }
  if (participant.attachInfo !== undefined) {
    copy.attachInfo = participant.attachInfo;
  }
  return copy;
}
