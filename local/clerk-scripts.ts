import { existsSync, readFileSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import type { Plugin } from 'vite';

const nodeModules = (path: string) => fileURLToPath(new URL(`../node_modules/${path}`, import.meta.url));

/**
 * Where each requested package version is installed. The SDKs ask for a major version (`clerk-js@5`,
 * `clerk-js@6`, `ui@1`), as Clerk's CDN serves the newest of it, and their chunks by exact version.
 * Any @clerk/ui version is answered with the one installed: the newest the registry can install.
 */
function distFolder(name: string, version: string): string | undefined {
  if (name === 'clerk-js') {
    if (/^5(\.|$)/.test(version)) return nodeModules('clerk-js-core-2/dist');
    if (/^6(\.|$)/.test(version)) return nodeModules('@clerk/clerk-js/dist');
    return undefined;
  }
  if (name === 'ui') return nodeModules('@clerk/ui/dist');
  return undefined;
}

const SCRIPT_PATH = /^\/__clerk\/npm\/@clerk\/([a-z-]+)@([^/]+)\/dist\/([\w.-]+\.js)$/;

/**
 * Clerk's browser scripts on the page's own origin, at the paths Clerk's proxy serves them from its
 * CDN (`{proxyUrl}/npm/@clerk/<package>@<version>/dist/<file>`): what an app loads by default, with no
 * internet. Mounted before the emulator, which answers the rest of `/__clerk`.
 */
export function clerkScripts(): Plugin {
  const gzipped = new Map<string, Buffer>();
  const serve = (req: IncomingMessage, res: ServerResponse, next: () => void) => {
    const match = SCRIPT_PATH.exec(new URL(req.url ?? '/', 'http://localhost').pathname);
    const folder = match ? distFolder(match[1]!, match[2]!) : undefined;
    const file = folder && `${folder}/${match![3]}`;
    if (!file || !existsSync(file)) return next();
    // Compressed as Vite's preview server compresses the app's own files (gzip, default level), so a
    // slowed network costs a script from here what it would cost bundled into the app.
    const gzip = /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''));
    if (gzip && !gzipped.has(file)) gzipped.set(file, gzipSync(readFileSync(file)));
    const body = gzip ? gzipped.get(file)! : readFileSync(file);
    res.writeHead(200, {
      'Content-Type': 'text/javascript; charset=utf-8',
      'Content-Length': body.length,
      ...(gzip ? { 'Content-Encoding': 'gzip' } : {}),
      Vary: 'Accept-Encoding',
      // The scripts load with crossorigin="anonymous", as from Clerk's CDN.
      'Access-Control-Allow-Origin': '*',
    });
    res.end(body);
  };
  return {
    name: 'clerk-scripts',
    configureServer: (server) => void server.middlewares.use(serve),
    configurePreviewServer: (server) => void server.middlewares.use(serve),
  };
}
