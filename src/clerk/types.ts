/**
 * The shape this library needs from Clerk's custom-flow sign-in signal.
 *
 * Declared structurally instead of importing `@clerk/shared/types`: that package is a transitive
 * dependency of the Clerk SDK, not something an app is guaranteed to resolve, and both Core 3's
 * `useSignIn()` (`@clerk/react` 6) and Core 2's `useSignInSignal()` (`@clerk/clerk-react` 5.61)
 * fit this shape.
 */

/** A call on the sign-in resource answers with the error it met, or `null`. */
export type SignInCallResult = Promise<{ error: unknown }>;

export type SecondFactorStrategy = 'totp' | 'phone_code' | 'backup_code' | 'email_code';

export interface SecondFactorLike {
  strategy: SecondFactorStrategy | (string & {});
  /** Masked phone number or email, for `phone_code` and `email_code`. */
  safeIdentifier?: string;
  /** Which email a code goes to (`email_code`). */
  emailAddressId?: string;
  /** Which phone a code goes to (`phone_code`). */
  phoneNumberId?: string;
}

export interface FirstFactorLike {
  strategy: string;
  /** Masked email or phone number, for code factors. */
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

/** A session task Clerk asks for before the session becomes active. */
export interface SessionTaskLike {
  key: 'reset-password' | 'setup-mfa' | 'choose-organization' | (string & {});
}

export interface SessionLike {
  id: string;
  /** `pending` while a session task is open. */
  status?: string;
  /** The first open task of a pending session. */
  currentTask?: SessionTaskLike | null;
}

/** What Clerk hands to `finalize`'s `navigate`. `decorateUrl` exists on Core 3 only. */
export interface FinalizeNavigateArgs {
  session: SessionLike | null | undefined;
  decorateUrl?: (url: string) => string;
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
  /** The first-factor verification: a password-reset code is one, and each sent gets a new expiry. */
  readonly firstFactorVerification?: { readonly expireAt?: Date | number | null } | null;
  /** First factors the sign-in accepts once started with an identifier (`reset_password_email_code`, …). */
  readonly supportedFirstFactors?: readonly FirstFactorLike[] | null;
  /** Starts a sign-in for an identifier alone (a password reset starts this way). */
  create?(params: { identifier: string }): SignInCallResult;
  /** Forgot password: a code to the account's email, then a new password. */
  resetPasswordEmailCode?: {
    sendCode(): SignInCallResult;
    verifyCode(params: { code: string }): SignInCallResult;
    submitPassword(params: { password: string; signOutOfOtherSessions?: boolean }): SignInCallResult;
  };
  password(params: { emailAddress?: string; identifier?: string; password: string }): SignInCallResult;
  mfa: {
    verifyTOTP(params: { code: string }): SignInCallResult;
    verifyBackupCode(params: { code: string }): SignInCallResult;
    sendPhoneCode?(): SignInCallResult;
    verifyPhoneCode?(params: { code: string }): SignInCallResult;
    /** Core 3: the email-code second factor, and the code that proves a new device (Client Trust). */
    sendEmailCode?(): SignInCallResult;
    verifyEmailCode?(params: { code: string }): SignInCallResult;
  };
  finalize(params?: { navigate?: (args: FinalizeNavigateArgs) => void | Promise<unknown> }): SignInCallResult;
  /** Core 3: back to `needs_identifier`, locally. */
  reset?(): unknown;
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

/** Clerk's password rules for the instance (`user_settings.password_settings`), as far as the SDK exposes them. */
export interface PasswordRules {
  minLength?: number;
  maxLength?: number;
  requireNumbers?: boolean;
  requireUppercase?: boolean;
  requireLowercase?: boolean;
  requireSpecialChar?: boolean;
}

/**
 * What resolving a session task needs beyond the sign-in resource: the pending session's user and
 * Clerk's `setActive`. Each call answers `{ error }` like the sign-in resource's.
 */
export interface SessionTaskActionsLike {
  /** A new password for the pending session's user: the `reset-password` task. */
  updatePassword(params: { newPassword: string; signOutOfOtherSessions: boolean }): SignInCallResult;
  /** Makes the session active once its task is done; `navigate` as in `finalize`. */
  activate(navigate: (args: FinalizeNavigateArgs) => void | Promise<unknown>): SignInCallResult;
  /** The instance's password rules, or `null` when the SDK does not say. */
  passwordRules(): PasswordRules | null;
  /** The pending session's user, for the `setup-mfa` task's enrolment; `null` when there is none. */
  pendingUser?(): UserLike | null;
  /** The second factors the instance lets people set up, from its settings; `null` when the SDK does not say. */
  secondFactorMethods?(): readonly SetupMethod[] | null;
}

/** What Clerk's custom-flow hook returns, plus the session-task actions: the seam between Clerk and every component here. */
export interface SignInSignalLike {
  signIn: SignInResourceLike | null;
  errors: SignInErrorsLike;
  fetchStatus: 'idle' | 'fetching';
  /** Session-task actions; without them a pending session's task is left to the app. */
  tasks?: SessionTaskActionsLike;
  /**
   * The Clerk instance behind the signal. Every flow on one instance shares its one sign-in, so they
   * share one request in flight and one session start; without it each flow guards only itself.
   */
  clerk?: object;
  /** The `localization` the app gave `<ClerkProvider>`, where Clerk exposes it. */
  localization?: object;
}

/** Clerk's TOTP resource as `user.createTOTP()` and `user.verifyTOTP()` answer it. */
export interface TotpLike {
  /** The shared secret, base32; Clerk gives it only while the authenticator is unverified. */
  secret?: string | null;
  /** `otpauth://totp/…`, for an authenticator app on the same device and the QR code. */
  uri?: string | null;
  verified?: boolean;
  /** Given once, by the verification that turned on the first second factor. */
  backupCodes?: readonly string[] | null;
}

/** One of the user's phone numbers, as Clerk's `PhoneNumber` resource has it. */
export interface PhoneNumberLike {
  id: string;
  phoneNumber: string;
  verification?: { status?: string | null } | null;
  reservedForSecondFactor: boolean;
  defaultSecondFactor: boolean;
  /** Given once, by the reservation that turned on the first second factor. */
  backupCodes?: readonly string[] | null;
  /** Texts the number a code (`phone_code`). */
  prepareVerification(): Promise<PhoneNumberLike>;
  attemptVerification(params: { code: string }): Promise<PhoneNumberLike>;
  setReservedForSecondFactor(params: { reserved: boolean }): Promise<PhoneNumberLike>;
  makeDefaultSecondFactor(): Promise<unknown>;
}

/** The part of Clerk's user resource the MFA forms use; the same in both generations. Its calls throw on failure. */
export interface UserLike {
  id: string;
  primaryEmailAddress?: { emailAddress: string } | null;
  totpEnabled: boolean;
  backupCodeEnabled: boolean;
  twoFactorEnabled: boolean;
  phoneNumbers?: readonly PhoneNumberLike[];
  createTOTP(): Promise<TotpLike>;
  verifyTOTP(params: { code: string }): Promise<TotpLike>;
  disableTOTP(): Promise<unknown>;
  createBackupCode(): Promise<{ codes: readonly string[] }>;
  /** `phoneNumber` in E.164. */
  createPhoneNumber(params: { phoneNumber: string }): Promise<PhoneNumberLike>;
}

/** A second factor a person can set up here. */
export type SetupMethod = 'totp' | 'phone_code';

export type ReverificationLevel = 'first_factor' | 'second_factor' | 'multi_factor';

/** Clerk's `SessionVerification`: where a reverification stands and what it accepts. */
export interface SessionVerificationLike {
  status: 'needs_first_factor' | 'needs_second_factor' | 'complete' | string;
  level?: ReverificationLevel | string | null;
  supportedFirstFactors?: readonly { strategy: string }[] | null;
  supportedSecondFactors?: readonly { strategy: string; phoneNumberId?: string; safeIdentifier?: string }[] | null;
}

/** The part of Clerk's session resource reverification uses; the same in both generations. Its calls throw. */
export interface VerifiableSessionLike {
  id: string;
  startVerification(params: { level: ReverificationLevel }): Promise<SessionVerificationLike>;
  attemptFirstFactorVerification(params: { strategy: 'password'; password: string }): Promise<SessionVerificationLike>;
  attemptSecondFactorVerification(params: { strategy: 'totp' | 'backup_code' | 'phone_code'; code: string }): Promise<SessionVerificationLike>;
}

/** What Clerk hands the app when a call needs reverification (`useReverification`'s `onNeedsReverification`). */
export interface ReverificationRequest {
  /** The level Clerk asked for, when it said. */
  level?: ReverificationLevel;
  /** The session is verified again: the call is retried once. */
  complete(): void;
  /** The person gave up: the call fails with `reverification_cancelled`. */
  cancel(): void;
}

/** Runs a sensitive call; when Clerk asks to reverify, `onNeeds` shows the form, then the call is retried once. */
export type Reverify = <T>(action: () => Promise<T>, onNeeds: (request: ReverificationRequest) => void) => Promise<T>;

/** The signed-in user, as the MFA forms read it: Clerk's `useUser()` with the app's localization. */
export interface UserSourceLike {
  isLoaded: boolean;
  user: UserLike | null | undefined;
  /** The `localization` the app gave `<ClerkProvider>`, where Clerk exposes it. */
  localization?: object;
  /** The signed-in session, for reverification. */
  session?: VerifiableSessionLike | null;
  /** Clerk's `useReverification`, where the entry binds it; else the forms catch Clerk's answer themselves. */
  reverify?: Reverify;
  /** After a reverification: makes the session current again, as Clerk's own form does, so its token carries the new verification. */
  touch?: () => Promise<unknown>;
}
