/**
 * The fleet as part of the check: each device connects to its own copy of the extension, as the
 * system of a separate device would, and syncs one database through it.
 *
 * @packageDocumentation
 */
import type { Database } from 'ohos-cloud-extension-types';
import type { DatabaseShape } from '../check/sample-database';
import type { ExtensionInput, ModuleMap, SystemSide } from '../system/connect';
import { connect } from '../system/connect';
import { connectEntry, type IsolatedSystemSide } from '../system/connect-entry';
import type { CloudPort, PortOutcome } from './cloud-port';
import { portOverConnection } from './cloud-port';
import type { FleetReport } from './fleet';
import { runFleet } from './fleet';
import { fleetTable } from './fleet-rows';
import { randomSeed } from './random';

/** Default rounds of a fleet run. */
export const DEFAULT_FLEET_ROUNDS = 10;

/** Options of {@link checkFleet}. */
export interface FleetCheckOptions {
  /** How many devices; 2 or more. */
  readonly devices: number;
  /** Rounds of edits and syncs; default {@link DEFAULT_FLEET_ROUNDS}. */
  readonly rounds?: number;
  /** The run's seed; random by default, and always in the report. */
  readonly seed?: number;
  /** Longest wait for a dead device's lease to lapse, in ms; default 3 leases, at most 30 s. */
  readonly leaseWaitMs?: number;
  /** Time limit of each call, in milliseconds; default 5000. */
  readonly timeoutMs?: number;
  /** For an entry file: the vendor's own fakes, import specifiers mapped to files. */
  readonly modules?: ModuleMap;
  /** For an entry file: longest wait for it to load, in milliseconds. */
  readonly loadTimeoutMs?: number;
}

/** The database the fleet syncs, and the bundle it belongs to. */
export interface FleetTarget {
  /** The bundle name sent with connectDB. */
  readonly bundleName: string;
  /** The database (its tables and fields) sent with connectDB. */
  readonly database: DatabaseShape;
}

/** A port that answers every call with the same failure, for a device that could not connect. */
function unreachable(message: string): CloudPort {
  const fail = <T>(): Promise<PortOutcome<T>> => Promise.resolve({ ok: false, message });
  return { generateId: fail, insert: fail, update: fail, delete: fail, query: fail, lock: fail, heartbeat: fail, unlock: fail };
}

/**
 * Runs a fleet of `options.devices` devices against the extension: each device connects on its
 * own, calls connectDB for `target`, and syncs through it. Given an entry file, each device runs
 * its own copy of the extension in its own worker thread, with its own module state, `context`
 * and sandbox, as separate devices would; only the cloud the extension talks to is shared.
 * Given a class or an object, the devices share the caller's thread and module state.
 */
export async function checkFleet(
  extension: ExtensionInput | string,
  target: FleetTarget,
  options: FleetCheckOptions
): Promise<FleetReport> {
  const sides = new Map<number, SystemSide | IsolatedSystemSide>();
  const portFor = async (device: number): Promise<CloudPort> => {
    let side: SystemSide | IsolatedSystemSide;
    try {
      side =
        typeof extension === 'string'
          ? await connectEntry(extension, {
              ...(options.timeoutMs === undefined ? {} : { timeoutMs: options.timeoutMs }),
              ...(options.loadTimeoutMs === undefined ? {} : { loadTimeoutMs: options.loadTimeoutMs }),
              ...(options.modules === undefined ? {} : { modules: options.modules })
            })
          : await connect(extension, options.timeoutMs === undefined ? {} : { timeoutMs: options.timeoutMs });
    } catch (error) {
      return unreachable(`device ${device} could not connect: ${error instanceof Error ? error.message : String(error)}`);
    }
    sides.set(device, side);
    if (!side.connection.ok) {
      return unreachable(`device ${device} could not connect: ${side.connection.failure.message}`);
    }
    const reply = await side.connectDB(target.bundleName, target.database as unknown as Database);
    if (!reply.ok) {
      return unreachable(`device ${device}: connectDB failed: ${reply.failure.message}`);
    }
    return portOverConnection(reply.value);
  };
  const endPort = async (device: number, died: boolean): Promise<void> => {
    const side = sides.get(device);
    sides.delete(device);
    try {
      if (died && side !== undefined && 'close' in side) {
        // Its process ends: no unlock, no heartbeat, no lifecycle.
        await side.close();
      } else {
        await side?.disconnect();
      }
    } catch {
      // A device that ends is not part of the check.
    }
  };
  return runFleet({
    devices: options.devices,
    rounds: options.rounds ?? DEFAULT_FLEET_ROUNDS,
    seed: options.seed ?? randomSeed(),
    tables: target.database.tables.map(fleetTable),
    portFor,
    endPort,
    ...(options.leaseWaitMs === undefined ? {} : { leaseWaitMs: options.leaseWaitMs })
  });
}
