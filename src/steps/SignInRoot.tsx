'use client';
import { createContext, useContext, type ReactNode } from 'react';
import { useSignInSource } from '../clerk/source.js';
import type { PartialSignInStrings } from '../text/strings.js';
import type { LocalizationProps } from '../text/localization.js';
import { LocalizationScope, StringsContext, useTextLayers } from '../text/StringsContext.js';
import { useSignInController, type SignInFlowController } from '../flow/controller.js';
import { AppearanceScope, type AppearanceProps } from '../parts/appearance.js';

const ControllerContext = createContext<SignInFlowController | null>(null);

export interface SignInRootProps extends AppearanceProps, LocalizationProps {
  /** Overrides for any of the English strings, for every step inside. */
  strings?: PartialSignInStrings;
  /**
   * Milliseconds a request to Clerk may take before the form stops waiting, comes back usable with
   * what was typed, and says the connection is slow. Default `30000`.
   */
  requestTimeoutMs?: number;
  children?: ReactNode;
}

/**
 * One sign-in: owns the controller every step inside shares (the in-flight guard, the errors, the
 * completion, a restart) and the strings they speak. `<SignInFlow>` renders one; a step outside any
 * root makes its own. Wrap steps placed in an app's own layout in one, so they act as one sign-in.
 */
export function SignInRoot({ strings, requestTimeoutMs, localization, children, ...look }: SignInRootProps) {
  const source = useSignInSource();
  const controller = useSignInController(source, { requestTimeoutMs });
  // English, then the app's Clerk localization, then this root's own, then its `strings`.
  return (
    <ControllerContext.Provider value={controller}>
      <LocalizationScope localization={source.localization}>
        <LocalizationScope localization={localization}>
          <RootStrings strings={strings}>
            <AppearanceScope {...look}>{children}</AppearanceScope>
          </RootStrings>
        </LocalizationScope>
      </LocalizationScope>
    </ControllerContext.Provider>
  );
}

function RootStrings({ strings, children }: { strings: PartialSignInStrings | undefined; children: ReactNode }) {
  return <StringsContext.Provider value={useTextLayers(strings)}>{children}</StringsContext.Provider>;
}

/** The controller of the nearest `<SignInRoot>`. */
export function useSignInFlow(): SignInFlowController {
  const controller = useContext(ControllerContext);
  if (!controller) throw new Error('`useSignInFlow` must be used within `<SignInRoot>` (or `<SignInFlow>`).');
  return controller;
}

/** Whether a root encloses this component; a step without one renders its own. */
export function useHasSignInRoot(): boolean {
  return useContext(ControllerContext) !== null;
}
