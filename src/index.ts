/**
 * The package's main entry. Components read Clerk's sign-in through the hook of the entry they are
 * imported from; this file binds them. (Core 3 becomes the main entry with `@clerk/react` 6.)
 */
import { useCore2SignIn } from './clerk/core2.js';
import { withClerkSource } from './clerk/source.js';
import { SignInRoot as Root } from './steps/SignInRoot.js';
import { PasswordStep as Password } from './steps/PasswordStep.js';
import { SecondFactorStep as SecondFactor } from './steps/SecondFactorStep.js';
import { SignInFlow as Flow } from './steps/SignInFlow.js';

export const SignInFlow = /* @__PURE__ */ withClerkSource(Flow, useCore2SignIn, 'SignInFlow');
export const SignInRoot = /* @__PURE__ */ withClerkSource(Root, useCore2SignIn, 'SignInRoot');
export const PasswordStep = /* @__PURE__ */ withClerkSource(Password, useCore2SignIn, 'PasswordStep');
export const SecondFactorStep = /* @__PURE__ */ withClerkSource(SecondFactor, useCore2SignIn, 'SecondFactorStep');

export * from './shared.js';

// Extracted by the library build to `dist/styles.css`; the emitted JavaScript does not import it,
// so apps opt in with `import 'clerk-mfa-steps/styles.css'`.
import './styles.css';
