// Pins src/modules/ohos.hilog.ts: @ohos.hilog with the device's formatting and privacy rules
// (hiviewdfx_hilog interfaces/js/kits/napi/src/hilog/src/hilog_napi_base.cpp ParseLogContent,
// ParseNapiValue, HilogImpl), writing to the harness's log sink instead of a device log.
import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import { afterEach, beforeEach, describe, it } from 'node:test';
import hilogDefault from 'ohos-cloud-extension-harness/modules/@ohos.hilog';
import { hilog as kitHilog } from 'ohos-cloud-extension-harness/modules/@kit.PerformanceAnalysisKit';
import sink from 'ohos-cloud-extension-harness/hilog-sink';

const require = createRequire(import.meta.url);
const hilog = require('ohos-cloud-extension-harness/modules/@ohos.hilog');

/** Logs one INFO line and gives back its message as the sink saw it. */
function message(format, ...args) {
  sink.clearHilogLines();
  hilog.info(0xff00, 'T', format, ...args);
  const lines = sink.hilogLines();
  assert.equal(lines.length, 1);
  return lines[0].message;
}

describe('@ohos.hilog module object', () => {
  it('is the same object through import, require and the kit', () => {
    assert.equal(hilogDefault, hilog);
    assert.equal(kitHilog, hilog);
  });

  it('exports the logging functions and LogLevel (api/@ohos.hilog.d.ts:431-489)', () => {
    for (const name of ['debug', 'info', 'warn', 'error', 'fatal', 'isLoggable', 'setMinLogLevel']) {
      assert.equal(typeof hilog[name], 'function', name);
    }
    assert.deepEqual({ ...hilog.LogLevel }, { DEBUG: 3, INFO: 4, WARN: 5, ERROR: 6, FATAL: 7 });
  });
});

describe('hilog formatting', () => {
  beforeEach(() => {
    sink.setHilogSink('buffer');
    sink.setHilogPrivacy(true);
    hilog.setMinLogLevel(hilog.LogLevel.INFO);
  });
  afterEach(() => {
    sink.setHilogPrivacy(true);
    sink.clearHilogLines();
  });

  it('prints %{public} arguments in plain text', () => {
    assert.equal(message('%{public}s has %{public}d rows', 'cloud', 12), 'cloud has 12 rows');
  });

  it('masks bare and %{private} arguments as <private> by default', () => {
    assert.equal(message('%s %{private}d %{public}s', 'token', 7, 'ok'), '<private> <private> ok');
  });

  it('prints the arguments when masking is switched off on the harness side', () => {
    sink.setHilogPrivacy(false);
    assert.equal(sink.hilogPrivacy(), false);
    assert.equal(message('%s %{private}d', 'token', 7), 'token 7');
  });

  it('prints the format verbatim when there are no arguments', () => {
    assert.equal(message('%{public}s and %d stay'), '%{public}s and %d stay');
  });

  it('prints nothing for a placeholder whose type does not match, and still consumes the argument', () => {
    assert.equal(message('[%{public}s][%{public}d]', 5, 7), '[][7]');
    assert.equal(message('[%{public}d]', '5'), '[]');
    assert.equal(message('[%{public}o]', 'text'), '[]');
  });

  it('accepts bigint for %d, and undefined, null and booleans for %s', () => {
    assert.equal(message('%{public}d %{public}i', 9007199254740993n, 3), '9007199254740993 3');
    assert.equal(message('%{public}s %{public}s %{public}s', undefined, null, true), 'undefined null true');
  });

  it('prints objects as JSON with %o and %O', () => {
    assert.equal(message('%{public}o %{public}O', { a: 1 }, [1, 'x']), '{"a":1} [1,"x"]');
  });

  it('appends the rest of the format verbatim once the arguments run out', () => {
    assert.equal(message('%{public}s then %{public}s and %d', 'one'), 'one then %{public}s and %d');
  });

  it('turns %% into % while arguments remain, and prints an unknown specifier literally without consuming', () => {
    assert.equal(message('100%% %{public}s', 'done'), '100% done');
    assert.equal(message('%x %{public}s', 'y'), '%x y');
  });

  it('spreads an array given as the only argument', () => {
    assert.equal(message('%{public}s-%{public}d', ['a', 1]), 'a-1');
  });

  it('throws, as the device does, when an array argument comes with others', () => {
    assert.throws(() => hilog.info(0, 'T', '%{public}s', ['a'], 'b'), /Argc mismatch/);
  });

  it('logs nothing when the domain, tag or format has the wrong type, or arguments are missing', () => {
    sink.clearHilogLines();
    hilog.info('1', 'T', 'x');
    hilog.info(1, 2, 'x');
    hilog.info(1, 'T', 3);
    hilog.info(1, 'T');
    assert.equal(sink.hilogLines().length, 0);
  });
});

describe('hilog levels and the sink', () => {
  beforeEach(() => {
    sink.setHilogSink('buffer');
    sink.clearHilogLines();
    hilog.setMinLogLevel(hilog.LogLevel.INFO);
  });

  it('drops DEBUG by default (global level I); setMinLogLevel cannot lower it, the harness switch can', () => {
    hilog.debug(1, 'T', 'hidden');
    assert.equal(sink.hilogLines().length, 0);
    assert.equal(hilog.isLoggable(1, 'T', hilog.LogLevel.DEBUG), false);
    assert.equal(hilog.isLoggable(1, 'T', hilog.LogLevel.INFO), true);
    // HiLogSetAppMinLogLevel is PREFER_CLOSE_LOG: it only closes levels (hilog_printf.cpp HiLogIsLoggable).
    hilog.setMinLogLevel(hilog.LogLevel.DEBUG);
    hilog.debug(1, 'T', 'still hidden');
    assert.equal(sink.hilogLines().length, 0);
    sink.setHilogGlobalLevel(hilog.LogLevel.DEBUG);
    try {
      hilog.debug(1, 'T', 'shown');
      assert.equal(sink.hilogLines().length, 1);
      hilog.setMinLogLevel(hilog.LogLevel.ERROR);
      hilog.warn(1, 'T', 'dropped');
      hilog.fatal(1, 'T', 'kept');
    } finally {
      sink.setHilogGlobalLevel(hilog.LogLevel.INFO);
    }
    assert.deepEqual(
      sink.hilogLines().map((line) => line.level),
      ['D', 'F']
    );
  });

  it('says a domain outside 0x0-0xFFFF is not loggable', () => {
    assert.equal(hilog.isLoggable(0x10000, 'T', hilog.LogLevel.ERROR), false);
    assert.equal(hilog.isLoggable(-1, 'T', hilog.LogLevel.ERROR), false);
    assert.equal(hilog.isLoggable(0xffff, 'T', hilog.LogLevel.ERROR), true);
  });

  it('records level, domain, tag and a device-style line', () => {
    hilog.warn(0xff00, 'CloudExt', '%{public}s', 'sync ok');
    const [line] = sink.hilogLines();
    assert.equal(line.level, 'W');
    assert.equal(line.domain, 0xff00);
    assert.equal(line.tag, 'CloudExt');
    assert.equal(line.message, 'sync ok');
    assert.match(line.text, /^\d\d-\d\d \d\d:\d\d:\d\d\.\d{3} +\d+ +\d+ W A0ff00\/CloudExt: sync ok$/);
  });

  it('truncates the tag to 31 bytes', () => {
    hilog.info(1, 'x'.repeat(40), 'm');
    assert.equal(sink.hilogLines()[0].tag, 'x'.repeat(31));
  });
});
