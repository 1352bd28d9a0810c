/**
 * Returns `url` resolved against the current page when it is safe to send a signed-in user there,
 * else `null`. Only http(s) URLs on the page's own origin, or on an origin the app lists, pass.
 *
 * An open redirect after sign-in hands a freshly authenticated user to whoever crafted the link, so
 * this errs towards refusing: `javascript:`, `data:`, `vbscript:` and `blob:` URLs, protocol-relative
 * (`//evil.example`) and backslash (`/\evil.example`) forms, and any of those hidden behind
 * percent-encoding that a router might decode later.
 */
export function safeRedirect(url: string, currentHref: string, allowedOrigins: readonly string[] = []): string | null {
  const current = new URL(currentHref);
  const allowed = new Set([current.origin, ...allowedOrigins.map(originOf).filter((o): o is string => o !== null)]);
  const resolved = resolveSafely(url, currentHref, allowed);
  if (!resolved) return null;
  // Decode a few rounds and check every form: `%2F%2Fevil.example` is harmless only until decoded.
  let decoded = url;
  for (let round = 0; round < 3; round += 1) {
    let next: string;
    try {
      next = decodeURIComponent(decoded);
    } catch {
      return null;
    }
    if (next === decoded) break;
    if (!resolveSafely(next, currentHref, allowed)) return null;
    decoded = next;
  }
  return resolved;
}

function resolveSafely(url: string, currentHref: string, allowed: ReadonlySet<string>): string | null {
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
  return allowed.has(resolved.origin) ? resolved.href : null;
}

function originOf(value: string): string | null {
  try {
    const { origin, protocol } = new URL(value);
    return protocol === 'http:' || protocol === 'https:' ? origin : null;
  } catch {
    return null;
  }
}
