/**
 * The fleet's workload: seeded local edits (inserts, updates and deletes of random rows, with
 * values of every field type) and the plan of which devices sync in which round.
 *
 * @packageDocumentation
 */
import { FieldType } from '../stubs/values';
import type { FieldShape } from '../check/sample-database';
import type { FleetTable } from './fleet-rows';
import { keyText } from './fleet-rows';
import type { RowData } from './local-table';
import type { SeededRandom } from './random';

/** A fixed point in time for the fleet's clock, in ms (2026-01-01T00:00:00Z). */
export const FLEET_EPOCH_MS = 1_767_225_600_000;

/**
 * The fleet's clock: one for every device, strictly increasing, so that last-writer-wins has a
 * single answer and ties never depend on timing.
 */
export class FleetClock {
  private last = FLEET_EPOCH_MS;

  /** The next time, in ms: 7 ms after the previous one. */
  tick(): number {
    this.last += 7;
    return this.last;
  }
}

/** One local edit by the app on a device. */
export type LocalEdit =
  | { readonly kind: 'write'; readonly table: string; readonly pk: string; readonly data: RowData }
  | { readonly kind: 'remove'; readonly table: string; readonly pk: string };

/** How many distinct keys the workload uses per table: few, so that devices edit the same rows. */
export const KEYS_PER_TABLE = 30;

/** The key value of row number `index` of a table: a number for a NUMBER key, else text. */
export function keyValueOf(table: FleetTable, index: number): unknown {
  const field = table.fields.find((candidate) => candidate.colName === table.key);
  return field?.type === FieldType.NUMBER ? index + 1 : `row-${String(index).padStart(2, '0')}`;
}

/** A random value for a column of the given type (never a value the wire would change). */
export function randomValue(field: FieldShape, random: SeededRandom): unknown {
  if (field.nullable && random.chance(0.15)) {
    return null;
  }
  switch (field.type) {
    case FieldType.NUMBER:
      return random.pick([0, -1, random.int(-1000, 1000), random.int(0, 2 ** 31 - 1) * 1000 + random.int(0, 999), -(2 ** 31)]);
    case FieldType.REAL:
      return random.pick([0.5, -1.25, random.int(-100_000, 100_000) / 8 + 0.125]);
    case FieldType.TEXT:
      return random.pick(['', 'plain', 'héllo wörld', '世界 🌍', 'line\nbreak "quoted"', `text ${random.int(0, 99_999)}`]);
    case FieldType.BOOL:
      return random.chance(0.5);
    case FieldType.BLOB:
      return Uint8Array.from({ length: random.int(0, 6) }, () => random.int(0, 255));
    case FieldType.ASSET:
      return randomAsset(field, random);
    case FieldType.ASSETS:
      return Array.from({ length: random.int(1, 2) }, () => randomAsset(field, random));
    default:
      return null;
  }
}

/** An asset as the device sends it in a row, with a random name and hash. */
function randomAsset(field: FieldShape, random: SeededRandom): Record<string, unknown> {
  const name = `${field.colName}-${random.int(0, 9999)}.bin`;
  return {
    name,
    uri: `file://fleet/${name}`,
    path: `/data/storage/el2/base/haps/entry/files/${name}`,
    createTime: String(FLEET_EPOCH_MS),
    modifyTime: String(FLEET_EPOCH_MS),
    size: String(random.int(1, 4096)),
    status: 0,
    assetId: '',
    hash: `h${random.int(0, 0xffffff).toString(16)}`
  };
}

/** Random data for every column of `table` but its key, which is `key`. */
export function randomData(table: FleetTable, key: unknown, random: SeededRandom): RowData {
  const data: Record<string, unknown> = { [table.key]: key };
  for (const field of table.fields) {
    if (field.colName !== table.key) {
      data[field.colName] = randomValue(field, random);
    }
  }
  return data;
}

/**
 * Between 0 and `max` local edits on random rows of random tables: writes (an insert or an update,
 * depending on whether the device has the row) twice as often as deletes.
 */
export function randomEdits(tables: readonly FleetTable[], random: SeededRandom, max: number): LocalEdit[] {
  const edits: LocalEdit[] = [];
  const count = random.int(0, max);
  for (let i = 0; i < count; i++) {
    const table = random.pick(tables);
    const key = keyValueOf(table, random.int(0, KEYS_PER_TABLE - 1));
    const pk = keyText(key);
    edits.push(
      random.chance(1 / 3)
        ? { kind: 'remove', table: table.name, pk }
        : { kind: 'write', table: table.name, pk, data: randomData(table, key, random) }
    );
  }
  return edits;
}
