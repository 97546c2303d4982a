/**
 * A fleet run: several devices of one user sync the same tables through one cloud, with seeded
 * local edits, interleavings and faults; then every device syncs until nothing changes, a fresh
 * device downloads the whole feed, and the oracle judges the history.
 *
 * @packageDocumentation
 */
import type { CloudPort } from './cloud-port';
import type { SyncFault, SyncResult } from './device';
import { Device } from './device';
import type { FleetTable } from './fleet-rows';
import type { HistoryEntry } from './history';
import { History } from './history';
import { Interleaver } from './interleaver';
import type { FleetFinding } from './oracle';
import { FleetFindings, checkConvergence, checkDroppedResults, checkIdsUnique, checkLockExclusive } from './oracle';
import { SeededRandom } from './random';
import { FleetClock, KEYS_PER_TABLE, keyValueOf, randomData, randomEdits } from './workload';
import { keyText } from './fleet-rows';

/** Longest wait for a dead device's lease to run out, in ms, whatever the lease. */
export const MAX_LEASE_WAIT_MS = 30_000;

/** Options of {@link runFleet}. */
export interface FleetOptions {
  /** How many devices (at least 1). */
  readonly devices: number;
  /** How many rounds of edits and syncs. */
  readonly rounds: number;
  /** The run's seed. */
  readonly seed: number;
  /** The tables the devices sync. */
  readonly tables: readonly FleetTable[];
  /**
   * A new way to the cloud for device `device` (numbered from 1; the fresh device is
   * `devices + 1`). Called again for a device whose previous port died.
   */
  readonly portFor: (device: number) => Promise<CloudPort> | CloudPort;
  /** Ends a device's port: `died` when its process dies (no unlock, no lifecycle); optional. */
  readonly endPort?: (device: number, died: boolean) => Promise<void> | void;
  /** Longest wait for a lease to lapse, in ms; by default 3 leases, at most {@link MAX_LEASE_WAIT_MS}. */
  readonly leaseWaitMs?: number;
  /** Whether to inject faults (on by default). */
  readonly faults?: boolean;
  /** Most local edits per device and round (default 6). */
  readonly maxEditsPerRound?: number;
}

/** What a fleet run found. */
export interface FleetReport {
  /** The seed, to replay the run. */
  readonly seed: number;
  /** Devices and rounds run. */
  readonly devices: number;
  /** Rounds run. */
  readonly rounds: number;
  /** The anomalies, errors first. */
  readonly findings: readonly FleetFinding[];
  /** Every call, in order. */
  readonly history: readonly HistoryEntry[];
  /** What happened, in a few lines (faults injected, syncs that failed and why). */
  readonly log: readonly string[];
}

/** Waits `ms` milliseconds. */
function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, Math.max(0, ms)));
}

/** Runs a fleet and judges it. */
export async function runFleet(options: FleetOptions): Promise<FleetReport> {
  const random = new SeededRandom(options.seed);
  const workloadRandom = random.fork();
  const history = new History();
  const interleaver = new Interleaver(random.fork());
  const clock = new FleetClock();
  const findings = new FleetFindings();
  const log: string[] = [];
  const maxEdits = options.maxEditsPerRound ?? 6;
  const useFaults = options.faults ?? true;
  const maxPages = Math.max(100, Math.ceil((options.devices * options.rounds * maxEdits * 2) / 10) + 100);

  const makeDevice = async (id: number): Promise<Device> =>
    new Device({ id, tables: options.tables, port: await options.portFor(id), history, interleaver, maxPages });
  const devices: Device[] = [];
  for (let id = 1; id <= options.devices; id++) {
    devices.push(await makeDevice(id));
  }
  const restart = async (index: number): Promise<void> => {
    const old = devices[index];
    await options.endPort?.(old.id, true);
    const fresh = await makeDevice(old.id);
    for (const [name, table] of old.tables) {
      fresh.tables.set(name, table);
    }
    fresh.syncs = old.syncs;
    devices[index] = fresh;
  };
  const note = (device: Device, result: SyncResult): void => {
    if (result.kind === 'failed') {
      log.push(`device ${device.id}, sync ${device.syncs}: failed: ${result.reason}`);
      if (result.endlessFeed === true) {
        findings.add(
          'feed-never-ends',
          'CloudDB.query',
          `${device.id}`,
          `device ${device.id}: ${result.reason}; the cloud kept answering hasMore true.`,
          history.entries.filter((entry) => entry.device === device.id && entry.sync === device.syncs).slice(-4)
        );
      }
    }
  };
  /** A write of a row no edit of the workload touches, so that `device` has something to upload. */
  const writeExtraRow = (device: Device, index: number): void => {
    const table = options.tables[0];
    if (table !== undefined) {
      const key = keyValueOf(table, KEYS_PER_TABLE + index);
      device.tables.get(table.name)?.write(keyText(key), randomData(table, key, workloadRandom), clock.tick());
    }
  };
  const applyEdits = (device: Device): void => {
    for (const edit of randomEdits(options.tables, workloadRandom, maxEdits)) {
      const table = device.tables.get(edit.table);
      if (edit.kind === 'write') {
        table?.write(edit.pk, edit.data, clock.tick());
      } else {
        table?.remove(edit.pk, clock.tick());
      }
    }
  };

  // Faults planned from the seed: one device offline for a few rounds, one task failing half-way.
  const offline =
    useFaults && options.devices > 1 && options.rounds >= 3
      ? {
          device: workloadRandom.int(0, options.devices - 1),
          from: workloadRandom.int(0, Math.max(0, options.rounds - 3)),
          rounds: Math.min(3, options.rounds)
        }
      : undefined;
  const failing =
    useFaults && options.rounds >= 2
      ? { device: workloadRandom.int(0, options.devices - 1), round: workloadRandom.int(0, options.rounds - 1) }
      : undefined;
  if (offline !== undefined) {
    log.push(`fault: device ${offline.device + 1} is offline in rounds ${offline.from + 1}-${offline.from + offline.rounds}`);
  }
  if (failing !== undefined) {
    log.push(`fault: device ${failing.device + 1}'s sync in round ${failing.round + 1} fails after its first upload call`);
  }

  for (let round = 0; round < options.rounds; round++) {
    const syncing: Promise<void>[] = [];
    for (const [index, device] of devices.entries()) {
      applyEdits(device);
      const isOffline = offline !== undefined && index === offline.device && round >= offline.from && round < offline.from + offline.rounds;
      if (isOffline || !workloadRandom.chance(0.8)) {
        continue;
      }
      const fault: SyncFault =
        failing !== undefined && failing.device === index && failing.round === round ? { failAfterUploadCalls: 1 } : {};
      syncing.push(device.sync(fault).then((result) => note(device, result)));
    }
    await Promise.all(syncing);
  }

  // A device pages through a backlog of several pages while another device uploads.
  if (useFaults && options.devices > 1) {
    const readerIndex = workloadRandom.int(0, options.devices - 1);
    const reader = devices[readerIndex];
    const writer = devices[(readerIndex + 1) % options.devices];
    const backlog = 10 * 10;
    for (let index = 0; index < backlog; index++) {
      writeExtraRow(writer, 2 + index);
    }
    // Twice: the second sync downloads the writer's own echo, so that its next one is short.
    note(writer, await writer.sync());
    note(writer, await writer.sync());
    applyEdits(writer);
    writeExtraRow(writer, 2 + backlog);
    log.push(`fault: device ${reader.id} downloads a backlog of ${backlog / 10} pages while device ${writer.id} uploads`);
    await Promise.all([reader.sync().then((result) => note(reader, result)), writer.sync().then((result) => note(writer, result))]);
  }

  // The lock faults: a device dies holding the lock; another asks for it at once, then after the lease.
  if (useFaults && options.devices > 1) {
    const victimIndex = workloadRandom.int(0, options.devices - 1);
    const victim = devices[victimIndex];
    const other = devices[(victimIndex + 1) % options.devices];
    writeExtraRow(victim, 0);
    const result = await victim.sync({ dieHoldingLock: true });
    if (result.kind === 'died') {
      const grant = [...history.entries].reverse().find((entry) => entry.device === victim.id && entry.method === 'lock' && entry.ok);
      const interval = grant?.lease?.interval ?? 0;
      const wait = options.leaseWaitMs ?? Math.min(3 * interval * 1000, MAX_LEASE_WAIT_MS);
      log.push(`fault: device ${victim.id} died holding lockId ${result.lockId ?? '?'} (a ${interval} s lease)`);
      await restart(victimIndex);
      applyEdits(other);
      writeExtraRow(other, 1);
      note(other, await other.sync());
      if (interval * 1000 > wait) {
        findings.add(
          'lease-too-long-to-test',
          'CloudDB.lock',
          'lease',
          `the lock's lease is ${interval} s, longer than the fleet waits (${wait} ms; set --lease-wait): whether it lapses was not tested, and the devices could not be brought in step after the fault.`,
          grant === undefined ? [] : [grant]
        );
      } else if (grant !== undefined) {
        const deadline = grant.startMs + interval * 1000 + 50;
        await sleep(deadline - history.elapsedMs());
        const lapseEnd = grant.startMs + wait;
        let granted = false;
        while (!granted) {
          const outcome = await other.sync();
          note(other, outcome);
          granted = outcome.kind !== 'lock-refused';
          if (!granted && history.elapsedMs() >= lapseEnd) {
            findings.add(
              'lock-never-lapsed',
              'CloudDB.lock',
              'lease',
              `device ${victim.id} stopped heartbeating while holding the lock (#${grant.index}, a ${interval} s lease), and ${Math.round((history.elapsedMs() - grant.startMs) / 100) / 10} s later device ${other.id} was still refused it: a lease must lapse when its holder stops heartbeating.`,
              [grant, outcome.kind === 'lock-refused' ? outcome.entry : grant]
            );
            break;
          }
          if (!granted) {
            await sleep(Math.min(200, (interval * 1000) / 3));
          }
        }
      }
    }
  }

  // Settle: every device syncs, one at a time, until a whole pass uploads nothing.
  const settled = await settle(devices, note, options.devices * 2 + 4);
  if (!settled) {
    log.push('the devices did not settle: some still had changes to upload after every pass');
  }
  const fresh = await makeDevice(options.devices + 1);
  note(fresh, await fresh.sync());

  checkIdsUnique(history.entries, findings);
  checkLockExclusive(history.entries, findings);
  if (!findings.has('lock-never-lapsed')) {
    checkConvergence(devices, fresh, history.entries, findings);
  }
  checkDroppedResults(history.entries, findings);
  for (const device of [...devices, fresh]) {
    await options.endPort?.(device.id, false);
  }
  return { seed: options.seed, devices: options.devices, rounds: options.rounds, findings: findings.all(), history: history.entries, log };
}

/** Syncs every device in turn until a pass uploads nothing; `false` if `maxPasses` were not enough. */
async function settle(devices: readonly Device[], note: (device: Device, result: SyncResult) => void, maxPasses: number): Promise<boolean> {
  for (let pass = 0; pass < maxPasses; pass++) {
    let uploaded = false;
    for (const device of devices) {
      const result = await device.sync();
      note(device, result);
      if ((result.kind === 'done' && result.uploaded) || device.hasUploads()) {
        uploaded = true;
      }
    }
    if (!uploaded) {
      return true;
    }
  }
  return false;
}
