// Pins src/modules/hilog-sink.ts: where @ohos.hilog lines go in the harness. By default a bounded
// buffer (never stdout); 'stderr' for a verbose run; a function to capture lines elsewhere.
import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import { beforeEach, describe, it } from 'node:test';
import sink from 'ohos-cloud-extension-harness/hilog-sink';

const require = createRequire(import.meta.url);
const hilog = require('ohos-cloud-extension-harness/modules/@ohos.hilog');

describe('hilog sink', () => {
  beforeEach(() => {
    sink.setHilogSink('buffer');
    sink.clearHilogLines();
  });

  it('buffers lines by default, and clearHilogLines empties the buffer', () => {
    hilog.info(1, 'T', 'kept');
    assert.deepEqual(
      sink.hilogLines().map((line) => line.message),
      ['kept']
    );
    sink.clearHilogLines();
    assert.deepEqual(sink.hilogLines(), []);
  });

  it('masks by default and reports the switch', () => {
    assert.equal(sink.hilogPrivacy(), true);
    sink.setHilogPrivacy(false);
    assert.equal(sink.hilogPrivacy(), false);
    sink.setHilogPrivacy(true);
  });

  it('ignores a function sink that throws', () => {
    const previous = sink.setHilogSink(() => {
      throw new Error('broken sink');
    });
    try {
      assert.doesNotThrow(() => hilog.info(1, 'T', 'x'));
    } finally {
      sink.setHilogSink(previous);
    }
  });

  it('hands lines to a function sink, and never writes to stdout', () => {
    const seen = [];
    const previous = sink.setHilogSink((line) => seen.push(line.message));
    // eslint-disable-next-line @typescript-eslint/unbound-method -- kept to be put back as it was
    const write = process.stdout.write;
    let wrote = false;
    process.stdout.write = (...args) => {
      wrote = true;
      return write.apply(process.stdout, args);
    };
    try {
      hilog.error(1, 'T', 'to the function');
    } finally {
      process.stdout.write = write;
      sink.setHilogSink(previous);
    }
    assert.deepEqual(seen, ['to the function']);
    assert.equal(wrote, false);
  });

  it('writes to stderr when the sink is "stderr"', () => {
    // eslint-disable-next-line @typescript-eslint/unbound-method -- kept to be put back as it was
    const write = process.stderr.write;
    const written = [];
    process.stderr.write = (chunk) => {
      written.push(String(chunk));
      return true;
    };
    try {
      sink.setHilogSink('stderr');
      hilog.info(1, 'T', 'on stderr');
    } finally {
      process.stderr.write = write;
      sink.setHilogSink('buffer');
    }
    assert.equal(written.length, 1);
    assert.match(written[0], /I A00001\/T: on stderr\n$/);
  });

  it('keeps only the newest lines in the buffer', () => {
    for (let i = 0; i < sink.HILOG_BUFFER_LIMIT + 5; i++) {
      hilog.info(1, 'T', `%{public}d`, i);
    }
    const lines = sink.hilogLines();
    assert.equal(lines.length, sink.HILOG_BUFFER_LIMIT);
    assert.equal(lines[0].message, '5');
  });
});
