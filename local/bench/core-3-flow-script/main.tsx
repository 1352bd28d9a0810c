// <SignInFlow> on Core 3 loaded as the README shows: no Clerk prop, so ClerkProvider loads clerk-js 6's
// browser script (from Clerk's CDN, or as here through the relative proxy URL from the app's origin).
import { renderCore3Flow } from '../core-3-flow-app.js';

renderCore3Flow({});
