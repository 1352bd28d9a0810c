import type { IncomingMessage, ServerResponse } from 'node:http';
import { setTimeout as sleep } from 'node:timers/promises';
import { FapiError, notFound, statusError } from '../domain/errors.js';
import type { EmulatorCore } from '../domain/state.js';
import { serializeClient } from '../resources/client.js';
import { fapiRoutes, type FapiAnswer, type FapiContext } from '../routes/index.js';
import { apiVersionOf } from './api-version.js';
import { corsHeaders, sendPreflight, type CorsPolicy } from './cors.js';
import { errorBody } from './envelope.js';
import { answerWithOtherSignIn, faultError, MALFORMED_BODY, takeFaults } from './faults.js';
import { sendJson, sendRaw } from './http.js';
import { resolveIdentity } from './identity.js';
import { matchRoute } from './router.js';
import { parseRequest, type ParsedRequest } from './wire.js';

/** The SDK is configured with `proxyUrl: '/__clerk'` and calls `{proxyUrl}/v1/...`. */
export const FAPI_MOUNT = '/__clerk';

type Unrouted = Omit<FapiContext, 'apiVersion' | 'params'>;

function answerFor(base: Unrouted): FapiAnswer {
  try {
    const ctx: FapiContext = { ...base, apiVersion: apiVersionOf(base.request.query), params: {} };
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
    const client = base.identity.client();
    return { status: error.status, body: errorBody(error, client && serializeClient(base.view, client)), headers: error.headers };
  }
}

/** One FAPI request: CORS, request log, injected faults, then the route. */
export async function handleFapi(core: EmulatorCore, policy: CorsPolicy, req: IncomingMessage, res: ServerResponse): Promise<void> {
  const cors = corsHeaders(policy, req);
  if (req.method === 'OPTIONS') return sendPreflight(policy, req, res);
  const parsed = await parseRequest(req, FAPI_MOUNT);
  if (!parsed.path.startsWith('/v1/')) {
    return sendJson(res, 404, errorBody(notFound()), cors);
  }
  // clerk-js sends some paths with a trailing slash (`/me/backup_codes/`, `/me/phone_numbers/`),
  // which FAPI treats as the same path.
  const request: ParsedRequest = { ...parsed, path: parsed.path.slice('/v1'.length).replace(/(.)\/$/, '$1') };
  core.state.requests.push({ method: request.method, path: request.path, apiVersion: request.query.get('__clerk_api_version'), at: core.now() });

  const { delayMs, fault } = takeFaults(core.state, request.method, request.path);
  if (delayMs > 0) await sleep(delayMs);
  if (fault?.kind === 'drop') {
    // No answer at all: the SDK sees a network error, as with a dropped connection.
    req.socket.destroy();
    return;
  }
  if (fault?.kind === 'malformed') return sendRaw(res, fault.status, MALFORMED_BODY, cors);
  if (fault && fault.kind !== 'other_sign_in') {
    const error = faultError(fault);
    return sendJson(res, error.status, errorBody(error), { ...cors, ...error.headers });
  }

  // Read after any delay: a reset may have swapped the state meanwhile.
  const state = core.state;
  const now = core.now();
  const identity = resolveIdentity(state, request, now);
  const issuer = `http://${req.headers.host ?? 'localhost'}${FAPI_MOUNT}`;
  const view = { state, now, issuer, jwtSecret: core.jwtSecret };
  const base = { state, now, view, request, identity };
  const answer = fault ? answerWithOtherSignIn(base, request.path, () => answerFor(base)) : answerFor(base);
  sendJson(res, answer.status ?? 200, answer.body, { ...cors, ...identity.responseHeaders(), ...answer.headers });
}
