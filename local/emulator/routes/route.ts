import type { DomainContext } from '../domain/context.js';
import type { View } from '../resources/view.js';

/** What a route reads of the request; transport/wire.ts parses it. */
export interface RouteRequest {
  /** After `_method` tunnelling. */
  method: string;
  /** Below `/v1`, e.g. `/client/sign_ins/sia_1`. */
  path: string;
  query: URLSearchParams;
  body: Record<string, string>;
}

export interface FapiContext extends DomainContext {
  view: View;
  request: RouteRequest;
  params: Record<string, string>;
  /** `__clerk_api_version` of the call (clerk-js 5.128: 2025-11-10, 6.40: 2026-08-20); answers do not differ yet. */
  apiVersion: string;
}

export interface FapiAnswer {
  status?: number;
  body: unknown;
  headers?: Record<string, string>;
}

export type Handler = (ctx: FapiContext) => FapiAnswer;

export interface Route {
  method: string;
  /** Below `/v1`, with `:name` segments, e.g. `/client/sign_ins/:signInId`. */
  path: string;
  handler: Handler;
}
