/**
 * An origin a redirect may lead to besides the page's own: an exact origin
 * (`https://app.example.com`), one with a leading wildcard label (`https://*.example.com`, any
 * subdomain, not the bare domain), or a RegExp tested against the whole origin. Clerk's
 * `allowedRedirectOrigins` takes the same three forms.
 */
export type AllowedOrigin = string | RegExp;

/** Rounds of percent-decoding after which a URL that still changes is refused rather than trusted. */
const MAX_DECODE_ROUNDS = 8;

/**
 * Returns `url` resolved against the current page when it is safe to send a signed-in user there,
 * else `null`. Only http(s) URLs on the page's own origin, or on an origin the app allows, pass.
 *
 * An open redirect after sign-in hands a freshly authenticated user to whoever crafted the link, so
 * this errs towards refusing. The verdict is on the URL that results, not on the text given: the
 * input and every percent-decoding of it must resolve to an allowed origin, and the resolved path,
 * decoded and resolved again until it stops changing, must stay on the same origin without starting
 * with two slashes (a server that decodes the path and redirects to add a trailing slash would send
 * `/%2Fevil.example` to another host).
 */
export function safeRedirect(url: string, currentHref: string, allowedOrigins: readonly AllowedOrigin[] = []): string | null {
  const current = new URL(currentHref);
  const allows = (origin: string) => origin === current.origin || allowedOrigins.some((allowed) => originMatches(allowed, origin));
  const resolved = resolveSafely(url, currentHref, allows);
  if (!resolved) return null;
  // Every decoding of the input must be as safe as the input: a router may decode it later.
  let decoded = url;
  for (let round = 0; ; round += 1) {
    const next = decodeOnce(decoded);
    if (next === null) return null;
    if (next === decoded) break;
    if (round === MAX_DECODE_ROUNDS || !resolveSafely(next, currentHref, allows)) return null;
    decoded = next;
  }
  return pathIsSafe(new URL(resolved)) ? resolved : null;
}

function decodeOnce(value: string): string | null {
  try {
    return decodeURIComponent(value);
  } catch {
    return null;
  }
}

/**
 * Follows a server that decodes the path and redirects to it (to add a trailing slash, say), hop
 * after hop until the path stops changing: every hop must stay on this origin with a path that does
 * not start with two slashes. Each decoded path is resolved as the browser resolves a redirect, so
 * tabs and newlines are dropped, backslashes read as slashes and dot segments applied: `/.\%2F..`
 * becomes `/%2F..`, then `//..`, another host; `/..%2F%2Fhost` becomes `//host`.
 */
function pathIsSafe(resolved: URL): boolean {
  let current = resolved;
  for (let round = 0; round <= MAX_DECODE_ROUNDS; round += 1) {
    const decoded = decodeOnce(current.pathname);
    if (decoded === null) return false;
    let next: URL;
    try {
      next = new URL(decoded, current);
    } catch {
      return false;
    }
    if (next.origin !== current.origin || next.pathname.startsWith('//')) return false;
    if (next.pathname === current.pathname) return true;
    current = next;
  }
  return false;
}

function resolveSafely(url: string, currentHref: string, allows: (origin: string) => boolean): string | null {
  const trimmed = url.trim();
  // Relative forms that browsers read as another host: `//host`, `/\host`, `\\host`, `\/host`.
  if (/^[\\/]{2}/.test(trimmed.replace(/[\t\n\r]/g, ''))) return null;
  let resolved: URL;
  try {
    resolved = new URL(trimmed, currentHref);
  } catch {
    return null;
  }
  if (resolved.protocol !== 'http:' && resolved.protocol !== 'https:') return null;
  if (resolved.username || resolved.password) return null;
  // `/./\\host`, `/..//host`: dot segments hide the double slash until resolution, and a router that
  // reuses the path would read `//host` as another site.
  if (resolved.pathname.startsWith('//')) return null;
  return allows(resolved.origin) ? resolved.href : null;
}

function originMatches(allowed: AllowedOrigin, origin: string): boolean {
  if (allowed instanceof RegExp) {
    // A RegExp with the global or sticky flag keeps state between tests; a fresh copy does not.
    return new RegExp(allowed.source, allowed.flags.replace(/[gy]/g, '')).test(origin);
  }
  const wildcard = /^(https?):\/\/\*\.([^/*]+)$/i.exec(allowed.trim());
  if (!wildcard) return originOf(allowed) === origin;
  const [, scheme, domain] = wildcard;
  const base = originOf(`${scheme}://${domain}`);
  if (!base) return false;
  const { protocol, host } = new URL(base);
  const candidate = new URL(origin);
  return candidate.protocol === protocol && candidate.host.endsWith(`.${host}`) && candidate.host.length > host.length + 1;
}

function originOf(value: string): string | null {
  try {
    const { origin, protocol } = new URL(value);
    return protocol === 'http:' || protocol === 'https:' ? origin : null;
  } catch {
    return null;
  }
}
