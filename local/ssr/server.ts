import { readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { STRICT_CONTENT_SECURITY_POLICY } from '../content-security-policy.js';
import { createEmulator } from '../emulator/index.js';
import { renderSignInPage } from './entry-server.js';

/**
 * Built by `vite build --ssr` into `dist/<mode>/server/server.js`, beside the browser build in
 * `dist/<mode>/client/` (see build.mjs): the page is rendered per request with `renderToString`
 * into the browser build's `index.html`, whose script and stylesheet are files of their own.
 */
const clientDir = fileURLToPath(new URL('../client/', import.meta.url));

const CONTENT_TYPES: Readonly<Record<string, string>> = {
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
};

export interface SsrServer {
  /** e.g. `http://localhost:41234`; the page is at `/`, the local Clerk backend at `/__clerk` and `/__emulator`. */
  origin: string;
  close(): Promise<void>;
}

/** The server-rendered sign-in page with the local Clerk backend on the same origin, every answer under the strict policy. */
export function startSsrServer({ port = 5174, host = 'localhost' }: { port?: number; host?: string } = {}): Promise<SsrServer> {
  const template = readFileSync(`${clientDir}index.html`, 'utf8');
  if (!template.includes('<!--ssr-outlet-->')) throw new Error(`${clientDir}index.html has no <!--ssr-outlet-->: build the page first.`);
  const emulator = createEmulator();

  const serveFile = async (req: IncomingMessage, res: ServerResponse, pathname: string) => {
    let file: string;
    try {
      file = resolve(clientDir, `.${decodeURIComponent(pathname)}`);
    } catch {
      return notFound(res);
    }
    const type = CONTENT_TYPES[extname(file)];
    // Only the browser build's assets, and nothing outside its folder.
    if (!type || !file.startsWith(clientDir.endsWith(sep) ? clientDir : clientDir + sep)) return notFound(res);
    let body: Buffer;
    try {
      body = await readFile(file);
    } catch {
      return notFound(res);
    }
    // Hashed names: a file's content never changes under its name.
    res.writeHead(200, { 'content-type': type, 'cache-control': pathname.startsWith('/assets/') ? 'public, max-age=31536000, immutable' : 'no-cache' });
    res.end(req.method === 'HEAD' ? undefined : body);
  };

  const handle = (req: IncomingMessage, res: ServerResponse) => {
    // Every answer, pages, scripts and the backend's JSON alike, carries the policy.
    res.setHeader('content-security-policy', STRICT_CONTENT_SECURITY_POLICY);
    emulator.middleware(req, res, (error) => {
      if (error) {
        res.statusCode = 500;
        return res.end('server error');
      }
      if (req.method !== 'GET' && req.method !== 'HEAD') {
        res.writeHead(405, { allow: 'GET, HEAD' });
        return res.end();
      }
      const { pathname } = new URL(req.url ?? '/', 'http://localhost');
      if (pathname !== '/') return void serveFile(req, res, pathname).catch(() => notFound(res));
      const html = template.replace('<!--ssr-outlet-->', () => renderSignInPage());
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' });
      res.end(req.method === 'HEAD' ? undefined : html);
    });
  };

  const server = createServer(handle);
  return new Promise((done, fail) => {
    server.once('error', fail);
    server.listen(port, host, () => {
      const { port: actualPort } = server.address() as AddressInfo;
      const close = () =>
        new Promise<void>((closed, failed) => {
          server.close((error) => (error ? failed(error) : closed()));
          // Keep-alive sockets would otherwise hold close() open until they time out.
          server.closeAllConnections();
        });
      done({ origin: `http://${host.includes(':') ? `[${host}]` : host}:${actualPort}`, close });
    });
  });
}

function notFound(res: ServerResponse) {
  if (res.headersSent) return void res.destroy();
  res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' });
  res.end('not found');
}
