import { randomBytes } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { CONTROL_MOUNT, handleControl } from './control/surface.js';
import { seededState } from './domain/seed.js';
import { findUserByEmail, type EmulatorCore } from './domain/state.js';
import { totpCodeAt } from './domain/totp.js';
import { corsPolicy } from './transport/cors.js';
import { FAPI_MOUNT, handleFapi } from './transport/fapi.js';

export interface Emulator {
  /**
   * connect-style middleware: handles URLs starting with `/__clerk/` (FAPI, i.e. `/__clerk/v1/...`)
   * and `/__emulator/` (control surface); calls next() for anything else. Usable directly as a
   * Vite dev-server middleware (`server.middlewares.use(emulator.middleware)`). Mount it without a
   * path: connect strips a mount path from `req.url`, and the emulator routes on the full URL.
   */
  middleware: (req: IncomingMessage, res: ServerResponse, next: (err?: unknown) => void) => void;
  /** Back to the seed: users, clients (and so Client Trust), sessions, faults and the request log. */
  reset(): void;
  /** TOTP code valid now for a seeded/added user (by email), for tests and the demo panel; also for an authenticator still being set up. */
  currentTotp(email: string): string;
}

export interface EmulatorOptions {
  /** Clock in epoch milliseconds; tests pass their own to step through TOTP periods and lockouts. */
  now?: () => number;
  /**
   * Origins of pages that call the emulator cross-origin (`proxyUrl` pointing at another port),
   * e.g. `['http://localhost:5173']`. Default none: same-origin use needs no CORS, and any other
   * origin gets answers without CORS headers, which the browser withholds from the page.
   */
  allowedOrigins?: readonly string[];
}

export function createEmulator(options: EmulatorOptions = {}): Emulator {
  const now = options.now ?? Date.now;
  const cors = corsPolicy(options.allowedOrigins);
  const core: EmulatorCore = { state: seededState(now()), now, jwtSecret: randomBytes(32) };
  const reset = () => {
    core.state = seededState(now());
  };

  const middleware: Emulator['middleware'] = (req, res, next) => {
    const url = req.url ?? '';
    const handled = url.startsWith(`${FAPI_MOUNT}/`)
      ? handleFapi(core, cors, req, res)
      : url.startsWith(`${CONTROL_MOUNT}/`)
        ? handleControl(core, cors, reset, req, res)
        : null;
    if (!handled) return next();
    handled.catch((error: unknown) => {
      if (res.headersSent) res.destroy(error as Error);
      else next(error);
    });
  };

  const currentTotp = (email: string): string => {
    const user = findUserByEmail(core.state, email);
    if (!user) throw new Error(`no user ${email} in the emulator`);
    if (!user.totp) throw new Error(`${email} has no authenticator app`);
    return totpCodeAt(user.totp.secret, now());
  };

  return { middleware, reset, currentTotp };
}
