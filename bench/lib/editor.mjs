// Measures editor latency through tsserver's JSON protocol over stdio: requests are one JSON line
// each; responses and events come back framed by a `Content-Length` header.
import { spawn } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { median } from './compile.mjs';

class TsServer {
  constructor(repoRoot) {
    const server = join(repoRoot, 'node_modules', 'typescript', 'lib', 'tsserver.js');
    const env = { ...process.env };
    delete env.TSS_LOG;
    this.child = spawn(process.execPath, [server, '--disableAutomaticTypingAcquisition', '--suppressDiagnosticEvents', '--locale', 'en'], {
      stdio: ['pipe', 'pipe', 'pipe'],
      env
    });
    this.seq = 0;
    this.pending = new Map();
    this.buffer = Buffer.alloc(0);
    this.stderr = '';
    this.child.stderr.setEncoding('utf8').on('data', (chunk) => (this.stderr += chunk));
    this.child.stdout.on('data', (chunk) => this.receive(chunk));
    this.child.on('exit', (code) => {
      for (const { reject } of this.pending.values()) reject(new Error(`tsserver exited (${code}): ${this.stderr}`));
      this.pending.clear();
    });
  }

  receive(chunk) {
    this.buffer = Buffer.concat([this.buffer, chunk]);
    for (;;) {
      const headerEnd = this.buffer.indexOf('\r\n\r\n');
      if (headerEnd < 0) return;
      const length = Number(/Content-Length: (\d+)/.exec(this.buffer.subarray(0, headerEnd).toString('utf8'))?.[1]);
      const bodyStart = headerEnd + 4;
      if (this.buffer.length < bodyStart + length) return;
      const message = JSON.parse(this.buffer.subarray(bodyStart, bodyStart + length).toString('utf8'));
      this.buffer = this.buffer.subarray(bodyStart + length);
      if (message.type !== 'response') continue;
      const waiter = this.pending.get(message.request_seq);
      if (!waiter) continue;
      this.pending.delete(message.request_seq);
      if (message.success) waiter.resolve(message.body);
      else waiter.reject(new Error(`${message.command} failed: ${message.message}`));
    }
  }

  /** Sends a command that tsserver does not answer (`open`, `change`). */
  notify(command, args) {
    this.child.stdin.write(`${JSON.stringify({ seq: ++this.seq, type: 'request', command, arguments: args })}\n`);
  }

  /** Sends a request and resolves with the response body. */
  request(command, args) {
    const seq = ++this.seq;
    const answer = new Promise((resolve, reject) => this.pending.set(seq, { resolve, reject }));
    this.child.stdin.write(`${JSON.stringify({ seq, type: 'request', command, arguments: args })}\n`);
    return answer;
  }

  close() {
    const exited = new Promise((resolve) => this.child.once('exit', resolve));
    this.notify('exit', {});
    this.child.stdin.end();
    return exited;
  }
}

/** 1-based line and offset of the character after `text` (or of its first character). */
function locate(fileText, { line, text }, after) {
  const column = fileText.split('\n')[line - 1].indexOf(text);
  if (column < 0) throw new Error(`"${text}" not found on line ${line}`);
  return { line, offset: column + 1 + (after ? text.length : 0) };
}

/** Checks that a response is a real answer, so that a fast empty answer is never timed. */
function checkAnswer(kind, body, expected) {
  if (kind === 'completionInfo') {
    const names = (body?.entries ?? []).map((entry) => entry.name);
    if (!names.includes(expected)) throw new Error(`completion did not offer ${expected}: ${names.join(', ')}`);
    return names.length;
  }
  if (!body?.displayString?.includes(expected)) throw new Error(`quick info was not about ${expected}: ${JSON.stringify(body)}`);
  return 1;
}

/**
 * One sample in a fresh tsserver: the request right after `open` (cold: includes loading the
 * project), then `warm` repeats on the same text, then `edits` rounds of an edit on line 2
 * followed by the request (the program is rebuilt, as while typing).
 */
async function sampleOnce(repoRoot, file, spec, kind, { warm, edits }, times) {
  const text = await readFile(file, 'utf8');
  const position =
    kind === 'completionInfo'
      ? { ...locate(text, spec.completionAfter, true), triggerCharacter: '.' }
      : locate(text, spec.quickInfoOn, false);
  const expected = kind === 'completionInfo' ? spec.expectCompletion : spec.quickInfoOn.text;
  const server = new TsServer(repoRoot);
  try {
    await server.request('configure', { hostInfo: 'bench', preferences: {} });
    let started = performance.now();
    server.notify('open', { file, fileContent: text, scriptKindName: 'TS' });
    times.entries = checkAnswer(kind, await server.request(kind, { file, ...position }), expected);
    times.cold.push(performance.now() - started);
    for (let round = 0; round < warm; round++) {
      started = performance.now();
      checkAnswer(kind, await server.request(kind, { file, ...position }), expected);
      times.warm.push(performance.now() - started);
    }
    for (let round = 0; round < edits; round++) {
      started = performance.now();
      server.notify('change', { file, line: 2, offset: 10, endLine: 2, endOffset: 11, insertString: round % 2 ? 'a' : 'b' });
      checkAnswer(kind, await server.request(kind, { file, ...position }), expected);
      times.edit.push(performance.now() - started);
    }
  } finally {
    await server.close();
  }
}

/**
 * Editor latency of completion and quick info in the project with the package and in the empty
 * baseline, each sample in a fresh server, the two projects alternating. One unmeasured sample of
 * each first, to warm the file cache and Node's compile cache.
 *
 * @returns `{ completionInfo: { empty, package }, quickinfo: { empty, package } }`, each
 *   `{ cold, warm, edit }` medians in ms and `entries` (number of completion entries)
 */
export async function measureEditor(repoRoot, files, specs, { samples, warm, edits }) {
  const result = {};
  for (const kind of ['completionInfo', 'quickinfo']) {
    const times = {};
    for (const project of ['empty', 'package']) {
      await sampleOnce(repoRoot, files[project], specs[project], kind, { warm: 0, edits: 0 }, { cold: [], warm: [], edit: [] });
      times[project] = { cold: [], warm: [], edit: [], entries: 0 };
    }
    for (let sample = 0; sample < samples; sample++) {
      for (const project of ['empty', 'package']) {
        await sampleOnce(repoRoot, files[project], specs[project], kind, { warm, edits }, times[project]);
      }
    }
    result[kind] = Object.fromEntries(
      Object.entries(times).map(([project, list]) => [
        project,
        { cold: median(list.cold), warm: median(list.warm), edit: median(list.edit), entries: list.entries }
      ])
    );
  }
  return result;
}
