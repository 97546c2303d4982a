import {
  connect,
  type ConnectOptions,
  type ExtensionInput,
  type ModuleMap,
  type SandboxSettings,
  type SystemSide
} from '../system/connect';
import { DEFAULT_LOAD_TIMEOUT_MS } from '../cli/load-entry';
import { connectEntry, type DeviceLogLine, type IsolatedSystemSide } from '../system/connect-entry';
import { LOAD_GRACE_MS, PROBE_MS, STEP_GRACE_MS, WORKER_START_MS } from '../system/isolation/device-process';
import { errorText } from '../system/transport';
import { CheckContext, type CheckSettings } from './context';
import { checkFleet, type FleetTarget } from '../fleet/fleet-check';
import { FindingLog, type Finding } from './finding';
import { show } from '../stubs/recording/show-value';
import { SAMPLE_DATABASE, type DatabaseShape } from './sample-database';
import { runAssets } from './scenarios/assets';
import { runDiscovery } from './scenarios/discovery';
import { runEdgeInputs } from './scenarios/edge-inputs';
import { runSharing } from './scenarios/sharing';
import { runSubscription } from './scenarios/subscription';
import { runSyncRound } from './scenarios/sync-round';

export type { Finding } from './finding';
export { RULES, ruleById, type Rule, type RuleId, type Severity } from './rules';

/**
 * Options of {@link check}. The sandbox options say where the extension's files live (default: a
 * fresh temp folder, deleted after the check).
 */
export interface CheckOptions extends SandboxSettings {
  /** Time limit of each call, in milliseconds; default 5000. A call that takes longer is reported and abandoned. */
  readonly timeoutMs?: number;
  /** Most query pages asked for one table before giving up; default 1000. */
  readonly maxPages?: number;
  /** Rows per insert, update and delete batch; default 30, the sync engine's default batch. */
  readonly batchRows?: number;
  /**
   * Rows of an extra, large insert/update/delete batch, sent to see whether the replies stay under
   * the 200 KiB limit when a sync is configured with bigger batches (up to 2000 rows). Overflowing
   * it is reported as a warning. Default 0: no large batch.
   */
  readonly largeBatchRows?: number;
  /** Whether to call the ShareCenter; default true. */
  readonly sharing?: boolean;
  /** Most databases (over all bundles) the sync round walks; default 4. */
  readonly maxDatabases?: number;
  /**
   * When the extension is given as its entry file: the vendor's own fakes, import specifiers
   * mapped to files, as {@link ConnectOptions.modules}.
   */
  readonly modules?: ModuleMap;
  /** When given an entry file: longest wait for it to finish loading, in milliseconds; default 30 000. */
  readonly loadTimeoutMs?: number;
  /**
   * How many devices sync the extension's cloud after the single-device check: 1 (the default)
   * runs none; 2 or more run a fleet (the sync contract, see the guide), each device with its own
   * copy of the extension (its own worker when given an entry file) and its own sandbox.
   */
  readonly devices?: number;
  /** Rounds of the fleet's edits and syncs; default 10. */
  readonly rounds?: number;
  /** The fleet's seed (an unsigned 32-bit integer); random by default, and always in the report. */
  readonly seed?: number;
  /** Longest wait, in milliseconds, for a dead device's lease to lapse; default 3 leases, at most 30 000. */
  readonly leaseWaitMs?: number;
}

/** How the fleet ran, to rerun it. */
export interface FleetRunSummary {
  /** Devices that synced. */
  readonly devices: number;
  /** Rounds of edits and syncs. */
  readonly rounds: number;
  /** The seed: the same seed replays the run against a deterministic cloud. */
  readonly seed: number;
  /** Calls the devices made. */
  readonly calls: number;
  /** Wall time of the fleet, in milliseconds. */
  readonly elapsedMs: number;
  /** What happened, in a few lines: the faults injected, syncs that failed and why. */
  readonly log: readonly string[];
}

/** What {@link check} found. */
export interface CheckReport {
  /** The findings, errors first. An extension with no `error` finding passed. */
  readonly findings: Finding[];
  /** How many calls the check made through the system side. */
  readonly calls: number;
  /** Wall time of the whole check, in milliseconds. */
  readonly elapsedMs: number;
  /** Whether CloudDB and AssetLoader ran against the harness's sample database (the schema named none). */
  readonly usedSampleDatabase: boolean;
  /**
   * When given an entry file that could not be loaded: the one-line reason. No call was made and
   * there are no findings.
   */
  readonly entryError?: string;
  /** When given an entry file: everything the extension wrote to stdout and stderr, in order. */
  readonly log?: readonly DeviceLogLine[];
  /** When given an entry file: what the extension threw or rejected with outside any call. */
  readonly uncaught?: readonly unknown[];
  /**
   * When given an entry file: how many times its process was ended and started again, because a
   * call never gave the extension's thread back.
   */
  readonly restarts?: number;
  /** When a fleet ran (`devices` of 2 or more): its figures and seed; its findings are in `findings`. */
  readonly fleet?: FleetRunSummary;
}

/** Default time limit of one call, in milliseconds. */
export const DEFAULT_CHECK_TIMEOUT_MS = 5000;
/** Default most query pages per table. */
export const DEFAULT_MAX_PAGES = 1000;
/** Default rows per batch: the sync engine's `maxUploadCount` default (kv_store cloud_db_constant.h:87-92). */
export const DEFAULT_BATCH_ROWS = 30;

/**
 * Runs the calls the system makes on a cloud extension, through the device's stubs, and reports
 * what would go wrong on a device.
 *
 * The order is the system's: discovery (getServiceInfo, getAppBriefInfo, getAppSchema per bundle);
 * for each database a sync round (connectDB, query every table page by page, lock, heartbeat,
 * generateId, insert/update/delete batches, unlock); asset download and upload; subscribe and
 * unsubscribe; the sharing calls; and the edge inputs the system can send. When the schema names
 * no database, CloudDB and AssetLoader run against a sample database of the harness (and a note
 * says so).
 *
 * It never throws because of the extension: a throw, a hang or a wrong shape becomes a finding.
 * Every loop and every call is bounded.
 *
 * Given a **path** to the entry file, the extension runs in its own process (a worker thread, see
 * `connectEntry`): every time limit holds even against a synchronous endless loop, and the
 * extension's output is returned in `log` instead of reaching the caller's stdout. Given a class,
 * an instance or an object, it runs in the caller's own thread (`connect`), where only code that
 * yields can be timed out.
 *
 * @example
 * ```ts
 * const report = await check(MyServiceExtension);
 * for (const finding of report.findings) {
 *   console.log(`${finding.severity} ${finding.method} [${finding.rule}] ${finding.message}`);
 * }
 * ```
 *
 * @param extension - The entry file's path (run in its own process, with {@link CheckOptions.modules}),
 *   or the ServiceExtensionAbility subclass, an instance of it, or a CloudService object (in process).
 * @param options - See {@link CheckOptions}.
 * @returns The findings and figures.
 */
export async function check(extension: ExtensionInput | string, options: CheckOptions = {}): Promise<CheckReport> {
  const started = performance.now();
  const settings: { -readonly [K in keyof CheckSettings]: CheckSettings[K] } = {
    timeoutMs: positive(options.timeoutMs, DEFAULT_CHECK_TIMEOUT_MS),
    maxPages: positive(options.maxPages, DEFAULT_MAX_PAGES),
    batchRows: positive(options.batchRows, DEFAULT_BATCH_ROWS),
    largeBatchRows: Math.max(0, Math.floor(options.largeBatchRows ?? 0)),
    sharing: options.sharing ?? true
  };
  if (typeof extension === 'string') {
    // A call may first start the extension's process again: loading and lifecycle have their own limits.
    const load = positive(options.loadTimeoutMs, DEFAULT_LOAD_TIMEOUT_MS) + LOAD_GRACE_MS + WORKER_START_MS;
    settings.callFenceMs = settings.timeoutMs + 2000 + PROBE_MS + load + 4 * (settings.timeoutMs + STEP_GRACE_MS);
  }
  const findings = new FindingLog();
  const context = new CheckContext(settings, findings);
  let usedSampleDatabase = false;

  let system: SystemSide | undefined;
  let isolated: IsolatedSystemSide | undefined;
  let fleetTarget: FleetTarget | undefined;
  try {
    if (typeof extension === 'string') {
      const loadOptions = options.loadTimeoutMs === undefined ? {} : { loadTimeoutMs: positive(options.loadTimeoutMs, 1) };
      isolated = await connectEntry(extension, {
        ...sandboxSettings(options),
        timeoutMs: settings.timeoutMs,
        ...loadOptions,
        ...(options.modules === undefined ? {} : { modules: options.modules })
      });
      system = isolated;
    } else {
      const connectOptions: ConnectOptions = { ...sandboxSettings(options), timeoutMs: settings.timeoutMs };
      system = await connect(extension, connectOptions);
    }
  } catch (error) {
    context.report('call-failed', 'ServiceExtensionAbility.onConnect', `Connecting to the extension failed: ${errorText(error)}.`);
  }
  if (isolated?.loadFailure !== undefined) {
    await isolated.close();
    return {
      ...figures(findings, context, started, false),
      entryError: isolated.loadFailure,
      log: isolated.log,
      uncaught: isolated.uncaught,
      restarts: 0
    };
  }
  if (system !== undefined && !system.connection.ok) {
    reportConnection(context, system);
  } else if (system !== undefined) {
    try {
      const scenarios = await runScenarios(context, system, positive(options.maxDatabases, 4));
      usedSampleDatabase = scenarios.usedSampleDatabase;
      fleetTarget = scenarios.fleetTarget;
    } catch (error) {
      // A harness bug must not hide the findings so far.
      context.report('call-failed', 'CloudService', `The check stopped early: ${errorText(error)}.`);
    }
    try {
      await system.disconnect();
    } catch {
      // Disconnecting is not part of the check.
    }
  }
  if (isolated !== undefined) {
    await isolated.close();
  }
  const fleet =
    fleetTarget !== undefined && (options.devices ?? 1) > 1
      ? await runFleetCheck(extension, fleetTarget, options, settings.timeoutMs)
      : undefined;
  const report = figures(findings, context, started, usedSampleDatabase);
  return {
    ...report,
    ...(fleet === undefined ? {} : { findings: [...report.findings, ...fleet.findings], fleet: fleet.summary }),
    ...(isolated === undefined ? {} : { log: isolated.log, uncaught: isolated.uncaught, restarts: isolated.restarts })
  };
}

/** Runs the fleet against the database the single-device check synced first. */
async function runFleetCheck(
  extension: ExtensionInput | string,
  target: FleetTarget,
  options: CheckOptions,
  timeoutMs: number
): Promise<{ findings: Finding[]; summary: FleetRunSummary }> {
  const started = performance.now();
  const report = await checkFleet(extension, target, {
    devices: Math.floor(options.devices ?? 2),
    ...(options.rounds === undefined ? {} : { rounds: positive(options.rounds, 10) }),
    ...(options.seed === undefined ? {} : { seed: options.seed }),
    ...(options.leaseWaitMs === undefined ? {} : { leaseWaitMs: positive(options.leaseWaitMs, 1) }),
    timeoutMs,
    ...(options.modules === undefined ? {} : { modules: options.modules }),
    ...(options.loadTimeoutMs === undefined ? {} : { loadTimeoutMs: positive(options.loadTimeoutMs, 1) })
  });
  const summary: FleetRunSummary = {
    devices: report.devices,
    rounds: report.rounds,
    seed: report.seed,
    calls: report.history.length,
    elapsedMs: performance.now() - started,
    log: report.log
  };
  return { findings: report.findings.map((finding) => ({ ...finding })), summary };
}

function figures(findings: FindingLog, context: CheckContext, started: number, usedSampleDatabase: boolean): CheckReport {
  return { findings: findings.list(), calls: context.calls, elapsedMs: performance.now() - started, usedSampleDatabase };
}

async function runScenarios(
  context: CheckContext,
  system: SystemSide,
  maxDatabases: number
): Promise<{ usedSampleDatabase: boolean; fleetTarget: FleetTarget | undefined }> {
  const discovery = await runDiscovery(context, system);
  const targets: { bundleName: string; database: DatabaseShape }[] = [];
  for (const bundle of discovery.bundles) {
    for (const database of bundle.databases) {
      if (targets.length < maxDatabases) {
        targets.push({ bundleName: bundle.bundleName, database });
      }
    }
  }
  const usedSampleDatabase = targets.length === 0;
  const firstBundle = discovery.bundles[0]?.bundleName ?? 'com.example.harness';
  if (usedSampleDatabase) {
    targets.push({ bundleName: firstBundle, database: SAMPLE_DATABASE });
    context.report(
      'sample-database-used',
      'CloudService.getAppSchema',
      `The schema of ${discovery.bundles.map((bundle) => show(bundle.bundleName)).join(', ')} named no database with tables, so CloudDB and AssetLoader were exercised against the harness's sample database ${show(SAMPLE_DATABASE.name)} (one table with a column of every field type).`
    );
  }

  let edgeDone = false;
  for (const target of targets) {
    const round = await runSyncRound(context, system, target.bundleName, target.database);
    await runAssets(context, system, target.bundleName, target.database, round.gids);
    const table = target.database.tables[0];
    if (!edgeDone && round.connection !== undefined && table !== undefined) {
      edgeDone = true;
      await runEdgeInputs(context, round.connection, table);
    }
  }

  const subscribed = discovery.bundles.map((bundle) => ({
    bundleName: bundle.bundleName,
    databases:
      bundle.databases.length > 0 || !usedSampleDatabase || bundle.bundleName !== firstBundle ? bundle.databases : [SAMPLE_DATABASE]
  }));
  await runSubscription(context, system, subscribed);
  if (context.settings.sharing) {
    await runSharing(context, system, discovery.user, firstBundle);
  }
  return { usedSampleDatabase, fleetTarget: targets[0] };
}

/** Reports why the system could not connect to the extension. */
function reportConnection(context: CheckContext, system: SystemSide): void {
  if (system.connection.ok) {
    return;
  }
  const failure = system.connection.failure;
  const failed = system.connection.calls.find((step) => step.outcome !== 'returned');
  const method = `ServiceExtensionAbility.${failed?.method ?? 'onConnect'}`;
  if (failure.kind === 'not-a-remote-object') {
    context.report('connect-not-a-stub', 'ServiceExtensionAbility.onConnect', `${failure.message}. The system can call nothing.`);
  } else if (failed?.outcome === 'timeout') {
    context.report('call-timed-out', method, `${failure.message}. The system never gets the CloudService and can call nothing.`);
  } else if (failed?.outcome === 'threw') {
    context.report('vendor-threw', method, `${failure.message}. The system never gets the CloudService and can call nothing.`);
  } else {
    context.report('call-failed', method, `${failure.message}. The system can call nothing.`);
  }
}

/** The sandbox options given, and no others (exactOptionalPropertyTypes). */
function sandboxSettings(options: SandboxSettings): SandboxSettings {
  return {
    ...(options.sandbox === undefined ? {} : { sandbox: options.sandbox }),
    ...(options.bundleName === undefined ? {} : { bundleName: options.bundleName }),
    ...(options.moduleName === undefined ? {} : { moduleName: options.moduleName })
  };
}

function positive(value: number | undefined, fallback: number): number {
  return value !== undefined && Number.isFinite(value) && value > 0 ? Math.floor(value) : fallback;
}
