/**
 * The fleet as part of the check: each device connects to its own copy of the extension, as the
 * system of a separate device would, and syncs one database through it.
 *
 * @packageDocumentation
 */
import type { Database } from 'ohos-cloud-extension-types';
import type { DatabaseShape } from '../check/sample-database';
import type { ConnectOptions, ExtensionInput, SystemSide } from '../system/connect';
import { connect } from '../system/connect';
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
  /** How each device connects (time limit, the vendor's fakes, ...). */
  readonly connect?: ConnectOptions;
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
 * own (for an entry file, its own copy of the extension), calls connectDB for `target`, and syncs
 * through it.
 */
export async function checkFleet(extension: ExtensionInput, target: FleetTarget, options: FleetCheckOptions): Promise<FleetReport> {
  const sides = new Map<number, SystemSide>();
  const portFor = async (device: number): Promise<CloudPort> => {
    let side: SystemSide;
    try {
      side = await connect(extension, options.connect ?? {});
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
  const endPort = async (device: number): Promise<void> => {
    const side = sides.get(device);
    sides.delete(device);
    try {
      await side?.disconnect();
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
