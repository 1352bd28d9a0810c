/** The entry for Clerk Core 2 (`@clerk/clerk-react` 5.61+): the same components, props, strings and events as the main entry. */
import { bindComponents } from './bind.js';
import { useCore2SignIn } from './clerk/core2.js';

export const { SignInFlow, SignInRoot, PasswordStep, SecondFactorStep, ClientTrustStep, SessionTaskStep } = bindComponents(useCore2SignIn);
export * from './shared.js';
