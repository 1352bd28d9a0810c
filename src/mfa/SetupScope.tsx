import type { ComponentType, ReactNode } from 'react';
import { useUserSource } from '../clerk/userSource.js';
import { AppearanceScope, type AppearanceProps } from '../parts/appearance.js';
import type { HeadingLevel } from '../parts/Heading.js';
import type { ClerkLocalization, LocalizationProps } from '../text/localization.js';
import type { PartialMfaSetupStrings } from '../text/setupStrings.js';
import { LocalizationScope } from '../text/StringsContext.js';

/** What every setup form takes, as the steps share `SignInEventProps`. */
export interface SetupFormProps extends AppearanceProps, LocalizationProps {
  /** Class on the card. */
  className?: string;
  /** Overrides for any of the strings. */
  strings?: PartialMfaSetupStrings;
  /** Level of the card's title. Default `2`. */
  headingLevel?: HeadingLevel;
  /** A call failed: `{ code, message }` with Clerk's error code. A cancelled confirmation is not an error. */
  onError?: (event: { code: string; message: string }) => void;
}

/**
 * What every setup form stands in: its look, then Clerk's localization (ClerkProvider's, then the
 * form's own), as `<SignInRoot>` does for the sign-in steps.
 */
export function SetupScope({ look, localization, children }: { look: AppearanceProps; localization: ClerkLocalization | undefined; children: ReactNode }) {
  const source = useUserSource();
  return (
    <AppearanceScope {...look}>
      <LocalizationScope localization={source.localization}>
        <LocalizationScope localization={localization}>{children}</LocalizationScope>
      </LocalizationScope>
    </AppearanceScope>
  );
}

/** A setup form's card inside its scope: the look and localization props set the scope, the rest reach the card. */
export function withSetupScope<P extends SetupFormProps>(Card: ComponentType<P>, name: string): ComponentType<P> {
  function Scoped(props: P) {
    const { colorScheme, appearance, header, footer, appName, localization } = props;
    return (
      <SetupScope look={{ colorScheme, appearance, header, footer, appName }} localization={localization}>
        <Card {...props} />
      </SetupScope>
    );
  }
  Scoped.displayName = name;
  return Scoped;
}
