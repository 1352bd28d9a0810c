/**
 * The main entry, on Clerk Core 3 (`@clerk/react` 6, and so `@clerk/nextjs` 7, `@clerk/react-router` 3
 * and `@clerk/tanstack-react-start`). Apps not yet migrated import `clerk-mfa-steps/core-2`.
 */
import { bindComponents } from './bind.js';
import { useCore3SignIn } from './clerk/core3.js';

export const { SignInFlow, SignInRoot, PasswordStep, SecondFactorStep, ClientTrustStep, SessionTaskStep } = bindComponents(useCore3SignIn);
export * from './shared.js';

// Extracted by the library build to `dist/styles.css`; the emitted JavaScript does not import it,
// so apps opt in with `import 'clerk-mfa-steps/styles.css'`.
import './styles.css';
