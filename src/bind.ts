import { withClerkSource } from './clerk/source.js';
import type { SignInSignalLike } from './clerk/types.js';
import { ClientTrustStep } from './steps/ClientTrustStep.js';
import { PasswordStep } from './steps/PasswordStep.js';
import { SecondFactorStep } from './steps/SecondFactorStep.js';
import { SessionTaskStep } from './steps/SessionTaskStep.js';
import { SignInFlow } from './steps/SignInFlow.js';
import { SignInRoot } from './steps/SignInRoot.js';

/**
 * The components bound to one Clerk generation's hook. Each entry binds the same components, so
 * props, strings and events are the same whichever generation an app is on.
 */
export function bindComponents(useClerkSignIn: () => SignInSignalLike) {
  return {
    SignInFlow: withClerkSource(SignInFlow, useClerkSignIn, 'SignInFlow'),
    SignInRoot: withClerkSource(SignInRoot, useClerkSignIn, 'SignInRoot'),
    PasswordStep: withClerkSource(PasswordStep, useClerkSignIn, 'PasswordStep'),
    SecondFactorStep: withClerkSource(SecondFactorStep, useClerkSignIn, 'SecondFactorStep'),
    ClientTrustStep: withClerkSource(ClientTrustStep, useClerkSignIn, 'ClientTrustStep'),
    SessionTaskStep: withClerkSource(SessionTaskStep, useClerkSignIn, 'SessionTaskStep'),
  };
}
