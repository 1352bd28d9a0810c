import type { IncomingMessage } from 'node:http';

export interface ParsedRequest {
  /** After `_method` tunnelling: the SDK sends PATCH and DELETE as POST with `?_method=`. */
  method: string;
  /** Path below the mount point, without the query, e.g. `/v1/client/sign_ins`. */
  path: string;
  query: URLSearchParams;
  body: Record<string, string>;
  cookies: Record<string, string>;
}

export function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

/** FAPI bodies are form-encoded snake_case; JSON is accepted too, for hand-written test calls. */
export function parseBody(text: string, contentType: string | undefined): Record<string, string> {
  if (!text) return {};
  if (contentType?.includes('application/json')) {
    try {
      const parsed: unknown = JSON.parse(text);
      if (!parsed || typeof parsed !== 'object') return {};
      return Object.fromEntries(Object.entries(parsed).map(([key, value]) => [key, String(value)]));
    } catch {
      // Unreadable JSON counts as no fields: the handler then names the missing one (form_param_missing).
      return {};
    }
  }
  return Object.fromEntries(new URLSearchParams(text));
}

export function parseCookies(header: string | undefined): Record<string, string> {
  const cookies: Record<string, string> = {};
  for (const part of (header ?? '').split(';')) {
    const index = part.indexOf('=');
    if (index > 0) cookies[part.slice(0, index).trim()] = decodeURIComponent(part.slice(index + 1).trim());
  }
  return cookies;
}

export async function parseRequest(req: IncomingMessage, mountPoint: string): Promise<ParsedRequest> {
  const url = new URL(req.url ?? '/', 'http://emulator.invalid');
  const tunnelled = url.searchParams.get('_method');
  const httpMethod = (req.method ?? 'GET').toUpperCase();
  const method = httpMethod === 'POST' && tunnelled ? tunnelled.toUpperCase() : httpMethod;
  const text = httpMethod === 'GET' || httpMethod === 'HEAD' ? '' : await readBody(req);
  return {
    method,
    path: url.pathname.slice(mountPoint.length) || '/',
    query: url.searchParams,
    body: parseBody(text, req.headers['content-type']),
    cookies: parseCookies(req.headers.cookie),
  };
}
