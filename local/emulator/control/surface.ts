import type { IncomingMessage, ServerResponse } from 'node:http';
import type { EmulatorCore } from '../domain/state.js';
import { corsHeaders, sendPreflight, type CorsPolicy } from '../transport/cors.js';
import { parseFault } from '../transport/faults.js';
import { sendJson } from '../transport/http.js';
import { readBody } from '../transport/wire.js';
import { demoUsers } from './demo.js';
import { updateReverification } from './reverification.js';
import { addUser, ControlInputError, describeUser } from './users.js';

/** Test and demo controls live beside FAPI, under their own prefix. */
export const CONTROL_MOUNT = '/__emulator';

type ControlHandler = (core: EmulatorCore, body: unknown, reset: () => void) => { status?: number; body: unknown };

const handlers: Record<string, ControlHandler> = {
  'POST /reset': (_core, _body, reset) => {
    reset();
    return { body: { ok: true } };
  },
  'POST /users': (core, body) => ({ status: 201, body: describeUser(addUser(core.state, body, core.now()), core.now()) }),
  'GET /faults': (core) => ({ body: core.state.faults }),
  'POST /faults': (core, body) => {
    try {
      const fault = parseFault(body);
      core.state.faults.push(fault);
      return { status: 201, body: fault };
    } catch (error) {
      throw new ControlInputError(400, (error as Error).message);
    }
  },
  'DELETE /faults': (core) => {
    core.state.faults = [];
    return { body: { ok: true } };
  },
  'GET /requests': (core) => ({ body: core.state.requests }),
  'DELETE /requests': (core) => {
    core.state.requests = [];
    return { body: { ok: true } };
  },
  'GET /demo': (core) => ({ body: demoUsers(core.state, core.now()) }),
  'GET /reverification': (core) => ({ body: { afterMinutes: core.state.settings.reverificationAfterMinutes } }),
  'POST /reverification': (core, body) => ({ body: updateReverification(core, body) }),
};

export async function handleControl(core: EmulatorCore, policy: CorsPolicy, reset: () => void, req: IncomingMessage, res: ServerResponse): Promise<void> {
  const cors = corsHeaders(policy, req);
  if (req.method === 'OPTIONS') return sendPreflight(policy, req, res);
  const path = new URL(req.url ?? '/', 'http://emulator.invalid').pathname.slice(CONTROL_MOUNT.length).replace(/\/$/, '');
  const handler = handlers[`${req.method} ${path}`];
  if (!handler) return sendJson(res, 404, { error: `no control endpoint ${req.method} ${CONTROL_MOUNT}${path}` }, cors);
  try {
    const text = req.method === 'GET' ? '' : await readBody(req);
    const answer = handler(core, text ? JSON.parse(text) : undefined, reset);
    sendJson(res, answer.status ?? 200, answer.body, cors);
  } catch (error) {
    if (error instanceof SyntaxError) return sendJson(res, 400, { error: `body is not JSON: ${error.message}` }, cors);
    if (error instanceof ControlInputError) return sendJson(res, error.status, { error: error.message }, cors);
    throw error;
  }
}
