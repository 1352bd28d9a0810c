import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Headers } from './http.js';

/**
 * Same-origin use (behind the dev server, `proxyUrl: '/__clerk'`) needs no CORS at all. A page on
 * another origin must be listed: the SDK fetches with `credentials: 'include'`, so its exact origin
 * is reflected with `Access-Control-Allow-Credentials`, never a wildcard. Any other origin gets no
 * CORS headers, and the browser keeps the answer from the page.
 */
export interface CorsPolicy {
  allowedOrigins: ReadonlySet<string>;
}

export function corsPolicy(allowedOrigins: readonly string[] = []): CorsPolicy {
  for (const origin of allowedOrigins) {
    if (new URL(origin).origin !== origin) throw new Error(`allowedOrigins takes bare origins like http://localhost:5173, got ${origin}`);
  }
  return { allowedOrigins: new Set(allowedOrigins) };
}

/** `Retry-After` must be exposed or the SDK cannot read it from a 429. */
export function corsHeaders(policy: CorsPolicy, req: IncomingMessage): Headers {
  const origin = req.headers.origin;
  if (!origin || !policy.allowedOrigins.has(origin)) return {};
  return {
    'Access-Control-Allow-Origin': origin,
    'Access-Control-Allow-Credentials': 'true',
    'Access-Control-Expose-Headers': 'Retry-After',
    Vary: 'Origin',
  };
}

/** clerk-js sends no preflight (it tunnels methods through POST), but hand-written callers may. */
export function sendPreflight(policy: CorsPolicy, req: IncomingMessage, res: ServerResponse): void {
  const cors = corsHeaders(policy, req);
  if (!cors['Access-Control-Allow-Origin']) {
    res.writeHead(403, { Vary: 'Origin' });
    res.end();
    return;
  }
  res.writeHead(204, {
    ...cors,
    'Access-Control-Allow-Methods': 'GET, POST, PUT, PATCH, DELETE, OPTIONS',
    'Access-Control-Allow-Headers': req.headers['access-control-request-headers'] ?? 'content-type',
    'Access-Control-Max-Age': '600',
  });
  res.end();
}
