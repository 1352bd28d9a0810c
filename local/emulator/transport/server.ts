import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createEmulator, type Emulator } from '../emulator.js';

export interface EmulatorServer {
  /** e.g. `http://localhost:41234`; the SDK's proxyUrl is `${origin}/__clerk`. */
  origin: string;
  emulator: Emulator;
  close(): Promise<void>;
}

/**
 * A standalone server for tests and the CLI. Prefer `localhost` everywhere: mixing it with
 * 127.0.0.1 splits the cookie jar, and cookie mode then loses its client.
 */
export interface EmulatorServerOptions {
  port?: number;
  host?: string;
  /** Pages on other origins that may call it, e.g. `http://localhost:5173`; see `EmulatorOptions`. */
  allowedOrigins?: readonly string[];
}

export function startEmulatorServer(options: EmulatorServerOptions = {}): Promise<EmulatorServer> {
  const { port = 0, host = 'localhost', allowedOrigins } = options;
  const emulator = createEmulator({ allowedOrigins });
  const server = createServer((req, res) =>
    emulator.middleware(req, res, (error) => {
      res.statusCode = error ? 500 : 404;
      res.end(error ? 'emulator error' : 'not found');
    }),
  );
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      const { port: actualPort } = server.address() as AddressInfo;
      const hostname = host.includes(':') ? `[${host}]` : host;
      const close = () =>
        new Promise<void>((done, fail) => {
          server.close((error) => (error ? fail(error) : done()));
          // Keep-alive sockets would otherwise hold close() open until they time out.
          server.closeAllConnections();
        });
      resolve({ origin: `http://${hostname}:${actualPort}`, emulator, close });
    });
  });
}
