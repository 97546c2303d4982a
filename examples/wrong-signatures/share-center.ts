import cloudExtension from '@ohos.data.cloudExtension';
import cloudData from '@ohos.data.cloudData';
import { MyShareCenter } from '../vendor-extension/share-center';

/** Confirming an invitation answers with the shared record's identifier, a string. */
export class NumericResourceShareCenter extends MyShareCenter implements cloudExtension.ShareCenter {
  // @ts-expect-error confirmInvitation
  override async confirmInvitation(
    userId: number,
    bundleName: string,
    invitationCode: string,
    state: cloudData.sharing.State
  ): Promise<cloudExtension.Result<number>> {
    return { code: cloudData.sharing.SharingCode.SUCCESS, value: 1 };
  }
}

/** The answer to an invitation is a `sharing.State`, not a `sharing.Role`. */
export class RoleForStateShareCenter extends MyShareCenter implements cloudExtension.ShareCenter {
  // @ts-expect-error changeConfirmation
  override async changeConfirmation(
    userId: number,
    bundleName: string,
    sharingResource: string,
    state: cloudData.sharing.Role
  ): Promise<cloudExtension.Result<void>> {
    return { code: cloudData.sharing.SharingCode.SUCCESS };
  }
}
