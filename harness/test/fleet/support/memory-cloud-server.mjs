// The memory cloud over HTTP, on 127.0.0.1 and a free port, for fleet tests whose devices run the
// extension in their own workers: POST /call { method, args } → { code, value }. Each device's
// copy of the extension names itself in x-device, so per-device defects see their devices apart.
import http from 'node:http';
import { MemoryCloud } from './memory-cloud.mjs';

const encode = (value) => {
  if (value instanceof Uint8Array) return { $bytes: Buffer.from(value).toString('base64') };
  if (Array.isArray(value)) return value.map(encode);
  if (value !== null && typeof value === 'object')
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, encode(item)]));
  return value;
};
const decode = (value) => {
  if (Array.isArray(value)) return value.map(decode);
  if (value !== null && typeof value === 'object') {
    if (typeof value.$bytes === 'string') return new Uint8Array(Buffer.from(value.$bytes, 'base64'));
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, decode(item)]));
  }
  return value;
};

/** Starts the memory cloud's server; resolves to `{ url, cloud, close() }`. */
export async function startMemoryCloudServer(options = {}) {
  const cloud = new MemoryCloud(options);
  const ports = new Map();
  const server = http.createServer((request, response) => {
    const chunks = [];
    request.on('data', (chunk) => chunks.push(chunk));
    request.on('end', () => void answer());
    async function answer() {
      try {
        const { method, args } = JSON.parse(Buffer.concat(chunks).toString('utf8'));
        const device = String(request.headers['x-device'] ?? 'anonymous');
        if (!ports.has(device)) ports.set(device, cloud.portFor(ports.size + 1));
        const port = ports.get(device);
        if (typeof port[method] !== 'function') throw new Error(`no method ${method}`);
        const outcome = await port[method](...decode(args));
        response.writeHead(200, { 'content-type': 'application/json' });
        response.end(JSON.stringify(encode({ code: outcome.code, value: outcome.value })));
      } catch (error) {
        response.writeHead(400, { 'content-type': 'application/json' });
        response.end(JSON.stringify({ code: 1, error: String(error) }));
      }
    }
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  server.unref();
  const { port } = server.address();
  return { url: `http://127.0.0.1:${port}`, cloud, close: () => new Promise((resolve) => server.close(resolve)) };
}
