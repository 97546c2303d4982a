/**
 * What the device's stub did with a vendor's return value: the pure function the check calls on
 * every reply, from plain data only (the stub's write log, the reply bytes, and the value the
 * vendor call returned), so it works the same whether the stub ran in the check's thread or in
 * another.
 *
 * @packageDocumentation
 */

import type { WriteLog } from '../../stubs/recording/write-log';
import type { RuleId } from '../rules';
import { assetResults } from './asset-loader-walks';
import { generatedIds, lockInfo, queryPage, unlockCode } from './cloud-db-walks';
import { appBriefInfo, appSchema, serviceInfo, subscribeInfo } from './cloud-service-walks';
import type { ReplyAnalysis } from './reply-issue';
import { ReplyWalk } from './reply-walk';
import { rowResults } from './row-walks';
import { codeAndDescription, confirmation, participants, shareResults } from './share-center-walks';

/** What one reply analysis reads. */
export interface ReplyInput {
  /** Every write the stub made into the reply, in order. */
  readonly writeLog: WriteLog;
  /** The reply bytes the system received. */
  readonly reply: Uint8Array;
  /** What the vendor's method returned (resolved), as the stub went on to write it. */
  readonly returned: unknown;
  /** The rule a reply beyond the size limit is reported under; `reply-too-large` unless stated. */
  readonly capacityRule?: RuleId;
}

type Walker = (walk: ReplyWalk, returned: unknown) => void;

/** One walker per reply kind, by `Interface.method`. */
const WALKERS: Readonly<Record<string, Walker>> = {
  'CloudService.getServiceInfo': serviceInfo,
  'CloudService.getAppBriefInfo': appBriefInfo,
  'CloudService.getAppSchema': appSchema,
  'CloudService.subscribe': subscribeInfo,
  'CloudDB.generateId': generatedIds,
  'CloudDB.insert': rowResults,
  'CloudDB.update': rowResults,
  'CloudDB.delete': rowResults,
  'CloudDB.query': queryPage,
  'CloudDB.lock': lockInfo,
  'CloudDB.heartbeat': lockInfo,
  'CloudDB.unlock': unlockCode,
  'AssetLoader.download': assetResults,
  'AssetLoader.upload': assetResults,
  'ShareCenter.share': shareResults,
  'ShareCenter.unshare': shareResults,
  'ShareCenter.changePrivilege': shareResults,
  'ShareCenter.exit': codeAndDescription,
  'ShareCenter.changeConfirmation': codeAndDescription,
  'ShareCenter.confirmInvitation': confirmation,
  'ShareCenter.queryParticipants': participants,
  'ShareCenter.queryParticipantsByInvitation': participants
};

/** The methods whose replies {@link analyseReply} knows. */
export const ANALYSED_METHODS: readonly string[] = Object.keys(WALKERS);

/**
 * What the stub did with the vendor's value for `method` (`'CloudDB.query'` …): each thrown write
 * at the field it was writing (fatal), and each value the system read differently from what the
 * vendor returned, at its field. A method without a known reply gives no issue.
 *
 * @param method - `Interface.method`.
 * @param input - The write log, the reply bytes and the returned value.
 * @returns The issues, in the order the stub met them.
 */
export function analyseReply(method: string, input: ReplyInput): ReplyAnalysis {
  const walker = WALKERS[method];
  const walk = new ReplyWalk(input.writeLog, input.reply, input.capacityRule ?? 'reply-too-large');
  if (walker === undefined) {
    return { issues: [], fatal: undefined };
  }
  return walk.run(() => walker(walk, input.returned));
}
