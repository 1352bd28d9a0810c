import { createReadStream, readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createEmulator, type Emulator } from '../../local/emulator/index.js';

const clerkJsDist = fileURLToPath(new URL('../../node_modules/@clerk/clerk-js/dist/', import.meta.url));
const clerkJsVersion: string = JSON.parse(readFileSync(path.join(clerkJsDist, '../package.json'), 'utf8')).version;

/**
 * The browser SDK as a proxied Clerk Frontend API serves it. With a relative `proxyUrl`, the server
 * `<ClerkProvider>` of @clerk/nextjs 7 renders `<script src="/__clerk/npm/@clerk/clerk-js@6/dist/clerk.browser.js">`,
 * and that script loads its chunks from `/__clerk/npm/@clerk/clerk-js@6.40.0/dist/`. Only the major
 * or the exact installed version is answered, so an SDK asking for another version fails loudly.
 */
const CLERK_JS_PATH = /^\/__clerk\/npm\/@clerk\/clerk-js@([^/]+)\/dist\/([\w.-]+\.js)$/;

export interface ClerkOrigin {
  /** e.g. `http://localhost:41234`; Next rewrites `/__clerk/*` here. */
  origin: string;
  emulator: Emulator;
  /** clerk-js files served so far, e.g. `clerk.browser.js`. */
  servedScripts: string[];
  close(): Promise<void>;
}

/** What Clerk's Frontend API domain answers for a proxied app: the FAPI (the emulator) and clerk-js under `/npm/`. */
export function startClerkOrigin(): Promise<ClerkOrigin> {
  const emulator = createEmulator();
  const servedScripts: string[] = [];
  const server = createServer((req, res) => {
    const match = CLERK_JS_PATH.exec(new URL(req.url ?? '/', 'http://localhost').pathname);
    if (match) {
      const [, version, file] = match as unknown as [string, string, string];
      if (version !== clerkJsVersion.split('.')[0] && version !== clerkJsVersion) {
        res.writeHead(404).end(`clerk-js@${version} is not installed (have ${clerkJsVersion})`);
        return;
      }
      // `file` has no slash (see the pattern), so it cannot leave the dist folder.
      const stream = createReadStream(path.join(clerkJsDist, file));
      stream.once('open', () => {
        servedScripts.push(file);
        res.writeHead(200, { 'Content-Type': 'text/javascript; charset=utf-8' });
        stream.pipe(res);
      });
      stream.once('error', () => res.writeHead(404).end('not found'));
      return;
    }
    emulator.middleware(req, res, (error) => {
      res.statusCode = error ? 500 : 404;
      res.end(error ? 'emulator error' : 'not found');
    });
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    // `localhost` everywhere: mixing it with 127.0.0.1 splits the cookie jar.
    server.listen(0, 'localhost', () => {
      const { port } = server.address() as AddressInfo;
      const close = () =>
        new Promise<void>((done, fail) => {
          server.close((error) => (error ? fail(error) : done()));
          server.closeAllConnections();
        });
      resolve({ origin: `http://localhost:${port}`, emulator, servedScripts, close });
    });
  });
}
