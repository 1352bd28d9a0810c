import type { Headers } from './http.js';
import type { Identity } from './identity.js';
import type { View } from './resources/view.js';
import type { EmulatorCore, EmulatorState } from './state.js';
import type { ParsedRequest } from './wire.js';

export interface FapiContext {
  core: EmulatorCore;
  state: EmulatorState;
  /** One clock reading per request, so every timestamp in an answer agrees. */
  now: number;
  view: View;
  request: ParsedRequest;
  params: Record<string, string>;
  identity: Identity;
}

export interface FapiAnswer {
  status?: number;
  body: unknown;
  headers?: Headers;
}

export type Handler = (ctx: FapiContext) => FapiAnswer;

export interface Route {
  method: string;
  /** Below `/v1`, with `:name` segments, e.g. `/client/sign_ins/:signInId`. */
  path: string;
  handler: Handler;
}

export function matchRoute(routes: readonly Route[], method: string, path: string) {
  const actual = path.split('/');
  for (const route of routes) {
    if (route.method !== method) continue;
    const pattern = route.path.split('/');
    if (pattern.length !== actual.length) continue;
    const params: Record<string, string> = {};
    const matches = pattern.every((segment, index) => {
      if (segment.startsWith(':')) {
        params[segment.slice(1)] = decodeURIComponent(actual[index]!);
        return actual[index] !== '';
      }
      return segment === actual[index];
    });
    if (matches) return { route, params };
  }
  return null;
}
