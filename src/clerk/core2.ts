import { useClerk, useReverification, useSession, useUser } from '@clerk/clerk-react';
import { useSignInSignal } from '@clerk/clerk-react/experimental';
import { useMemo, useRef } from 'react';
import { answer, localizationOf, sessionTaskActions, type ClerkLike } from './taskActions.js';
import type { FirstFactorLike, SecondFactorLike, SignInResourceLike, SignInSignalLike, UserSourceLike } from './types.js';
import { useUserAdapter } from './userAdapter.js';

/** The legacy sign-in resource (`clerk.client.signIn`): the same fields, and second-factor calls for any strategy. */
interface LegacySignIn {
  id?: string;
  status: string | null;
  identifier: string | null;
  createdSessionId: string | null;
  supportedSecondFactors: SecondFactorLike[] | null;
  secondFactorVerification?: { expireAt?: Date | number | null } | null;
  supportedFirstFactors?: FirstFactorLike[] | null;
  firstFactorVerification?: { expireAt?: Date | number | null } | null;
  prepareSecondFactor(params: { strategy: 'email_code'; emailAddressId?: string }): Promise<unknown>;
  attemptSecondFactor(params: { strategy: 'email_code'; code: string }): Promise<unknown>;
}

type Core2Clerk = ClerkLike & { client?: { signIn?: LegacySignIn } | null; __unstable__environment?: unknown };

/**
 * clerk-js 5's custom-flow resource has no email-code calls (Client Trust needs them), and its
 * legacy twin has: they share the client's sign-in, so the signal follows either's answers. But each
 * answer gives the client a new sign-in object, so this view reads the sign-in's fields from the
 * client at the moment they are read, and sends each call through the latest custom-flow resource.
 */
function core2SignIn(latest: { current: SignInResourceLike }, clerk: Core2Clerk): SignInResourceLike {
  const fields = (): Pick<LegacySignIn, 'id' | 'status' | 'identifier' | 'createdSessionId' | 'supportedSecondFactors' | 'secondFactorVerification' | 'supportedFirstFactors' | 'firstFactorVerification'> =>
    clerk.client?.signIn ?? (latest.current as unknown as LegacySignIn);
  const legacy = () => {
    const signIn = clerk.client?.signIn;
    if (!signIn) throw new Error('The Clerk client is not loaded yet.');
    return signIn;
  };
  const emailAddressId = () => fields().supportedSecondFactors?.find((factor) => factor.strategy === 'email_code')?.emailAddressId;
  return {
    get id() { return fields().id; },
    get status() { return fields().status; },
    get identifier() { return fields().identifier; },
    get createdSessionId() { return fields().createdSessionId; },
    get supportedSecondFactors() { return fields().supportedSecondFactors; },
    get secondFactorVerification() { return fields().secondFactorVerification; },
    get supportedFirstFactors() { return fields().supportedFirstFactors; },
    get firstFactorVerification() { return fields().firstFactorVerification; },
    password: (params) => latest.current.password(params),
    create: (params) => latest.current.create!(params),
    resetPasswordEmailCode: {
      sendCode: () => latest.current.resetPasswordEmailCode!.sendCode(),
      verifyCode: (params) => latest.current.resetPasswordEmailCode!.verifyCode(params),
      submitPassword: (params) => latest.current.resetPasswordEmailCode!.submitPassword(params),
    },
    finalize: (params) => latest.current.finalize(params),
    mfa: {
      verifyTOTP: (params) => latest.current.mfa.verifyTOTP(params),
      verifyBackupCode: (params) => latest.current.mfa.verifyBackupCode(params),
      sendPhoneCode: () => latest.current.mfa.sendPhoneCode!(),
      verifyPhoneCode: (params) => latest.current.mfa.verifyPhoneCode!(params),
      sendEmailCode: () => answer(() => legacy().prepareSecondFactor({ strategy: 'email_code', emailAddressId: emailAddressId() })),
      verifyEmailCode: ({ code }) => answer(() => legacy().attemptSecondFactor({ strategy: 'email_code', code })),
    },
  };
}

/**
 * Core 2 (`@clerk/clerk-react` 5.61+): the custom-flow signal is `useSignInSignal()`, with the
 * email-code calls of the legacy resource beside it. The only module of the `clerk-mfa-steps/core-2`
 * entry that imports Clerk.
 */
export function useCore2SignIn(): SignInSignalLike {
  const signal = useSignInSignal() as unknown as SignInSignalLike;
  const clerk = useClerk() as unknown as Core2Clerk;
  const latest = useRef(signal.signIn!);
  if (signal.signIn) latest.current = signal.signIn;
  const signIn = useMemo(() => core2SignIn(latest, clerk), [clerk]);
  const tasks = useMemo(() => sessionTaskActions(clerk, () => clerk.__unstable__environment), [clerk]);
  // A new object per answer, so React sees each change; the resource view itself stays the same.
  return useMemo(
    () => ({ signIn: signal.signIn ? signIn : null, errors: signal.errors, fetchStatus: signal.fetchStatus, tasks, clerk, localization: localizationOf(clerk) }),
    [signal, signIn, tasks, clerk],
  );
}

/** Core 2's signed-in user for the MFA forms. */
export const useCore2User = (): UserSourceLike => useUserAdapter({ useUser, useSession, useClerk, useReverification });
