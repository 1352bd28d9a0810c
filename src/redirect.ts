/**
 * Returns `url` resolved against the current page when it is safe to send a signed-in user there,
 * else `null`. Only http(s) URLs on the page's own origin, or on an origin the app lists, pass:
 * anything else (`javascript:`, `data:`, another site) would let a crafted link hijack the session.
 */
export function safeRedirect(url: string, currentHref: string, allowedOrigins: readonly string[] = []): string | null {
  let resolved: URL;
  try {
    resolved = new URL(url, currentHref);
  } catch {
    return null;
  }
  if (resolved.protocol !== 'http:' && resolved.protocol !== 'https:') return null;
  const current = new URL(currentHref);
  const allowed = new Set([current.origin, ...allowedOrigins.map(originOf).filter((o): o is string => o !== null)]);
  return allowed.has(resolved.origin) ? resolved.href : null;
}

function originOf(value: string): string | null {
  try {
    return new URL(value).origin;
  } catch {
    return null;
  }
}
