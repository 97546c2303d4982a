// The command line of the mutation check (see ./index.mjs for the options).
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** The allow-list of equivalent mutants used unless `--allowlist` names another. */
export const ALLOWLIST = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', 'mutants-allowlist.json');

/** The options in `argv`; throws with a one-line message on a bad one. */
export function parseArgs(argv) {
  const args = { list: false, verbose: false, prune: true, jobs: undefined, files: [], tests: undefined, allowlist: ALLOWLIST };
  const value = (i, name) => {
    if (argv[i] === undefined) throw new Error(`${name} needs a value`);
    return argv[i];
  };
  for (let i = 0; i < argv.length; i++) {
    const [arg, inline] = argv[i].startsWith('--') && argv[i].includes('=') ? argv[i].split(/=(.*)/s) : [argv[i]];
    if (arg === '--list') args.list = true;
    else if (arg === '--verbose') args.verbose = true;
    else if (arg === '--no-prune') args.prune = false;
    else if (arg === '--file') args.files.push(inline ?? value(++i, arg));
    else if (arg === '--tests') args.tests = inline ?? value(++i, arg);
    else if (arg === '--jobs') args.jobs = Number(inline ?? value(++i, arg));
    else if (arg === '--allowlist') args.allowlist = path.resolve(inline ?? value(++i, arg));
    else throw new Error(`unknown argument: ${argv[i]}`);
  }
  if (args.jobs !== undefined && !(Number.isInteger(args.jobs) && args.jobs > 0)) throw new Error('--jobs needs a positive whole number');
  return args;
}
