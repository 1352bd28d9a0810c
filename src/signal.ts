/**
 * The shape this library needs from Clerk's custom-flow sign-in signal.
 *
 * Declared structurally instead of importing `@clerk/shared/types`: that package is a transitive
 * dependency of `@clerk/clerk-react`, not something an app is guaranteed to resolve, and both
 * `useSignInSignal()` (clerk-react 5) and `useSignIn()` (`@clerk/react` 6) fit this shape.
 */

/** A call on the sign-in resource answers with the error it met, or `null`. */
export type SignInCallResult = Promise<{ error: unknown }>;

export type SecondFactorStrategy = 'totp' | 'phone_code' | 'backup_code' | 'email_code';

export interface SecondFactorLike {
  strategy: SecondFactorStrategy | (string & {});
  /** Masked phone number or email, for `phone_code` and `email_code`. */
  safeIdentifier?: string;
}

export type SignInStatusLike =
  | 'needs_identifier'
  | 'needs_first_factor'
  | 'needs_second_factor'
  | 'needs_new_password'
  | 'needs_client_trust'
  | 'complete'
  | (string & {});

export interface SessionLike {
  id: string;
}

export interface SignInResourceLike {
  /** Clerk's id for this sign-in attempt; a new password submission starts a new one. */
  readonly id?: string | undefined;
  readonly status: SignInStatusLike | null;
  readonly identifier: string | null;
  readonly createdSessionId: string | null;
  readonly supportedSecondFactors: readonly SecondFactorLike[] | null;
  /** The second-factor verification; each code Clerk sends gets a new expiry. */
  readonly secondFactorVerification?: { readonly expireAt?: Date | number | null } | null;
  password(params: { emailAddress?: string; identifier?: string; password: string }): SignInCallResult;
  mfa: {
    verifyTOTP(params: { code: string }): SignInCallResult;
    verifyBackupCode(params: { code: string }): SignInCallResult;
    sendPhoneCode?(): SignInCallResult;
    verifyPhoneCode?(params: { code: string }): SignInCallResult;
  };
  finalize(params?: {
    navigate?: (args: { session: SessionLike | null | undefined }) => void | Promise<unknown>;
  }): SignInCallResult;
}

/** One error as Clerk parses it: `{ code, message, longMessage, meta }`. */
export interface ClerkErrorLike {
  code: string;
  message?: string;
  longMessage?: string;
  meta?: { paramName?: string } & Record<string, unknown>;
}

export interface SignInErrorsLike {
  fields: {
    identifier?: ClerkErrorLike | null;
    password?: ClerkErrorLike | null;
    code?: ClerkErrorLike | null;
  };
  raw: readonly unknown[] | null;
  global: readonly unknown[] | null;
}

/** What `useSignInSignal()` returns: the seam between Clerk and every component here. */
export interface SignInSignalLike {
  signIn: SignInResourceLike | null;
  errors: SignInErrorsLike;
  fetchStatus: 'idle' | 'fetching';
}
