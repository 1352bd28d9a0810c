// The server-rendered sign-in page under the strict Content Security Policy, with the local Clerk
// backend on the same origin: builds the page, then serves it.
//   node local/ssr/start.mjs [--core-2] [--port 5174]
// `--mode core-3-react18` (with DEMO_REACT18_MODULES set) is the React 18 variant the tests build.
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { buildSsrPage } from './build.mjs';

const { values } = parseArgs({
  options: { 'core-2': { type: 'boolean' }, mode: { type: 'string' }, port: { type: 'string', default: '5174' } },
});
const mode = values.mode ?? (values['core-2'] ? 'core-2' : 'core-3');
const serverBundle = await buildSsrPage(mode);
const { startSsrServer } = await import(pathToFileURL(serverBundle).href);
const server = await startSsrServer({ port: Number(values.port) });
// Tests read the URL from this line.
console.log(`Server-rendered sign-in page (${mode}): ${server.origin}/`);
console.log(`  Accounts and their current codes (password for all: demo-password-2026): ${server.origin}/__emulator/demo`);
const stop = () => void server.close().finally(() => process.exit(0));
process.once('SIGINT', stop);
process.once('SIGTERM', stop);
