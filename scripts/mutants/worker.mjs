// A worker thread of the mutation check: one checking session that reports to the main thread and
// checks the declaration files it is handed, one at a time, until it is handed none.
import { parentPort, workerData } from 'node:worker_threads';
import { checkingSession } from './runner.mjs';

function runWorker() {
  const { testFiles, prune, baseline } = workerData;
  let checkFile;
  try {
    checkFile = checkingSession({ testFiles, prune, baseline }, (message) => parentPort.postMessage(message));
  } catch (error) {
    parentPort.postMessage({ type: 'error', message: error instanceof Error ? error.stack : String(error) });
    return;
  }
  if (!checkFile) {
    parentPort.close();
    return;
  }
  parentPort.on('message', ({ file, mutants }) => {
    if (file === undefined) {
      parentPort.close();
      return;
    }
    try {
      checkFile(file, mutants);
      parentPort.postMessage({ type: 'ready' });
    } catch (error) {
      parentPort.postMessage({ type: 'error', message: error instanceof Error ? error.stack : String(error) });
    }
  });
  parentPort.postMessage({ type: 'ready' });
}

runWorker();
