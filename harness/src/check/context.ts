import { isRemoteObject } from '../rpc/rpc-internal';
import { AssetLoaderStub } from '../stubs/asset-loader-stub';
import { CloudDbStub } from '../stubs/cloud-db-stub';
import { CloudServiceStub } from '../stubs/cloud-service-stub';
import { ShareCenterStub } from '../stubs/share-center-stub';
import { implementationOf, type VendorCall } from '../stubs/trace';
import type { SystemReply } from '../system/system-reply';
import { errorText } from '../system/transport';
import type { FindingLog } from './finding';
import { show } from '../stubs/recording/show-value';
import { analyseReply } from './reply/analyse-reply';
import type { ReplyAnalysis } from './reply/reply-issue';
import { ruleById, type RuleId } from './rules';

/** The settings every scenario reads; defaults are filled in by `check`. */
export interface CheckSettings {
  /** Time limit of one call, in milliseconds. */
  readonly timeoutMs: number;
  /** Most query pages asked for one table. */
  readonly maxPages: number;
  /** Rows per insert, update and delete batch (the sync engine's default is 30). */
  readonly batchRows: number;
  /** Rows of the optional large batch; 0 leaves it out. */
  readonly largeBatchRows: number;
  /** Whether to call the ShareCenter. */
  readonly sharing: boolean;
  /**
   * Longest wait for one call as a whole, in milliseconds, a fence against a bug of the harness
   * itself (the system side bounds its own calls); default the time limit + 2000. With the
   * extension in its own process, a call may first start that process again, which has its own
   * limits, so the fence is wider there.
   */
  readonly callFenceMs?: number;
}

/** What one call gave: the system's reply, what the vendor returned and what the check made of it. */
export interface CallOutcome<T> {
  /** The system's reply; `undefined` only when the system side itself failed. */
  readonly reply: SystemReply<T> | undefined;
  /** The decoded value when the system read a complete reply. */
  readonly value: T | undefined;
  /** Whether the vendor's method ran and returned (rather than threw, hung, or was not called). */
  readonly returned: boolean;
  /** What the vendor's method returned, when it did. */
  readonly vendorValue: unknown;
  /** What the stub did with the vendor's value (from its write log), when the vendor returned. */
  readonly analysis: ReplyAnalysis | undefined;
  /** Whether this call produced an error finding. */
  readonly failed: boolean;
}

/** Options of {@link CheckContext.call}. */
export interface CallOptions {
  /** The rule a reply overflow is reported under. */
  readonly capacityRule?: RuleId;
  /** The vendor method the stub calls, when it differs from the method's own name. */
  readonly vendorMethod?: string;
}

/** The TypeError a vendor gets from `cloudExtension.Flag.X` on the device (Flag is undefined). */
const FLAG_READ = /reading '(INSERT|UPDATE|DELETE)'|\bFlag\b/;

/**
 * The shared state of one check: the findings, the call count and the settings, and the one way
 * every scenario makes a call ({@link CheckContext.call}), which turns what happened into findings.
 */
export class CheckContext {
  /** Calls made so far. */
  calls = 0;
  /** Settings in force. */
  readonly settings: CheckSettings;
  /** Findings so far. */
  readonly findings: FindingLog;
  /** Every id generateId gave during the check, with where it was first used, to find duplicates. */
  readonly generatedIds = new Map<string, string>();

  constructor(settings: CheckSettings, findings: FindingLog) {
    this.settings = settings;
    this.findings = findings;
  }

  /** Records a finding: what happened, followed by the rule's fix-it text from the catalogue. */
  report(rule: RuleId, method: string, message: string): void {
    this.findings.add(rule, method, `${message} ${ruleById(rule).fix}`);
  }

  /**
   * Makes one call through the system side and reports what went wrong: the vendor threw or hung,
   * a write of its value threw in the stub or the value reached the system changed (see `analyseReply`), or the reply
   * could not be read for another reason. Never throws.
   *
   * @param method - `Interface.method`, e.g. `'CloudDB.query'`.
   * @param shown - The call as a vendor would recognise it, e.g. `query("notes", 2 fields, 10, "0")`.
   * @param send - Sends the request through the system side.
   */
  async call<T>(method: string, shown: string, send: () => Promise<SystemReply<T>>, options: CallOptions = {}): Promise<CallOutcome<T>> {
    this.calls++;
    const before = this.errorCount();
    let reply: SystemReply<T> | undefined;
    try {
      reply = await withLimit(send(), this.settings.callFenceMs ?? this.settings.timeoutMs + 2000);
    } catch (error) {
      this.report('call-failed', method, `${shown}: the call could not be made: ${errorText(error)}.`);
    }
    const vendorMethod = options.vendorMethod ?? method.slice(method.indexOf('.') + 1);
    const vendorCall = reply === undefined ? undefined : lastCall(reply.transaction.vendorCalls, vendorMethod);
    let returned = false;
    let vendorValue: unknown;
    let analysis: ReplyAnalysis | undefined;
    if (reply === undefined) {
      // Reported above, or the harness itself hung past its own limit.
      if (this.errorCount() === before) {
        this.report('call-timed-out', method, `${shown} did not answer within ${this.settings.timeoutMs} ms.`);
      }
    } else if (reply.transaction.status === 'timeout' && reply.transaction.processEnded === true) {
      this.report(
        'call-timed-out',
        method,
        `${shown} did not return within ${this.settings.timeoutMs} ms and never gave the extension's thread back (a synchronous loop?), so the check ended the extension's process and started it again. On the device the binder thread waits for it forever and every other call to the extension stalls behind it. Make sure the method yields and ends.`
      );
    } else if (vendorCall?.outcome.kind === 'pending' || reply.transaction.status === 'timeout') {
      // A transaction that timed out has no reply to analyse, even if the vendor settled since.
      this.report(
        'call-timed-out',
        method,
        `${shown} did not settle within ${this.settings.timeoutMs} ms. On the device the binder thread waits for it forever and the sync stalls.`
      );
    } else if (vendorCall?.outcome.kind === 'threw') {
      const error = vendorCall.outcome.error;
      const text = errorText(error);
      if (error instanceof TypeError && FLAG_READ.test(String(error.message))) {
        this.report(
          'flag-absent-at-runtime',
          method,
          `${shown} threw ${text}. cloudExtension.Flag does not exist at run time on the device (the module exports only FieldType, ErrorCode and the stub factories), so reading Flag.INSERT/UPDATE/DELETE throws.`
        );
      } else {
        this.report(
          'vendor-threw',
          method,
          `${shown} threw ${text}. The device does not catch it for you: the call fails or the system gets UNKNOWN_ERROR after a partial reply.`
        );
      }
    } else if (vendorCall?.outcome.kind === 'returned') {
      returned = true;
      vendorValue = vendorCall.outcome.value;
      if (method.startsWith('CloudService.connect')) {
        this.checkRemoteObject(method, shown, vendorValue);
      } else {
        analysis = analyseReply(method, {
          writeLog: reply.transaction.writeLog ?? [],
          reply: reply.transaction.reply,
          returned: vendorValue,
          ...(options.capacityRule === undefined ? {} : { capacityRule: options.capacityRule })
        });
        // One finding per rule and call: the first value it hit, and how many more there were.
        const byRule = new Map<RuleId, { first: string; more: number }>();
        for (const issue of analysis.issues) {
          const seen = byRule.get(issue.rule);
          if (seen === undefined) {
            byRule.set(issue.rule, { first: issue.message, more: 0 });
          } else {
            seen.more++;
          }
        }
        for (const [rule, seen] of byRule) {
          const more = seen.more === 0 ? '' : ` The same happens to ${seen.more} more value${seen.more === 1 ? '' : 's'} of this reply.`;
          this.report(rule, method, `${shown}: ${seen.first}${more}`);
        }
      }
    }
    // A call not sent because the extension's process had been ended: the call that held its
    // thread was reported when it happened.
    const notSent = reply !== undefined && !reply.ok && reply.failure.kind === 'not-connected' && reply.transaction.processEnded !== true;
    if (reply !== undefined && !reply.ok && !notSent && this.errorCount() === before && analysis?.fatal === undefined) {
      const stubError = reply.transaction.stubError;
      const extra = stubError === undefined ? '' : ` (the stub threw ${errorText(stubError)})`;
      this.report('call-failed', method, `${shown}: the system could not use the reply: ${reply.failure.message}${extra}.`);
    }
    return {
      reply,
      value: reply !== undefined && reply.ok ? reply.value : undefined,
      returned,
      vendorValue,
      analysis,
      failed: this.errorCount() > before
    };
  }

  private checkRemoteObject(method: string, shown: string, value: unknown): void {
    if (value !== null && typeof value === 'object' && isRemoteObject(value)) {
      this.checkStubKind(method, shown, value);
      return;
    }
    const factory =
      method === 'CloudService.connectDB'
        ? 'cloudExtension.createCloudDBStub(db)'
        : method === 'CloudService.connectAssetLoader'
          ? 'cloudExtension.createAssetLoaderStub(loader)'
          : 'cloudExtension.createShareServiceStub(shareCenter)';
    let what: string;
    if (value === null || value === undefined) {
      what =
        method === 'CloudService.connectShareCenter'
          ? `resolved ${show(value)}: the stub answers false and the system gets no share center`
          : `resolved ${show(value)}: writeRemoteObject throws BusinessError 401 and the connection fails`;
    } else {
      const wrapped = typeof value === 'object' && implementationOf(value) !== undefined;
      what = wrapped
        ? `resolved ${show(value)}`
        : `resolved ${show(value)} (the implementation itself, not a remote object): writeRemoteObject throws BusinessError ${typeof value === 'object' ? '1900008' : '401'} and the connection fails`;
    }
    this.report('connect-not-a-stub', method, `${shown} ${what}; it should resolve ${factory}.`);
  }

  /** A stub of this package: the right kind for the connect call, and made with an implementation. */
  private checkStubKind(method: string, shown: string, stub: object): void {
    const kinds: readonly { readonly stub: new (...args: never[]) => object; readonly name: string; readonly factory: string }[] = [
      { stub: CloudDbStub, name: 'CloudDB', factory: 'createCloudDBStub' },
      { stub: AssetLoaderStub, name: 'AssetLoader', factory: 'createAssetLoaderStub' },
      { stub: ShareCenterStub, name: 'ShareCenter', factory: 'createShareServiceStub' },
      { stub: CloudServiceStub, name: 'CloudService', factory: 'createCloudServiceStub' }
    ];
    const wanted =
      method === 'CloudService.connectDB' ? 'CloudDB' : method === 'CloudService.connectAssetLoader' ? 'AssetLoader' : 'ShareCenter';
    const kind = kinds.find((candidate) => stub instanceof candidate.stub);
    if (kind === undefined) {
      return; // a remote object of the vendor's own making: the calls will tell
    }
    const expected = kinds.find((candidate) => candidate.name === wanted);
    if (kind.name !== wanted) {
      this.report(
        'connect-not-a-stub',
        method,
        `${shown} resolved a ${kind.name} stub (made by cloudExtension.${kind.factory}), not a ${wanted} stub: every ${wanted} request would land in the wrong handler, where cloudExtension.${expected?.factory ?? ''}(…) belongs.`
      );
      return;
    }
    const implementation = implementationOf(stub);
    if (implementation === undefined || implementation === null) {
      // cloud_extension_stub.js:295-297, 683-685: such a CloudDB or ShareCenter stub answers false to every call.
      this.report(
        'stub-without-implementation',
        method,
        `${shown} resolved a stub made by cloudExtension.${kind.factory}(${show(implementation)}): it has no ${wanted} to call, so every request fails (the CloudDB and ShareCenter stubs answer false, the AssetLoader stub throws).`
      );
    }
  }

  private errorCount(): number {
    return this.findings.errorsAdded;
  }
}

/** The newest recorded call of `method`. */
function lastCall(calls: readonly VendorCall[], method: string): VendorCall | undefined {
  for (let index = calls.length - 1; index >= 0; index--) {
    const call = calls[index];
    if (call !== undefined && call.method === method) {
      return call;
    }
  }
  return undefined;
}

/** Resolves `promise`, or `undefined` after `ms` (the system side bounds its own calls; this is a second fence). */
async function withLimit<T>(promise: Promise<T>, ms: number): Promise<T | undefined> {
  let timer: NodeJS.Timeout | undefined;
  const limit = new Promise<undefined>((resolve) => {
    timer = setTimeout(() => resolve(undefined), ms);
  });
  try {
    return await Promise.race([promise, limit]);
  } finally {
    clearTimeout(timer);
  }
}
