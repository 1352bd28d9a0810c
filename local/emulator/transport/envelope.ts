import type { FapiError } from '../domain/errors.js';

/** Clerk's error envelope. The SDK applies `meta.client`, so state changed before the error still shows. */
export function errorBody(error: FapiError, client?: unknown) {
  return { errors: [error.error], meta: client ? { client } : {} };
}
