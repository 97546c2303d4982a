/**
 * The `BuildProfile` module that DevEco's build generates for a HAP module
 * (`build/<product>/generated/profile/<target>/BuildProfile.ets`), with the custom field this
 * example sets under `buildOption.arkOptions.buildProfileFields` of `build-profile.json5`:
 * `CLOUD_URL`, the address of the vendor's cloud. Declared here so that the example compiles
 * without a build (`examples/tsconfig.json` maps the name to this file with `paths`); to run, the
 * check and the tests map the module to a fake with `--module BuildProfile=<file>`.
 *
 * Written so that it is also valid ArkTS when read as a `.d.ets` file.
 *
 * @packageDocumentation
 */
/** The build's settings, as static fields. */
export default class BuildProfile {
  /** The application's bundle name. */
  static readonly BUNDLE_NAME: string;
  /** Whether this is a debug build. */
  static readonly DEBUG: boolean;
  /** The cloud's base URL, without a trailing `/` (a custom `buildProfileFields` entry). */
  static readonly CLOUD_URL: string;
}
