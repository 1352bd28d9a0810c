import { createContext, useContext, useMemo } from 'react';
import { defaultStrings, mergeStrings, type PartialSignInStrings, type SignInStrings } from './strings.js';

/** The strings of the nearest `<SignInRoot>`; English outside one, so a part works anywhere. */
export const StringsContext = createContext<SignInStrings>(defaultStrings);

/** The strings in force here, with a component's own `strings` prop laid over them. */
export function useStrings(overrides?: PartialSignInStrings): SignInStrings {
  const inherited = useContext(StringsContext);
  return useMemo(() => mergeStrings(overrides, inherited), [overrides, inherited]);
}
