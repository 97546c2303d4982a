// From the installed tarballs: a vendor's networked extension no one here wrote
// (harness/fixtures/third-party/extension, TypeScript transpiled by the check itself) runs under
// the installed `ohos-cloud-extension-check` against the vendor's own cloud, started as a
// separate process on 127.0.0.1: exit 0 with no error; the variant that reads its change feed
// without expectDataType exits 1 with vendor-threw at CloudDB.query.
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { cp } from 'node:fs/promises';
import { join } from 'node:path';
import { repoRoot } from './pack.mjs';

/** The longest wait for the cloud to print its URL, in ms. */
const START_TIMEOUT_MS = 20_000;

/** Starts the Cirrus cloud from `folder`; gives its URL and the child, or the reason it did not start. */
async function startCloud(folder) {
  const child = spawn(process.execPath, [join(folder, 'server.mjs'), '--port', '0', '--idle-seconds', '120'], {
    stdio: ['ignore', 'pipe', 'pipe']
  });
  let stdout = '';
  let stderr = '';
  child.stdout.setEncoding('utf8').on('data', (chunk) => (stdout += chunk));
  child.stderr.setEncoding('utf8').on('data', (chunk) => (stderr += chunk));
  const timer = setTimeout(() => child.kill(), START_TIMEOUT_MS);
  try {
    while (!stdout.includes('\n')) {
      const ended = once(child, 'exit').then(() => 'exit');
      if ((await Promise.race([once(child.stdout, 'data').then(() => 'data'), ended])) === 'exit') {
        return { error: `the cloud exited: ${stderr.slice(0, 500)}` };
      }
    }
  } finally {
    clearTimeout(timer);
  }
  return { child, url: stdout.split('\n')[0].trim() };
}

/**
 * Copies the fixture into the consumer project, starts its cloud, and runs the installed check
 * on the extension and on its variant.
 *
 * @param {{ check: Function, name: (text: string) => string, consumer: string, runBounded: Function }} options
 */
export async function checkThirdPartyFromTarball({ check, name, consumer, runBounded }) {
  const folder = join(consumer, 'third-party');
  await cp(join(repoRoot, 'harness', 'fixtures', 'third-party'), folder, { recursive: true });
  const cloud = await startCloud(folder);
  const title = 'the installed check runs a third-party networked extension against its own cloud: exit 0, no error';
  const variantTitle =
    'the installed check reports its variant reading JSON without expectDataType as vendor-threw at CloudDB.query (exit 1)';
  if (cloud.error !== undefined) {
    check(name(title), false, cloud.error);
    check(name(variantTitle), false, cloud.error);
    return;
  }
  try {
    const runCheck = (entry) => {
      const result = runBounded(
        'npx',
        ['--no', '--', 'ohos-cloud-extension-check', entry, '--module', 'BuildProfile=fakes/BuildProfile.ts', '--json'],
        folder,
        { CIRRUS_ENDPOINT: cloud.url }
      );
      let findings;
      try {
        findings = JSON.parse(result.stdout).findings;
      } catch {
        findings = undefined;
      }
      return { ...result, findings };
    };
    const good = runCheck('extension/service-extension.ts');
    const errors = (good.findings ?? []).filter((finding) => finding.severity === 'error');
    const passed = good.code === 0 && good.findings !== undefined && errors.length === 0;
    check(
      name(title),
      passed,
      passed
        ? ''
        : `exit ${good.code}: ${errors.map((finding) => `${finding.method} ${finding.rule}`).join(', ')} ${`${good.stdout}${good.stderr}`.slice(0, 1500)}`
    );
    const bad = runCheck('variants/changes-without-expect-data-type.ts');
    const hit = (bad.findings ?? []).find(
      (finding) => finding.severity === 'error' && finding.method === 'CloudDB.query' && finding.rule === 'vendor-threw'
    );
    check(
      name(variantTitle),
      bad.code === 1 && hit !== undefined,
      hit !== undefined ? '' : `exit ${bad.code}: ${`${bad.stdout}${bad.stderr}`.slice(0, 1500)}`
    );
  } finally {
    if (cloud.child.exitCode === null) {
      const exited = once(cloud.child, 'exit');
      cloud.child.kill('SIGTERM');
      await exited;
    }
  }
}
