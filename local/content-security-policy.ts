/**
 * The policy the built demo and the server-rendered sign-in page are served with: scripts, styles,
 * fonts, images and connections from the page's own origin only, and nothing inline — no inline
 * `<script>`, no `<style>` element, no `style` attribute in server markup. Clerk's Frontend API
 * answers on the same origin (`proxyUrl: '/__clerk'`), so `default-src 'self'` covers it.
 * `worker-src 'self' blob:` is Clerk's own requirement: clerk-js runs its session-token timers in
 * workers made from `blob:` URLs, and refused (silently) clerk-js 5 stops refreshing the session.
 */
export const STRICT_CONTENT_SECURITY_POLICY = "default-src 'self'; style-src 'self'; script-src 'self'; worker-src 'self' blob:";
