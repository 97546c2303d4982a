// Pins src/modules/ohos.net.http.ts (and src/modules/http/*): @ohos.net.http over node:http with
// the device's request building, result typing, headers, limits and error shapes
// (communication_netstack frameworks/js/napi/http: request_context.cpp, http_exec.cpp,
// http_response.cpp, constant.cpp). Every request goes to a server on 127.0.0.1 started here.
import assert from 'node:assert/strict';
import { createServer } from 'node:http';
import { createRequire } from 'node:module';
import { after, before, describe, it } from 'node:test';
import { gzipSync } from 'node:zlib';
import httpDefault from 'ohos-cloud-extension-harness/modules/@ohos.net.http';
import { http as kitHttp } from 'ohos-cloud-extension-harness/modules/@kit.NetworkKit';

const require = createRequire(import.meta.url);
const http = require('ohos-cloud-extension-harness/modules/@ohos.net.http');

/** Reads a request body as a Buffer. */
function readBody(request) {
  return new Promise((resolve) => {
    const chunks = [];
    request.on('data', (chunk) => chunks.push(chunk));
    request.on('end', () => resolve(Buffer.concat(chunks)));
  });
}

const routes = {
  '/json': (req, res) => {
    res.setHeader('Content-Type', 'application/json; charset=utf-8');
    res.end('{"a":1,"b":[true]}');
  },
  '/octet': (req, res) => {
    res.setHeader('Content-Type', 'application/octet-stream');
    res.end(Buffer.from([1, 2, 3, 250]));
  },
  '/image': (req, res) => {
    res.setHeader('Content-Type', 'image/png');
    res.end(Buffer.from([137, 80, 78, 71]));
  },
  '/text': (req, res) => {
    res.setHeader('Content-Type', 'text/plain');
    res.end('plain text');
  },
  '/echo': async (req, res) => {
    const body = await readBody(req);
    res.setHeader('Content-Type', 'application/json');
    res.end(JSON.stringify({ method: req.method, url: req.url, headers: req.headers, body: body.toString('latin1') }));
  },
  '/status': (req, res) => {
    const code = Number(new URL(req.url, 'http://x').searchParams.get('code'));
    res.statusCode = code;
    res.setHeader('Content-Type', 'application/json');
    res.end('{"error":"nope"}');
  },
  '/headers': (req, res) => {
    res.setHeader('X-Mixed-Case', '  padded value  ');
    res.setHeader('Set-Cookie', ['a=1; Path=/', 'b=2; Path=/; HttpOnly']);
    res.setHeader('X-Empty', '');
    res.end('ok');
  },
  '/redirect': (req, res) => {
    const left = Number(new URL(req.url, 'http://x').searchParams.get('n'));
    if (left > 0) {
      res.statusCode = 302;
      res.setHeader('Location', `/redirect?n=${left - 1}`);
      res.end();
      return;
    }
    res.end(`done ${req.method}`);
  },
  '/see-other': (req, res) => {
    res.statusCode = 303;
    res.setHeader('Set-Cookie', 'session=abc; Path=/');
    res.setHeader('Location', '/echo');
    res.end();
  },
  '/slow': (req, res) => {
    res.setHeader('Content-Type', 'text/plain');
    res.write('start');
    // Never ends: the client's readTimeout must stop it.
  },
  '/big': (req, res) => {
    const size = Number(new URL(req.url, 'http://x').searchParams.get('size'));
    res.setHeader('Content-Type', 'application/octet-stream');
    res.end(Buffer.alloc(size, 7));
  },
  '/large-json': (req, res) => {
    res.setHeader('Content-Type', 'application/json');
    res.end(JSON.stringify({ pad: 'x'.repeat(70000) }));
  },
  '/stream': (req, res) => {
    res.setHeader('Content-Type', 'text/plain');
    res.setHeader('Content-Length', '9');
    res.write('abc');
    setTimeout(() => res.write('def'), 10);
    setTimeout(() => res.end('ghi'), 20);
  },
  '/chunked': (req, res) => {
    res.setHeader('Content-Type', 'text/plain');
    res.write('one');
    setTimeout(() => res.end('two'), 10);
  },
  '/gzip': (req, res) => {
    res.setHeader('Content-Type', 'text/plain');
    res.setHeader('Content-Encoding', 'gzip');
    res.end(gzipSync('unzipped text'));
  },
  '/bad-gzip': (req, res) => {
    res.setHeader('Content-Type', 'text/plain');
    res.setHeader('Content-Encoding', 'gzip');
    res.end('not gzip at all');
  },
  '/hangup': (req) => {
    req.socket.destroy();
  },
  '/short': (req, res) => {
    res.setHeader('Content-Length', '100');
    res.flushHeaders();
    res.write('only ten..');
    setTimeout(() => req.socket.destroy(), 20);
  }
};

let server;
let base;
let closedPort;

before(async () => {
  server = createServer((req, res) => {
    const route = routes[new URL(req.url, 'http://x').pathname];
    if (route === undefined) {
      res.statusCode = 404;
      res.end();
      return;
    }
    route(req, res);
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${server.address().port}`;
  const probe = createServer();
  await new Promise((resolve) => probe.listen(0, '127.0.0.1', resolve));
  closedPort = probe.address().port;
  await new Promise((resolve) => probe.close(resolve));
});

after(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});

/** Runs one promise request with a fresh HttpRequest and destroys it afterwards. */
async function request(path, options) {
  const req = http.createHttp();
  try {
    return await (options === undefined ? req.request(base + path) : req.request(base + path, options));
  } finally {
    req.destroy();
  }
}

/** Runs one request that must fail, and returns the rejection. */
async function failure(url, options) {
  const req = http.createHttp();
  try {
    await (options === undefined ? req.request(url) : req.request(url, options));
  } catch (error) {
    return error;
  } finally {
    req.destroy();
  }
  assert.fail('the request resolved');
}

/** Asserts the device's plain `{ code, message }` error. */
function assertHttpError(error, code, message) {
  assert.equal(error instanceof Error, false, 'an http error is a plain object, not an Error');
  assert.deepEqual(Object.keys(error).sort(), ['code', 'message']);
  assert.equal(error.code, code);
  if (message !== undefined) {
    assert.equal(error.message, message);
  }
}

describe('@ohos.net.http module object', () => {
  it('is the same object through import, require and @kit.NetworkKit', () => {
    assert.equal(httpDefault, http);
    assert.equal(kitHttp, http);
    assert.equal(typeof http.createHttp, 'function');
    assert.equal(typeof http.createHttpResponseCache, 'function');
  });

  it('has the SDK enums', () => {
    assert.equal(http.RequestMethod.GET, 'GET');
    assert.equal(http.RequestMethod.POST, 'POST');
    assert.equal(http.RequestMethod.CONNECT, 'CONNECT');
    assert.equal(http.ResponseCode.OK, 200);
    assert.equal(http.ResponseCode.NOT_FOUND, 404);
    assert.equal(http.ResponseCode.VERSION, 505);
    assert.deepEqual({ ...http.HttpDataType }, { STRING: 0, OBJECT: 1, ARRAY_BUFFER: 2 });
    assert.deepEqual({ ...http.HttpProtocol }, { HTTP1_1: 0, HTTP2: 1, HTTP3: 2 });
    assert.equal(http.CertType.PEM, 'PEM');
  });
});

describe('HttpResponse.result typing (http_exec.cpp BuildRequestCallback)', () => {
  it('gives a JSON reply as a string without expectDataType', async () => {
    const response = await request('/json');
    assert.equal(typeof response.result, 'string');
    assert.equal(response.result, '{"a":1,"b":[true]}');
    assert.equal(response.resultType, http.HttpDataType.STRING);
    assert.equal(response.responseCode, 200);
  });

  it('parses JSON only with expectDataType OBJECT', async () => {
    const response = await request('/json', { expectDataType: http.HttpDataType.OBJECT });
    assert.deepEqual(response.result, { a: 1, b: [true] });
    assert.equal(response.resultType, http.HttpDataType.OBJECT);
  });

  it('falls back to the content type when an OBJECT body is over 65536 bytes', async () => {
    const response = await request('/large-json', { expectDataType: http.HttpDataType.OBJECT });
    assert.equal(typeof response.result, 'string');
    assert.equal(response.resultType, http.HttpDataType.STRING);
  });

  it('gives octet-stream and image bodies as ArrayBuffer, and text as a string', async () => {
    const octet = await request('/octet');
    assert.ok(octet.result instanceof ArrayBuffer);
    assert.deepEqual([...new Uint8Array(octet.result)], [1, 2, 3, 250]);
    assert.equal(octet.resultType, http.HttpDataType.ARRAY_BUFFER);
    const image = await request('/image');
    assert.ok(image.result instanceof ArrayBuffer);
    const text = await request('/text');
    assert.equal(text.result, 'plain text');
  });

  it('honours expectDataType STRING and ARRAY_BUFFER', async () => {
    const asString = await request('/octet', { expectDataType: http.HttpDataType.STRING });
    assert.equal(typeof asString.result, 'string');
    const asBuffer = await request('/json', { expectDataType: http.HttpDataType.ARRAY_BUFFER });
    assert.ok(asBuffer.result instanceof ArrayBuffer);
    assert.equal(Buffer.from(asBuffer.result).toString(), '{"a":1,"b":[true]}');
  });

  it('resolves 4xx and 5xx normally', async () => {
    const notFound = await request('/status?code=404');
    assert.equal(notFound.responseCode, 404);
    assert.equal(notFound.result, '{"error":"nope"}');
    const failed = await request('/status?code=503');
    assert.equal(failed.responseCode, http.ResponseCode.UNAVAILABLE);
  });

  it('decodes gzip bodies as curl does', async () => {
    const response = await request('/gzip');
    assert.equal(response.result, 'unzipped text');
  });

  it('has a performanceTiming object in milliseconds', async () => {
    const response = await request('/text');
    assert.equal(typeof response.performanceTiming.totalTiming, 'number');
    assert.ok(response.performanceTiming.totalTiming >= 0);
  });
});

describe('response headers (http_response.cpp, MakeResponseHeader)', () => {
  it('lowercases names, trims values, keeps set-cookie as an array, drops empty values and the status line', async () => {
    const response = await request('/headers');
    assert.equal(response.header['x-mixed-case'], 'padded value');
    assert.equal(response.header['X-Mixed-Case'], undefined);
    assert.deepEqual(response.header['set-cookie'], ['a=1; Path=/', 'b=2; Path=/; HttpOnly']);
    assert.equal('x-empty' in response.header, false);
    assert.equal(
      Object.keys(response.header).some((key) => key.startsWith('http/')),
      false
    );
    for (const key of Object.keys(response.header)) {
      assert.equal(key, key.toLowerCase());
    }
  });

  it('fills cookies with the cookie jar in Netscape format', async () => {
    const response = await request('/headers');
    const lines = response.cookies.split('\r\n');
    assert.equal(lines.length, 2);
    assert.match(lines[0], /^127\.0\.0\.1\tFALSE\t\/\tFALSE\t0\ta\t1$/);
    assert.match(lines[1], /^#HttpOnly_127\.0\.0\.1\tFALSE\t\/\tFALSE\t0\tb\t2$/);
  });

  it('fires headersReceive before the response, with the same header shape', async () => {
    const req = http.createHttp();
    const order = [];
    req.on('headersReceive', (header) => order.push(['headers', header['x-mixed-case']]));
    const response = await req.request(`${base}/headers`);
    order.push(['response', response.responseCode]);
    req.destroy();
    assert.deepEqual(order, [
      ['headers', 'padded value'],
      ['response', 200]
    ]);
  });

  it('calls the deprecated headerReceive listeners with (undefined, header)', async () => {
    const req = http.createHttp();
    const calls = [];
    req.on('headerReceive', (...args) => calls.push(args));
    await req.request(`${base}/text`);
    req.destroy();
    assert.equal(calls.length, 1);
    assert.equal(calls[0][0], undefined);
    assert.equal(calls[0][1]['content-type'], 'text/plain');
  });

  it('stops calling a listener after off, and calls a once listener a single time', async () => {
    const req = http.createHttp();
    let on = 0;
    let once = 0;
    const listener = () => on++;
    req.on('headersReceive', listener);
    req.once('headersReceive', () => once++);
    await req.request(`${base}/text`);
    req.off('headersReceive', listener);
    await req.request(`${base}/text`);
    req.destroy();
    assert.equal(on, 1);
    assert.equal(once, 1);
  });
});

describe('how the request is built (request_context.cpp)', () => {
  it('sends GET by default, with curl-like default headers', async () => {
    const response = await request('/echo', { expectDataType: http.HttpDataType.OBJECT });
    assert.equal(response.result.method, 'GET');
    assert.equal(response.result.headers['user-agent'], 'libcurl-agent/1.0');
    assert.equal(response.result.headers.accept, '*/*');
  });

  it('appends string extraData to a GET url verbatim', async () => {
    const joined = await request('/echo?x=1', { extraData: 'y=2&z=%41', expectDataType: http.HttpDataType.OBJECT });
    assert.equal(joined.result.url, '/echo?x=1&y=2&z=%41');
    const alone = await request('/echo', { extraData: 'y=2', expectDataType: http.HttpDataType.OBJECT });
    assert.equal(alone.result.url, '/echo?y=2');
  });

  it('ignores ArrayBuffer extraData on GET', async () => {
    const response = await request('/echo', { extraData: new ArrayBuffer(4), expectDataType: http.HttpDataType.OBJECT });
    assert.equal(response.result.url, '/echo');
    assert.equal(response.result.body, '');
  });

  it('keeps only non-empty string values of GET object extraData, RFC 3986 encoded, and sets urlencoded', async () => {
    const response = await request('/echo', {
      extraData: { q: 'a b&c', n: 5, t: true, e: '', 'k~.-_': 'é' },
      expectDataType: http.HttpDataType.OBJECT
    });
    assert.equal(response.result.url, '/echo?q=a%20b%26c&k~.-_=%C3%A9');
    assert.equal(response.result.headers['content-type'], 'application/x-www-form-urlencoded');
  });

  it('sends no content-type for GET object extraData that needs no encoding', async () => {
    const response = await request('/echo', { extraData: { a: 'b' }, expectDataType: http.HttpDataType.OBJECT });
    assert.equal(response.result.url, '/echo?a=b');
    assert.equal(response.result.headers['content-type'], undefined);
  });

  it('POSTs an object as JSON, and pre-sets application/json when a header object is given', async () => {
    const response = await request('/echo', {
      method: http.RequestMethod.POST,
      header: { 'X-Token': 'abc' },
      extraData: { a: 1 },
      expectDataType: http.HttpDataType.OBJECT
    });
    assert.equal(response.result.method, 'POST');
    assert.equal(response.result.body, '{"a":1}');
    assert.equal(response.result.headers['content-type'], 'application/json');
    assert.equal(response.result.headers['x-token'], 'abc');
  });

  it('lets a user Content-Type override the JSON default (names are lowercased)', async () => {
    const response = await request('/echo', {
      method: http.RequestMethod.PUT,
      header: { 'Content-Type': 'text/plain' },
      extraData: 'hello',
      expectDataType: http.HttpDataType.OBJECT
    });
    assert.equal(response.result.headers['content-type'], 'text/plain');
    assert.equal(response.result.body, 'hello');
  });

  it("falls back to curl's form content type for a POST without a header object", async () => {
    const response = await request('/echo', { method: 'POST', extraData: 'a=1', expectDataType: http.HttpDataType.OBJECT });
    assert.equal(response.result.headers['content-type'], 'application/x-www-form-urlencoded');
  });

  it('sends an ArrayBuffer as raw bytes, and a typed array as the JSON of its indices', async () => {
    const raw = await request('/echo', {
      method: 'POST',
      extraData: new Uint8Array([0, 255, 65]).buffer,
      expectDataType: http.HttpDataType.OBJECT
    });
    assert.deepEqual([...Buffer.from(raw.result.body, 'latin1')], [0, 255, 65]);
    const typed = await request('/echo', {
      method: 'POST',
      extraData: new Uint8Array([7]),
      expectDataType: http.HttpDataType.OBJECT
    });
    assert.equal(typed.result.body, '{"0":7}');
  });

  it('converts header values as NapiValueToString does: a C int, or six decimals', async () => {
    const response = await request('/echo', {
      header: { 'X-Num': 5, 'X-Float': 1.5, 'X-Bool': false },
      expectDataType: http.HttpDataType.OBJECT
    });
    assert.equal(response.result.headers['x-num'], '5');
    assert.equal(response.result.headers['x-float'], '1.500000');
    assert.equal(response.result.headers['x-bool'], 'false');
  });

  it("adds '&' after an existing query even when GET extraData gives no parameter (MakeUrl)", async () => {
    const response = await request('/echo?x=1', { extraData: { n: 1 }, expectDataType: http.HttpDataType.OBJECT });
    assert.equal(response.result.url, '/echo?x=1&');
  });
});

describe('multiFormDataList (http_exec.cpp SetMultiPartOption)', () => {
  it('sends the parts as multipart/form-data when the content-type header asks for it', async () => {
    const response = await request('/echo', {
      method: http.RequestMethod.POST,
      header: { 'Content-Type': 'multipart/form-data' },
      multiFormDataList: [
        { name: 'meta', contentType: 'application/json', data: { id: 7 } },
        { name: 'blob', contentType: 'application/octet-stream', remoteFileName: 'a.bin', data: new Uint8Array([104, 105]).buffer },
        { name: '', data: 'skipped' }
      ],
      expectDataType: http.HttpDataType.OBJECT
    });
    const type = response.result.headers['content-type'];
    assert.match(type, /^multipart\/form-data; boundary=/);
    const boundary = type.split('boundary=')[1];
    const body = response.result.body;
    assert.ok(
      body.includes(`--${boundary}\r\nContent-Disposition: form-data; name="meta"\r\nContent-Type: application/json\r\n\r\n{"id":7}\r\n`)
    );
    assert.ok(
      body.includes('Content-Disposition: form-data; name="blob"; filename="a.bin"\r\nContent-Type: application/octet-stream\r\n\r\nhi\r\n')
    );
    assert.ok(body.endsWith(`--${boundary}--\r\n`));
    assert.equal(body.includes('skipped'), false);
  });

  it('fails with 2300026 when a part names a file that cannot be read', async () => {
    const error = await failure(`${base}/echo`, {
      method: 'POST',
      header: { 'content-type': 'multipart/form-data' },
      multiFormDataList: [{ name: 'f', filePath: '/nonexistent/harness-test-file' }]
    });
    assertHttpError(error, 2300026, 'Failed to open or read local data from the file or application');
  });
});

describe('limits', () => {
  it('follows redirects', async () => {
    const response = await request('/redirect?n=3');
    assert.equal(response.responseCode, 200);
    assert.equal(response.result, 'done GET');
  });

  it('turns a POST into a GET on 303, and sends the cookies set on the way (curl cookie engine)', async () => {
    const response = await request('/see-other', { method: 'POST', extraData: 'x=1', expectDataType: http.HttpDataType.OBJECT });
    assert.equal(response.result.method, 'GET');
    assert.equal(response.result.body, '');
    assert.equal(response.result.headers.cookie, 'session=abc');
    assert.match(response.cookies, /\tsession\tabc$/);
  });

  it('fails with 2300047 past maxRedirects', async () => {
    const error = await failure(`${base}/redirect?n=3`, { maxRedirects: 2 });
    assertHttpError(error, 2300047, 'The number of redirections reaches the maximum allowed');
  });

  it('treats readTimeout as the whole-request limit: 2300028', async () => {
    const started = Date.now();
    const error = await failure(`${base}/slow`, { readTimeout: 150 });
    assertHttpError(error, 2300028, 'Operation timeout');
    assert.ok(Date.now() - started < 5000);
  });

  it('fails with 2300023 when the body is over maxLimit', async () => {
    const error = await failure(`${base}/big?size=2000`, { maxLimit: 1000 });
    assertHttpError(error, 2300023, 'Failed to write the received data to the disk or application');
    const within = await request('/big?size=1000', { maxLimit: 1000 });
    assert.equal(within.result.byteLength, 1000);
  });

  it('defaults maxLimit to 5 MiB', async () => {
    const error = await failure(`${base}/big?size=${5 * 1024 * 1024 + 1}`);
    assertHttpError(error, 2300023);
  });
});

describe('errors: plain { code, message }, always asynchronous', () => {
  it('rejects bad arguments with 401 asynchronously, never throwing', async () => {
    const req = http.createHttp();
    let promise;
    assert.doesNotThrow(() => {
      promise = req.request(42);
    });
    assertHttpError(
      await promise.then(
        () => assert.fail('resolved'),
        (error) => error
      ),
      401,
      'Parameter error'
    );
    const second = await req.request(`${base}/text`, undefined).then(
      () => assert.fail('resolved'),
      (error) => error
    );
    assertHttpError(second, 401);
    req.destroy();
  });

  it('rejects null options with 401 (CheckParamsType wants an object)', async () => {
    assertHttpError(await failure(`${base}/text`, null), 401);
  });

  it('fails a request in flight with 2300999 when the HttpRequest is destroyed', async () => {
    const req = http.createHttp();
    const pending = req.request(`${base}/slow`);
    setTimeout(() => req.destroy(), 50);
    assertHttpError(
      await pending.then(
        () => assert.fail('resolved'),
        (e) => e
      ),
      2300999
    );
  });

  it('rejects a POST with extraData "" with 401', async () => {
    const error = await failure(`${base}/echo`, { method: 'POST', extraData: '' });
    assertHttpError(error, 401, 'Parameter error');
  });

  it('maps an invalid URL to 2300003 and another scheme to 2300001', async () => {
    assertHttpError(await failure('not a url'), 2300003, 'Invalid URL format or missing URL');
    assertHttpError(await failure(''), 2300003);
    assertHttpError(await failure('ftp://127.0.0.1/x'), 2300001, 'Unsupported protocol');
  });

  it('maps a refused connection to 2300007', async () => {
    assertHttpError(await failure(`http://127.0.0.1:${closedPort}/`), 2300007, 'Failed to connect to the server');
  });

  it('maps a closed socket before any reply to 2300052', async () => {
    assertHttpError(await failure(`${base}/hangup`), 2300052, 'The server returned nothing (no header or data)');
  });

  it('maps a body shorter than Content-Length to 2300018', async () => {
    assertHttpError(await failure(`${base}/short`), 2300018, 'Transferred a partial file');
  });

  it('maps a bad gzip body to 2300061', async () => {
    assertHttpError(await failure(`${base}/bad-gzip`), 2300061, 'Invalid HTTP encoding format');
  });

  it('calls back with (err, undefined) on failure and (undefined, data) on success', async () => {
    const req = http.createHttp();
    const [err, data] = await new Promise((resolve) => {
      const returned = req.request('', (...args) => resolve(args));
      assert.equal(returned, undefined);
    });
    assertHttpError(err, 2300003);
    assert.equal(data, undefined);
    const [okErr, okData] = await new Promise((resolve) => {
      void req.request(`${base}/text`, {}, (...args) => resolve(args));
    });
    assert.equal(okErr, undefined);
    assert.equal(okData.result, 'plain text');
    req.destroy();
  });

  it('calls back asynchronously even for a parameter error', async () => {
    const req = http.createHttp();
    let called = false;
    await new Promise((resolve) => {
      void req.request(42, {}, () => {
        called = true;
        resolve();
      });
      assert.equal(called, false);
    });
    req.destroy();
  });

  it('fails a request on a destroyed HttpRequest, and destroy is idempotent', async () => {
    const req = http.createHttp();
    req.destroy();
    assert.doesNotThrow(() => req.destroy());
    const error = await req.request(`${base}/text`).then(
      () => assert.fail('resolved'),
      (e) => e
    );
    assertHttpError(error, 2300999, 'Internal error');
  });
});

describe('requestInStream', () => {
  it('emits headersReceive, dataReceive chunks, dataReceiveProgress, then dataEnd, and resolves the status', async () => {
    const req = http.createHttp();
    const events = [];
    const chunks = [];
    req.on('headersReceive', (header) => events.push(`headers ${header['content-length']}`));
    req.on('dataReceive', (chunk) => {
      assert.ok(chunk instanceof ArrayBuffer);
      chunks.push(Buffer.from(chunk));
      events.push('data');
    });
    req.on('dataReceiveProgress', (info) => events.push(`progress ${info.receiveSize}/${info.totalSize}`));
    req.on('dataEnd', () => events.push('end'));
    const code = await req.requestInStream(`${base}/stream`);
    events.push(`resolved ${code}`);
    req.destroy();
    assert.equal(Buffer.concat(chunks).toString(), 'abcdefghi');
    assert.equal(events[0], 'headers 9');
    assert.equal(events.at(-2), 'end');
    assert.equal(events.at(-1), 'resolved 200');
    assert.ok(events.includes('progress 9/9'));
    assert.ok(events.indexOf('data') < events.indexOf('end'));
  });

  it('does not apply maxLimit to a stream', async () => {
    const req = http.createHttp();
    let received = 0;
    req.on('dataReceive', (chunk) => {
      received += chunk.byteLength;
    });
    const code = await req.requestInStream(`${base}/big?size=5000`, { maxLimit: 100 });
    req.destroy();
    assert.equal(code, 200);
    assert.equal(received, 5000);
  });

  it('reports no dataReceiveProgress when the size is unknown (curl: dltotal 0)', async () => {
    const req = http.createHttp();
    let progress = 0;
    let data = '';
    req.on('dataReceiveProgress', () => progress++);
    req.on('dataReceive', (chunk) => {
      data += Buffer.from(chunk).toString();
    });
    await req.requestInStream(`${base}/chunked`);
    req.destroy();
    assert.equal(data, 'onetwo');
    assert.equal(progress, 0);
  });

  it('stops listeners with off(type) for every listener of that type', async () => {
    const req = http.createHttp();
    let calls = 0;
    req.on('dataReceive', () => calls++);
    req.on('dataReceive', () => calls++);
    req.off('dataReceive');
    await req.requestInStream(`${base}/text`);
    req.destroy();
    assert.equal(calls, 0);
  });

  it('calls back with the status code in its callback form', async () => {
    const req = http.createHttp();
    const [err, code] = await new Promise((resolve) => {
      void req.requestInStream(`${base}/status?code=404`, (...args) => resolve(args));
    });
    req.destroy();
    assert.equal(err, undefined);
    assert.equal(code, 404);
  });
});

describe('createHttpResponseCache', () => {
  it('gives a cache with flush and delete that settle', async () => {
    const cache = http.createHttpResponseCache();
    await cache.flush();
    await cache.delete();
  });
});
