/**
 * The fleet's oracle: judges a run from its history and the devices' final tables, and names
 * each anomaly with the calls that show it. It never looks inside the cloud.
 *
 * @packageDocumentation
 */
import type { Severity } from '../check/rules';
import type { Device } from './device';
import { canonicalData } from './fleet-rows';
import type { FleetRuleId } from './fleet-rules';
import { fleetRuleById } from './fleet-rules';
import type { HistoryEntry, SentRow } from './history';
import { formatEntry } from './history';
import type { LocalRow } from './local-table';

/** Most history lines shown with one finding. */
export const MAX_HISTORY_LINES = 12;

/** Most findings listed per rule; the rest are counted on the last one listed. */
export const MAX_FINDINGS_PER_RULE = 5;

/** One anomaly of a fleet run. */
export interface FleetFinding {
  /** How bad it is: the rule's severity. */
  readonly severity: Severity;
  /** The vendor method involved. */
  readonly method: string;
  /** The rule that found it. */
  readonly rule: FleetRuleId;
  /** What happened: the row, the devices and the write involved. */
  readonly message: string;
  /** Where the engine makes this a requirement. */
  readonly source: string;
  /** The shortest part of the history that shows it, a numbered call per line. */
  readonly history: readonly string[];
}

/** Collects the fleet's findings, once per rule and subject. */
export class FleetFindings {
  private readonly list: FleetFinding[] = [];
  private readonly subjects = new Set<string>();
  private readonly unlisted = new Map<FleetRuleId, number>();

  /** Adds a finding unless one of the same rule about the same subject exists. */
  add(rule: FleetRuleId, method: string, subject: string, message: string, history: readonly HistoryEntry[]): void {
    const key = `${rule}\u0000${subject}`;
    if (this.subjects.has(key)) {
      return;
    }
    this.subjects.add(key);
    if (this.list.filter((finding) => finding.rule === rule).length >= MAX_FINDINGS_PER_RULE) {
      this.unlisted.set(rule, (this.unlisted.get(rule) ?? 0) + 1);
      return;
    }
    const entry = fleetRuleById(rule);
    this.list.push({
      severity: entry.severity,
      method,
      rule,
      message: `${message} ${entry.fix}`,
      source: entry.source,
      history: shortHistory(history)
    });
  }

  /** Whether a finding of `rule` about `subject` exists. */
  has(rule: FleetRuleId, subject?: string): boolean {
    if (subject !== undefined) {
      return this.subjects.has(`${rule}\u0000${subject}`);
    }
    return this.list.some((finding) => finding.rule === rule);
  }

  /** Every finding, errors first; the last one of a rule says how many more were not listed. */
  all(): FleetFinding[] {
    const order: Record<Severity, number> = { error: 0, warning: 1, note: 2 };
    const sorted = this.list
      .map((finding, index) => ({ finding, index }))
      .sort((a, b) => order[a.finding.severity] - order[b.finding.severity] || a.index - b.index)
      .map((entry) => entry.finding);
    for (const [rule, count] of this.unlisted) {
      const last = sorted.map((finding) => finding.rule).lastIndexOf(rule);
      const finding = sorted[last];
      if (finding !== undefined) {
        sorted[last] = { ...finding, message: `${finding.message} (${count} more like this not listed)` };
      }
    }
    return sorted;
  }
}

/** Entries in run order, without repeats, at most {@link MAX_HISTORY_LINES} (the first and the last kept). */
function shortHistory(entries: readonly HistoryEntry[]): string[] {
  const unique = [...new Map(entries.map((entry) => [entry.index, entry])).values()].sort((a, b) => a.index - b.index);
  if (unique.length <= MAX_HISTORY_LINES) {
    return unique.map(formatEntry);
  }
  const head = unique.slice(0, MAX_HISTORY_LINES / 2);
  const tail = unique.slice(-MAX_HISTORY_LINES / 2 + 1);
  return [...head.map(formatEntry), `… ${unique.length - head.length - tail.length} more calls …`, ...tail.map(formatEntry)];
}

/** Accepted rows of every successful upload call, with the entry that sent them. */
function acceptedRows(history: readonly HistoryEntry[]): { entry: HistoryEntry; row: SentRow }[] {
  const rows: { entry: HistoryEntry; row: SentRow }[] = [];
  for (const entry of history) {
    if (entry.ok && entry.sent !== undefined) {
      for (const row of entry.sent) {
        if (row.code === 0) {
          rows.push({ entry, row });
        }
      }
    }
  }
  return rows;
}

/** Entries that sent or received the row with cloud id `gid` or key `pk` of `table`. */
function entriesAbout(history: readonly HistoryEntry[], table: string, gid: string | undefined, pk: string | undefined): HistoryEntry[] {
  return history.filter(
    (entry) =>
      entry.table === table &&
      ((entry.sent?.some((row) => row.gid === gid || row.pk === pk) ?? false) ||
        (entry.page?.rows.some((row) => (gid !== undefined && row.gid === gid) || (pk !== undefined && row.pk === pk)) ?? false))
  );
}

/** `generateId` gave no id twice (sync-engine sheet §8.7). */
export function checkIdsUnique(history: readonly HistoryEntry[], findings: FleetFindings): void {
  const firstSeen = new Map<string, HistoryEntry>();
  for (const entry of history) {
    if (!entry.ok || entry.ids === undefined) {
      continue;
    }
    for (const id of entry.ids) {
      const earlier = firstSeen.get(id);
      if (earlier === undefined) {
        firstSeen.set(id, entry);
        continue;
      }
      const who = earlier.device === entry.device ? `device ${entry.device} twice` : `device ${earlier.device} and device ${entry.device}`;
      findings.add(
        'ids-not-unique',
        'CloudDB.generateId',
        id,
        `generateId gave the id "${id}" to ${who} (calls #${earlier.index} and #${entry.index}): ids must be unique across every device and call.`,
        [earlier, entry]
      );
    }
  }
}

/**
 * No lock was granted while another device's lease was surely still running: the other device
 * took or renewed it, had not unlocked, and the new grant ended before that lease could have run
 * out (sync-engine sheet §8.8).
 */
export function checkLockExclusive(history: readonly HistoryEntry[], findings: FleetFindings): void {
  const held = new Map<number, HistoryEntry>();
  for (const entry of history) {
    if (entry.method === 'unlock' && entry.ok) {
      held.delete(entry.device);
      continue;
    }
    if ((entry.method !== 'lock' && entry.method !== 'heartbeat') || !entry.ok || entry.lease === undefined) {
      continue;
    }
    if (entry.method === 'lock') {
      for (const [device, grant] of held) {
        const lease = grant.lease;
        if (device === entry.device || lease === undefined) {
          continue;
        }
        if (entry.atMs < grant.startMs + lease.interval * 1000) {
          findings.add(
            'lock-not-exclusive',
            'CloudDB.lock',
            `${grant.index}`,
            `device ${entry.device} was granted the lock (#${entry.index}, lockId ${entry.lease.lockId}) while device ${device} still held lockId ${lease.lockId} (#${grant.index}, a ${lease.interval} s lease it had neither released nor let run out): lock must refuse with LOCKED_BY_OTHERS while another holder's lease runs.`,
            [grant, entry]
          );
        }
      }
    }
    held.set(entry.device, entry);
  }
}

/** A device's rows of every table, by `table/pk`. */
function rowsOf(device: Device): Map<string, LocalRow> {
  const rows = new Map<string, LocalRow>();
  for (const [name, table] of device.tables) {
    for (const row of table.live()) {
      rows.set(`${name}/${row.pk}`, row);
    }
  }
  return rows;
}

/** A row in a few words. */
function describe(row: LocalRow | undefined): string {
  if (row === undefined) {
    return 'no such row';
  }
  return `id ${row.gid ?? '(none)'}, modified ${row.modifyTime}, ${truncate(canonicalData(row.data))}`;
}

/** At most 80 characters of `text`. */
function truncate(text: string): string {
  return text.length <= 80 ? text : `${text.slice(0, 77)}…`;
}

/**
 * After the fleet settled: the cloud's feed, as a fresh device downloaded it, holds every accepted
 * write (or a newer one), keeps a tombstone for every accepted delete, and every device holds
 * exactly the feed's rows.
 */
export function checkConvergence(
  devices: readonly Device[],
  fresh: Device,
  history: readonly HistoryEntry[],
  findings: FleetFindings
): void {
  const feed = rowsOf(fresh);
  const freshSeen = new Map<string, { deleted: boolean; modifyTime: number }>();
  for (const entry of history) {
    if (entry.device === fresh.id && entry.page !== undefined) {
      for (const row of entry.page.rows) {
        freshSeen.set(`${entry.table ?? ''}/${row.gid}`, { deleted: row.deleted, modifyTime: row.modifyTime });
      }
    }
  }
  const accepted = acceptedRows(history);
  const lastWrite = new Map<string, { entry: HistoryEntry; row: SentRow }>();
  for (const item of accepted) {
    const key = `${item.row.table}/${item.row.gid}`;
    const known = lastWrite.get(key);
    if (known === undefined || item.row.modifyTime >= known.row.modifyTime) {
      lastWrite.set(key, item);
    }
  }
  for (const [key, { entry, row }] of lastWrite) {
    const seen = freshSeen.get(key);
    const about = entriesAbout(history, row.table, row.gid, row.pk);
    if (entry.method === 'delete') {
      const livesOn = devices.filter((device) => device.tables.get(row.table)?.byGid(row.gid)?.deleted === false);
      if (livesOn.length > 0 || seen === undefined) {
        const where =
          livesOn.length > 0
            ? `still live on device ${livesOn.map((device) => device.id).join(', ')}`
            : 'gone from the feed without a trace';
        const tombstone =
          seen === undefined ? 'the feed returns no tombstone for it' : `the feed returns it ${seen.deleted ? 'deleted' : 'live'}`;
        findings.add(
          'deleted-row-lives-on',
          'CloudDB.delete',
          key,
          `row ${row.pk} of ${row.table} (id ${row.gid}) was deleted by device ${entry.device} (#${entry.index}, accepted), but it is ${where}: ${tombstone}. Keep deleted rows in the feed with operation 2.`,
          about
        );
      }
      continue;
    }
    if (seen === undefined || seen.modifyTime < row.modifyTime) {
      const got = seen === undefined ? 'never returns the row' : `returns it modified ${seen.modifyTime}${seen.deleted ? ', deleted' : ''}`;
      findings.add(
        'acknowledged-write-lost',
        `CloudDB.${entry.method}`,
        key,
        `the cloud accepted device ${entry.device}'s ${entry.method} of row ${row.pk} of ${row.table} (id ${row.gid}, modified ${row.modifyTime}, #${entry.index}), but its feed ${got}.`,
        about
      );
    }
  }
  for (const device of devices) {
    const own = rowsOf(device);
    for (const key of new Set([...own.keys(), ...feed.keys()])) {
      const mine = own.get(key);
      const cloud = feed.get(key);
      if (mine !== undefined && cloud !== undefined && mine.gid === cloud.gid && canonicalData(mine.data) === canonicalData(cloud.data)) {
        continue;
      }
      const [table = '', pk = ''] = splitKey(key);
      const gid = cloud?.gid ?? mine?.gid;
      if (
        gid !== undefined &&
        (findings.has('deleted-row-lives-on', `${table}/${gid}`) || findings.has('acknowledged-write-lost', `${table}/${gid}`))
      ) {
        continue;
      }
      const related = entriesAbout(history, table, gid, pk).filter((entry) => entry.device === device.id || entry.sent !== undefined);
      const writer = [...related].reverse().find((entry) => entry.sent?.some((row) => row.pk === pk && row.code === 0) === true);
      // The device's own downloads of the table after that write: where the change should have come.
      const after =
        writer === undefined
          ? []
          : history
              .filter(
                (entry) => entry.device === device.id && entry.method === 'query' && entry.table === table && entry.index > writer.index
              )
              .slice(-3);
      const about = [...related, ...after];
      const missing =
        writer === undefined ? '' : ` The last accepted write of it was device ${writer.device}'s ${writer.method} (#${writer.index}).`;
      findings.add(
        'devices-diverged',
        'CloudDB.query',
        `${device.id}/${key}`,
        `row ${pk} of ${table}: device ${device.id} has ${describe(mine)}, but the cloud's feed (downloaded by a fresh device from cursor '0') has ${describe(cloud)}.${missing}`,
        about
      );
    }
  }
}

/** `table/pk` split at its first slash. */
function splitKey(key: string): [string, string] {
  const at = key.indexOf('/');
  return [key.slice(0, at), key.slice(at + 1)];
}

/** Notes rows the cloud refused while the device counted them as uploaded (sync-engine sheet §7.3). */
export function checkDroppedResults(history: readonly HistoryEntry[], findings: FleetFindings): void {
  for (const entry of history) {
    const refused = entry.ok ? (entry.sent?.filter((row) => row.code !== undefined && row.code !== 0) ?? []) : [];
    const first = refused[0];
    if (first !== undefined) {
      findings.add(
        'per-row-result-dropped',
        `CloudDB.${entry.method}`,
        entry.method,
        `the cloud answered code ${first.code} for row ${first.pk} of ${first.table} (id ${first.gid}) in #${entry.index}; the device counts it as uploaded and will not send it again.`,
        [entry]
      );
    }
  }
}
