import { createContext, useContext, type ComponentType } from 'react';
import { SignInRoot, useHasSignInRoot } from './SignInRoot.js';

const LoneStepContext = createContext(false);

/**
 * A step shares the controller of the `<SignInRoot>` around it, or, placed alone, makes its own,
 * so a lone step still has one guard, one error state and a working restart.
 */
export function withOwnRoot<P extends object>(Step: ComponentType<P>, name: string): ComponentType<P> {
  function Rooted(props: P) {
    if (useHasSignInRoot()) return <Step {...props} />;
    return (
      <SignInRoot>
        <LoneStepContext.Provider value={true}>
          <Step {...props} />
        </LoneStepContext.Provider>
      </SignInRoot>
    );
  }
  Rooted.displayName = name;
  return Rooted;
}

/** Whether this step made its own root: no other step of the sign-in shares it. */
export function useIsLoneStep(): boolean {
  return useContext(LoneStepContext);
}
