import { createContext, useContext, type ComponentType } from 'react';
import { AppearanceScope, type AppearanceProps } from '../parts/appearance.js';
import type { LocalizationProps } from '../text/localization.js';
import { LocalizationScope } from '../text/StringsContext.js';
import { SignInRoot, useHasSignInRoot } from './SignInRoot.js';

const LoneStepContext = createContext(false);

/**
 * A step shares the controller of the `<SignInRoot>` around it, or, placed alone, makes its own,
 * so a lone step still has one guard, one error state and a working restart.
 */
export function withOwnRoot<P extends AppearanceProps & LocalizationProps>(Step: ComponentType<P>, name: string): ComponentType<P> {
  function Rooted(props: P) {
    // The step's own colour scheme and tokens, over those of the root around it.
    const step = (
      <AppearanceScope colorScheme={props.colorScheme} appearance={props.appearance} header={props.header} footer={props.footer} appName={props.appName}>
        <LocalizationScope localization={props.localization}>
          <Step {...props} />
        </LocalizationScope>
      </AppearanceScope>
    );
    if (useHasSignInRoot()) return step;
    return (
      <SignInRoot>
        <LoneStepContext.Provider value={true}>{step}</LoneStepContext.Provider>
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
