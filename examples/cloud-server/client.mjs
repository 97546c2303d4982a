// A client of the cloud server's HTTP API with the shape of CloudDB: one method per call, each
// answering what the extension's method would return. The contract checks drive the server
// through it, as a device's extension would.

/**
 * A CloudDB of one (app, database) on the server at `url`, speaking as `device`.
 * @param {string} url the server's base URL, e.g. `http://127.0.0.1:8080`.
 * @param {{ app: string, db: string, device?: string, now?: () => number }} where `now`, for a
 *   server started with `testClock`, gives the time in ms sent with each call as `x-test-now`.
 */
export function cloudDB(url, { app, db, device = 'device', now }) {
  const base = `${url}/v1/apps/${encodeURIComponent(app)}/databases/${encodeURIComponent(db)}`;
  const post = (path, body) => {
    const headers = { 'content-type': 'application/json', 'x-device': device };
    if (now !== undefined) headers['x-test-now'] = String(now());
    return request(`${base}${path}`, body, headers);
  };
  const table = (name) => `/tables/${encodeURIComponent(name)}`;
  return {
    generateId: (count) => post('/ids', { count }),
    insert: (tbl, values, extensions) => post(`${table(tbl)}/insert`, { values, extensions }),
    update: (tbl, values, extensions) => post(`${table(tbl)}/update`, { values, extensions }),
    delete: (tbl, extensions) => post(`${table(tbl)}/delete`, { extensions }),
    query: (tbl, fields, queryCount, queryCursor) => post(`${table(tbl)}/query`, { fields, queryCount, queryCursor }),
    lock: () => post('/lock', {}),
    heartbeat: (lockId) => post('/heartbeat', { lockId }),
    unlock: (lockId) => post('/unlock', { lockId })
  };
}

/** POSTs JSON and returns the JSON answer; an HTTP error becomes an Error with its message. */
async function request(url, body, headers) {
  const response = await fetch(url, { method: 'POST', headers, body: JSON.stringify(body) });
  const answer = await response.json();
  if (!response.ok) throw new Error(`HTTP ${response.status} from ${url}: ${answer.error}`);
  return answer;
}
