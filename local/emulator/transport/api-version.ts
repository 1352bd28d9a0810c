import { apiVersionUnsupported } from '../domain/errors.js';

/**
 * `__clerk_api_version` values the emulator answers: clerk-js 5.128 sends 2025-11-10, clerk-js
 * 6.40 sends 2026-08-20, and earlier 6.x sent 2026-05-12. The calls in scope answer the same in
 * all three. An unknown version is refused so that an SDK upgrade is noticed, not silently served.
 */
export const SUPPORTED_API_VERSIONS: readonly string[] = Object.freeze(['2025-11-10', '2026-05-12', '2026-08-20']);

/** Hand-written calls without the parameter are served as clerk-js 5.128's. */
export const DEFAULT_API_VERSION = '2025-11-10';

export function apiVersionOf(query: URLSearchParams): string {
  const version = query.get('__clerk_api_version');
  if (version === null) return DEFAULT_API_VERSION;
  if (!SUPPORTED_API_VERSIONS.includes(version)) throw apiVersionUnsupported(version, SUPPORTED_API_VERSIONS);
  return version;
}
