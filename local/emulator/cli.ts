/**
 * `tsx local/emulator/cli.ts [--port N] [--host H] [--allow-origin http://localhost:5173 ...]`:
 * a standalone emulator, for manual runs. Pages on other origins must be allowed by name.
 */
import { parseArgs } from 'node:util';
import { startEmulatorServer } from './transport/server.js';

const { values } = parseArgs({
  options: {
    port: { type: 'string', default: '0' },
    host: { type: 'string', default: 'localhost' },
    'allow-origin': { type: 'string', multiple: true, default: [] },
  },
});
const port = Number(values.port);
if (!Number.isInteger(port) || port < 0 || port > 65535) {
  console.error(`--port must be a port number, got ${values.port}`);
  process.exit(1);
}

const server = await startEmulatorServer({ port, host: values.host, allowedOrigins: values['allow-origin'] });
console.log(server.origin);
console.error(`Clerk FAPI emulator: proxyUrl ${server.origin}/__clerk, controls under ${server.origin}/__emulator/`);

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    void server.close().then(() => process.exit(0));
  });
}
