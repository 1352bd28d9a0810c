/**
 * How the demo reaches the local backend. A publishable key is `pk_test_` + base64("<host>$"); the
 * host must contain a dot, and because `proxyUrl` is set the SDK never dials it: every call goes to
 * `/__clerk/v1/...` on this origin, where the emulator answers. A host outside `accounts.dev` makes
 * the SDK identify the browser by the emulator's HttpOnly cookie rather than a dev-browser token.
 */
export const DEMO_PUBLISHABLE_KEY = `pk_test_${btoa('clerk.emulator.test$')}`;
export const DEMO_PROXY_URL = '/__clerk';
