/**
 * The fleet's rules: what a cloud must guarantee so that every device of a user ends with the
 * same rows (sync-engine sheet §8), each with the engine's source that makes it necessary. Lines
 * are in kv_store `frameworks/libs/distributeddb/` unless another repository is named; the
 * commits are listed in the project's device-sources page.
 *
 * @packageDocumentation
 */
import type { Rule } from '../check/rules';

const SYNCER = 'syncer/src/cloud/cloud_syncer.cpp';

/** Every rule the fleet enforces, errors first, then warnings, then notes. */
export const FLEET_RULES = [
  {
    id: 'devices-diverged',
    fix: 'Make the cursor a position in a change feed ordered by a sequence the cloud assigns at commit: return every change after it, each changed row at its latest position, and as nextCursor the position of the last row returned.',
    severity: 'error',
    methods: ['CloudDB.query'],
    source: `${SYNCER}:1286-1318,1928-1959 (the cursor is saved after every page; earlier pages are never read again)`,
    summary:
      "After every device synced until nothing changed, a device holds a row that differs from what the cloud's feed gives a fresh device: a change never reached it."
  },
  {
    id: 'acknowledged-write-lost',
    fix: 'Answer code 0 only for a row that is stored, and return it from query afterwards with the times the device sent.',
    severity: 'error',
    methods: ['CloudDB.insert', 'CloudDB.update'],
    source:
      'storage/src/sqlite/relational/sqlite_single_ver_relational_storage_extend_executor.cpp:1368-1418 (an uploaded row is marked upload-finished and not sent again)',
    summary: 'The cloud accepted a write (code 0) that its feed never returns: the device will not send it again, so the write is lost.'
  },
  {
    id: 'deleted-row-lives-on',
    fix: 'Keep deleted rows in the feed as tombstones (operation 2, with id, createTime and modifyTime) for as long as a device may be behind.',
    severity: 'error',
    methods: ['CloudDB.delete'],
    source:
      'datamgr_service services/distributeddataservice/rust/extension/cloud_cursor_impl.cpp:23-35 (operation 2 is the only way a delete reaches another device)',
    summary: 'A row the cloud accepted a delete of is still live on another device: the feed must keep a tombstone (operation 2) for it.'
  },
  {
    id: 'ids-not-unique',
    fix: 'Draw ids from one source for every device of the account (a database sequence or random UUIDs), never per device or per connection.',
    severity: 'error',
    methods: ['CloudDB.generateId'],
    source:
      "datamgr_service services/distributeddataservice/rust/ylong_cloud_extension/src/service_impl/cloud_db.rs:289-293 (insert sends the generated ids as the rows' ids)",
    summary: 'generateId gave the same id twice, to one device or to two: two records share one cloud id.'
  },
  {
    id: 'lock-not-exclusive',
    fix: "Grant the lock to one holder at a time, and answer LOCKED_BY_OTHERS while another holder's lease runs.",
    severity: 'error',
    methods: ['CloudDB.lock'],
    source: `${SYNCER}:367-399 (the engine uploads right after its locked download; only the lock keeps another device from writing in between)`,
    summary: "Two devices held the lock at once: their uploads can overwrite each other's changes unseen."
  },
  {
    id: 'lock-never-lapsed',
    fix: 'Let the lease run out interval seconds after the last lock or heartbeat, then grant the lock again; refuse stale lock ids.',
    severity: 'error',
    methods: ['CloudDB.lock'],
    source: `${SYNCER}:379-384 (a refused lock fails the sync with no retry, so a lock that never lapses stops every upload)`,
    summary: 'A device stopped heartbeating while holding the lock, and the lock was still refused after its lease had run out.'
  },
  {
    id: 'feed-never-ends',
    fix: 'Answer hasMore false once a page reaches the head of the feed, and move the cursor forward on every page.',
    severity: 'error',
    methods: ['CloudDB.query'],
    source:
      'syncer/src/cloud/cloud_syncer_extend_extend.cpp:236-267 (the page loop runs until hasMore is false; after 10 000 pages it only logs)',
    summary: "A device's download did not reach hasMore false within the page limit: on the device the sync never ends."
  },
  {
    id: 'lease-too-long-to-test',
    fix: 'Raise --lease-wait above the lease, or run the fleet against a cloud configured with a shorter lease.',
    severity: 'warning',
    methods: ['CloudDB.lock'],
    source: `${SYNCER}:1524-1526 (the heartbeat runs every lease/3)`,
    summary: "The lock's lease is longer than the fleet may wait, so whether it lapses was not tested."
  },
  {
    id: 'per-row-result-dropped',
    fix: 'Refuse a row only when the device can do without it: it will not be sent again.',
    severity: 'note',
    methods: ['CloudDB.insert', 'CloudDB.update', 'CloudDB.delete'],
    source:
      'datamgr_service services/distributeddataservice/rust/ylong_cloud_extension/src/ipc_conn/database.rs:161-179 (per-row results are read, then dropped)',
    summary:
      'The cloud refused some rows with a non-zero code; the open bridge drops per-row results, so the device counts those rows as uploaded and does not send them again.'
  }
] as const satisfies readonly Rule[];

/** The id of one rule of {@link FLEET_RULES}. */
export type FleetRuleId = (typeof FLEET_RULES)[number]['id'];

/** Looks a fleet rule up by id. */
export function fleetRuleById(id: FleetRuleId): Rule {
  const rule = FLEET_RULES.find((candidate) => candidate.id === id);
  if (rule === undefined) {
    throw new Error(`unknown fleet rule ${id}`);
  }
  return rule;
}
