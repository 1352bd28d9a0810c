// <SignInFlow> on Core 3 with clerk-js 6's browser script, as core-3-flow-script, plus a preload link
// in the page (index.html) so the script downloads while the app's own bundle does.
import { renderCore3Flow } from '../core-3-flow-app.js';

renderCore3Flow({});
