import type { Route } from '../routes/route.js';

/** The first route whose method and `:param` pattern fit the path below `/v1`. */
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
