import type { IncomingMessage, ServerResponse } from 'node:http';
import { setTimeout as sleep } from 'node:timers/promises';
import { errorBody, FapiError, statusError, notFound } from './errors.js';
import { faultError, takeFaults } from './faults.js';
import { corsHeaders, sendJson, sendPreflight } from './http.js';
import { resolveIdentity } from './identity.js';
import { serializeClient } from './resources/client.js';
import { matchRoute, type FapiAnswer, type FapiContext } from './router.js';
import { fapiRoutes } from './routes/index.js';
import type { EmulatorCore } from './state.js';
import { parseRequest } from './wire.js';

/** The SDK is configured with `proxyUrl: '/__clerk'` and calls `{proxyUrl}/v1/...`. */
export const FAPI_MOUNT = '/__clerk';

function answerFor(ctx: FapiContext): FapiAnswer {
  try {
    const match = matchRoute(fapiRoutes, ctx.request.method, ctx.request.path);
    if (!match) throw notFound();
    ctx.params = match.params;
    return match.route.handler(ctx);
  } catch (error) {
    if (!(error instanceof FapiError)) {
      console.error('[clerk emulator] handler failed', error);
      const internal = statusError(500);
      return { status: 500, body: errorBody(internal) };
    }
    const client = ctx.identity.client();
    return { status: error.status, body: errorBody(error, client && serializeClient(ctx.view, client)), headers: error.headers };
  }
}

/** One FAPI request: CORS, request log, injected faults, then the route. */
export async function handleFapi(core: EmulatorCore, req: IncomingMessage, res: ServerResponse): Promise<void> {
  const cors = corsHeaders(req);
  if (req.method === 'OPTIONS') return sendPreflight(req, res);
  const parsed = await parseRequest(req, FAPI_MOUNT);
  if (!parsed.path.startsWith('/v1/')) {
    return sendJson(res, 404, errorBody(notFound()), cors);
  }
  const request = { ...parsed, path: parsed.path.slice('/v1'.length) };
  core.state.requests.push({ method: request.method, path: request.path, at: core.now() });

  const { delayMs, fault } = takeFaults(core.state, request.method, request.path);
  if (delayMs > 0) await sleep(delayMs);
  if (fault?.kind === 'drop') {
    // No answer at all: the SDK sees a network error, as with a dropped connection.
    req.socket.destroy();
    return;
  }
  if (fault) {
    const error = faultError(fault);
    return sendJson(res, error.status, errorBody(error), { ...cors, ...error.headers });
  }

  // Read after any delay: a reset may have swapped the state meanwhile.
  const state = core.state;
  const now = core.now();
  const identity = resolveIdentity(state, request, now);
  const issuer = `http://${req.headers.host ?? 'localhost'}${FAPI_MOUNT}`;
  const view = { state, now, issuer, jwtSecret: core.jwtSecret };
  const answer = answerFor({ core, state, now, view, request, params: {}, identity });
  sendJson(res, answer.status ?? 200, answer.body, { ...cors, ...identity.responseHeaders(), ...answer.headers });
}
