/**
 * A stand-in for DevEco's generated `BuildProfile`, for running the extension in Node.js: the
 * check and the tests map it with `--module BuildProfile=examples/vendor-extension/test/build-profile.ts`
 * (or `OHOS_HARNESS_MODULES`). The cloud's address comes from the environment variable
 * `EXAMPLE_CLOUD_URL`, which `npm run example` and the tests set to the example cloud they start.
 */
/** The part of Node.js's `process` this fake reads (the project compiles without Node's types). */
interface NodeProcess {
  env: Record<string, string | undefined>;
}
declare const process: NodeProcess;

function cloudUrl(): string {
  const url = process.env['EXAMPLE_CLOUD_URL'];
  if (url === undefined || url === '') {
    throw new Error('EXAMPLE_CLOUD_URL is not set: start the example cloud and set it to its URL (npm run example does both)');
  }
  return url;
}

export default class BuildProfile {
  static readonly BUNDLE_NAME: string = 'com.example.cloudsync';
  static readonly DEBUG: boolean = true;
  static readonly CLOUD_URL: string = cloudUrl();
}
