/**
 * The folders an ability's context names, derived as the ability framework derives them
 * (ability_runtime context_impl.cpp `GetBaseDir` and the getters; docs
 * application-context-stage.md): base = `/data/storage/<el>/base` plus `/haps/<module>` for a
 * module-level context; files, cache, temp and preferences below it; the database folder is
 * `/data/storage/<el>/database[/<module>]`; the bundle code is `/data/storage/el1/bundle`; the
 * distributed and cloud folders are always on el2.
 *
 * @packageDocumentation
 */

/** `contextConstant.AreaMode`: EL1 0 … EL5 4 (SDK api/@ohos.app.ability.contextConstant.d.ts:43-119). */
export const AreaMode = Object.freeze({ EL1: 0, EL2: 1, EL3: 2, EL4: 3, EL5: 4 } as const);

/** The device paths of a context's folders. */
export interface ContextPaths {
  /** Files: `<base>/files`. */
  readonly filesDir: string;
  /** Cache: `<base>/cache`. */
  readonly cacheDir: string;
  /** Temporary files: `<base>/temp`. */
  readonly tempDir: string;
  /** Preferences files: `<base>/preferences`. */
  readonly preferencesDir: string;
  /** Databases: `/data/storage/<el>/database[/<module>]`. */
  readonly databaseDir: string;
  /** Distributed files: `/data/storage/el2/distributedfiles` (el1 keeps its own). */
  readonly distributedFilesDir: string;
  /** Cloud files: `/data/storage/el2/cloud`. */
  readonly cloudFileDir: string;
  /** The installed bundle's code: `/data/storage/el1/bundle`. */
  readonly bundleCodeDir: string;
}

/**
 * The folders of a context at an area.
 *
 * @param moduleName - The HAP module for a module-level context (an ability's), `undefined` for
 *   the application context.
 * @param area - `AreaMode` value, 0 (EL1) to 4 (EL5); another value is taken as EL2.
 */
export function contextPaths(moduleName: string | undefined, area: number): ContextPaths {
  const level = Number.isInteger(area) && area >= 0 && area <= 4 ? `el${area + 1}` : 'el2';
  const base = `/data/storage/${level}/base${moduleName === undefined ? '' : `/haps/${moduleName}`}`;
  return {
    filesDir: `${base}/files`,
    cacheDir: `${base}/cache`,
    tempDir: `${base}/temp`,
    preferencesDir: `${base}/preferences`,
    databaseDir: `/data/storage/${level}/database${moduleName === undefined ? '' : `/${moduleName}`}`,
    distributedFilesDir: `/data/storage/${level === 'el1' ? 'el1' : 'el2'}/distributedfiles`,
    cloudFileDir: '/data/storage/el2/cloud',
    bundleCodeDir: '/data/storage/el1/bundle'
  };
}
