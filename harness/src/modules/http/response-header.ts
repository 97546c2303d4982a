/**
 * The response header object and cookie list `@ohos.net.http` gives, as communication_netstack
 * builds them (options/src/http_response.cpp ParseHeaders, http_exec.cpp MakeResponseHeader):
 * names lowercased, values trimmed, the last value of a repeated name wins, `set-cookie` kept as
 * an array of every value, and names or values that are empty (the status line among them) left
 * out. curl hands over the header lines of every hop of a redirect chain, so the map builds up
 * across hops.
 *
 * @packageDocumentation
 */

/** The header object of a response: string values, `set-cookie` as an array. */
export type ResponseHeader = Record<string, string | string[]>;

/** Header lines of a response as they arrive, accumulated over the hops of one request. */
export class HeaderAccumulator {
  private readonly values = new Map<string, string>();
  private readonly setCookies: string[] = [];

  /**
   * Adds the header lines of one response.
   *
   * @param rawHeaders - Node's `rawHeaders`: names and values alternating, as received.
   */
  add(rawHeaders: readonly string[]): void {
    for (let i = 0; i + 1 < rawHeaders.length; i += 2) {
      const name = (rawHeaders[i] as string).trim().toLowerCase();
      const value = (rawHeaders[i + 1] as string).trim();
      if (name === 'set-cookie') {
        this.setCookies.push(value);
      }
      this.values.set(name, value);
    }
  }

  /** The header object: a fresh plain object each time, as each event gets its own. */
  toObject(): ResponseHeader {
    const header: ResponseHeader = {};
    for (const [name, value] of this.values) {
      if (name !== '' && value !== '' && name !== 'set-cookie') {
        header[name] = value;
      }
    }
    if (this.setCookies.length > 0) {
      header['set-cookie'] = this.setCookies.slice();
    }
    return header;
  }

  /** The lowercased `content-type` of what arrived last, or `''`. */
  contentType(): string {
    return (this.values.get('content-type') ?? '').toLowerCase();
  }
}

/** One cookie in the jar, as curl's cookie engine keeps it. */
interface Cookie {
  readonly domain: string;
  readonly tailMatch: boolean;
  readonly path: string;
  readonly secure: boolean;
  readonly expires: number;
  readonly name: string;
  readonly value: string;
  readonly httpOnly: boolean;
}

/**
 * The cookie engine of one request (COOKIEFILE "", so it starts empty): it stores every
 * `Set-Cookie` received, sends matching cookies on redirects, and lists the jar in curl's
 * Netscape format for `HttpResponse.cookies` (CURLINFO_COOKIELIST joined with `\r\n`).
 */
export class CookieJar {
  private readonly cookies: Cookie[] = [];

  /**
   * Stores the cookies of one response.
   *
   * @param url - The URL that answered.
   * @param setCookies - Its `Set-Cookie` values.
   */
  store(url: URL, setCookies: readonly string[]): void {
    for (const line of setCookies) {
      const cookie = parseSetCookie(url, line);
      if (cookie === undefined) {
        continue;
      }
      const index = this.cookies.findIndex((c) => c.name === cookie.name && c.domain === cookie.domain && c.path === cookie.path);
      if (index >= 0) {
        this.cookies.splice(index, 1, cookie);
      } else {
        this.cookies.push(cookie);
      }
    }
  }

  /** The `Cookie` header for `url`, or `undefined` when no cookie matches. */
  headerFor(url: URL): string | undefined {
    const host = url.hostname;
    const matching = this.cookies.filter(
      (c) =>
        (c.tailMatch ? host === c.domain || host.endsWith(`.${c.domain}`) : host === c.domain) &&
        url.pathname.startsWith(c.path) &&
        (!c.secure || url.protocol === 'https:')
    );
    return matching.length === 0 ? undefined : matching.map((c) => `${c.name}=${c.value}`).join('; ');
  }

  /** The jar in Netscape format, one cookie per line, lines joined with `\r\n`. */
  toString(): string {
    return this.cookies
      .map((c) =>
        [
          `${c.httpOnly ? '#HttpOnly_' : ''}${c.tailMatch ? '.' : ''}${c.domain}`,
          c.tailMatch ? 'TRUE' : 'FALSE',
          c.path,
          c.secure ? 'TRUE' : 'FALSE',
          String(c.expires),
          c.name,
          c.value
        ].join('\t')
      )
      .join('\r\n');
  }
}

/** Parses one `Set-Cookie` value; `undefined` when it has no `name=`. */
function parseSetCookie(url: URL, line: string): Cookie | undefined {
  const [pair = '', ...attributes] = line.split(';');
  const equals = pair.indexOf('=');
  if (equals <= 0) {
    return undefined;
  }
  let domain = url.hostname;
  let tailMatch = false;
  let path = defaultPath(url.pathname);
  let secure = false;
  let httpOnly = false;
  let expires = 0;
  for (const attribute of attributes) {
    const [rawKey = '', ...rest] = attribute.split('=');
    const key = rawKey.trim().toLowerCase();
    const value = rest.join('=').trim();
    if (key === 'domain' && value !== '') {
      domain = value.replace(/^\./, '').toLowerCase();
      tailMatch = true;
    } else if (key === 'path' && value.startsWith('/')) {
      path = value;
    } else if (key === 'secure') {
      secure = true;
    } else if (key === 'httponly') {
      httpOnly = true;
    } else if (key === 'max-age' && /^-?\d+$/.test(value)) {
      expires = Math.floor(Date.now() / 1000) + Number(value);
    } else if (key === 'expires' && expires === 0) {
      const time = Date.parse(value);
      if (!Number.isNaN(time)) {
        expires = Math.floor(time / 1000);
      }
    }
  }
  return { domain, tailMatch, path, secure, expires, name: pair.slice(0, equals).trim(), value: pair.slice(equals + 1).trim(), httpOnly };
}

/** The default cookie path of a request path (RFC 6265 5.1.4). */
function defaultPath(pathname: string): string {
  const last = pathname.lastIndexOf('/');
  return last <= 0 ? '/' : pathname.slice(0, last);
}
