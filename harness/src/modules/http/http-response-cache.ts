/**
 * `HttpResponseCache`, what `http.createHttpResponseCache()` gives. The harness keeps no response
 * cache: `flush` and `delete` settle at once, and `usingCache` changes nothing, which is what a
 * device does for a request whose response it has not cached.
 *
 * @packageDocumentation
 */

/** A callback in `(err, data)` form. */
type AsyncCallback = (err: undefined, data: undefined) => void;

/** Settles through `callback` when one is given, else through the returned promise. */
function settle(callback: unknown): Promise<void> | undefined {
  if (typeof callback === 'function') {
    setImmediate(() => (callback as AsyncCallback)(undefined, undefined));
    return undefined;
  }
  return Promise.resolve();
}

/** The response cache of the process. */
export class HttpResponseCache {
  /** Writes the cache to storage. */
  flush(callback?: AsyncCallback): Promise<void> | undefined {
    return settle(callback);
  }

  /** Disables and deletes the cache. */
  delete(callback?: AsyncCallback): Promise<void> | undefined {
    return settle(callback);
  }
}
