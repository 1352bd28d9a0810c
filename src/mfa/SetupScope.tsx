import type { ReactNode } from 'react';
import { useUserSource } from '../clerk/userSource.js';
import { AppearanceScope, type AppearanceProps } from '../parts/appearance.js';
import type { ClerkLocalization } from '../text/localization.js';
import { LocalizationScope } from '../text/StringsContext.js';

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
