// Builds the server-rendered sign-in page for one mode: the browser build, then the server bundle.
//   node local/ssr/build.mjs [mode]      mode: core-3 (default), core-2, core-3-react18
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'vite';

const here = (path) => fileURLToPath(new URL(path, import.meta.url));
const configFile = here('./vite.config.ts');

/** @param {string} mode @returns {Promise<string>} the server bundle's path */
export async function buildSsrPage(mode = 'core-3') {
  await build({ configFile, mode, logLevel: 'warn' });
  await build({ configFile, mode, logLevel: 'warn', build: { ssr: here('./server.ts') } });
  return here(`./dist/${mode}/server/server.js`);
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) await buildSsrPage(process.argv[2]);
