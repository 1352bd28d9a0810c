import type { ServerResponse } from 'node:http';

export type Headers = Record<string, string | string[]>;

export function sendJson(res: ServerResponse, status: number, body: unknown, headers: Headers = {}): void {
  res.writeHead(status, { ...headers, 'Content-Type': 'application/json; charset=utf-8', 'Cache-Control': 'no-store' });
  res.end(JSON.stringify(body));
}

/** A body sent exactly as given, under a JSON content type whether or not it parses. */
export function sendRaw(res: ServerResponse, status: number, text: string, headers: Headers = {}): void {
  res.writeHead(status, { ...headers, 'Content-Type': 'application/json; charset=utf-8', 'Cache-Control': 'no-store' });
  res.end(text);
}

/** HttpOnly like Clerk's own: only the server reads it. A year, as Clerk's client cookie lasts. */
export function clientCookie(token: string): string {
  return `__client=${encodeURIComponent(token)}; Path=/; HttpOnly; SameSite=Lax; Max-Age=31536000`;
}
