import type { Decorator, Loader } from '@storybook/react-vite';
import { useMemo, useSyncExternalStore, type ReactNode } from 'react';
import { createSignInDouble, type SignInDouble } from '../test/doubles/signInDouble.js';
import { SignInDoubleProvider } from '../test/doubles/SignInDoubleProvider.js';
import { createUserDouble, type UserDoubleOptions } from '../test/doubles/userDouble.js';
import { UserSourceProvider } from '../src/clerk/userSource.js';
import { localeOf } from './locales.js';

type Fault = Parameters<SignInDouble['failNext']>[0];

/**
 * `parameters.signIn`: how a story's simulated Clerk sign-in starts. Every story gets a fresh
 * double, so no state, held call or used backup code leaks from one story into the next.
 */
export interface SignInStoryParameters {
  /** Start mid-flow instead of at the password step. `email` picks a seeded account (default mfa@example.com). */
  startAt?: { status: Parameters<SignInDouble['startAt']>[0]; email?: string };
  /** The next call of this method fails this way (for example a finalize that loses its connection). */
  failCall?: { method: string; fault: Fault };
  /** The first call fails this way instead of reaching the simulated backend. */
  fail?: Fault;
  /** With `fail: 'rate_limit'`: the Retry-After in seconds. Long waits read in whole minutes, so screenshots stay stable. */
  retryAfter?: number;
  /** Keep every call in flight for good: the form stays in its submitting state (no timer involved). */
  hold?: boolean;
  /**
   * A call made before the story renders, whose answer (or, with `hold`, whose wait) is the state the
   * story shows. Play functions run only in the canvas; a state built here shows on the docs page too.
   */
  before?: { password?: { emailAddress: string; password: string }; code?: { kind: keyof typeof VERIFY; code: string }; reset?: { identifier: string } };
}

const VERIFY = { totp: 'verifyTOTP', phone_code: 'verifyPhoneCode', email_code: 'verifyEmailCode', backup_code: 'verifyBackupCode' } as const;

/** Builds the story's double before it renders; `play` finds it as `context.loaded.signIn` to inspect `calls`. */
export const signInLoader: Loader = async ({ parameters, globals }) => {
  const config = (parameters.signIn ?? {}) as SignInStoryParameters;
  // The toolbar's language reaches the components as ClerkProvider's `localization` does.
  const double = createSignInDouble({ localization: localeOf(globals.locale).localization });
  // The visual tests switch the language of the story on screen through it (test/storybook/setup.ts).
  (globalThis as { storySignIn?: SignInDouble }).storySignIn = double;
  if (config.startAt) double.startAt(config.startAt.status, config.startAt.email);
  if (config.fail) double.failNext(config.fail, { retryAfter: config.retryAfter });
  if (config.failCall) double.failNextCallOf(config.failCall.method, config.failCall.fault);
  if (config.hold) double.hold();
  const signIn = double.getSnapshot().signIn!;
  const { password, code, reset } = config.before ?? {};
  const made = password ? signIn.password(password) : code ? signIn.mfa[VERIFY[code.kind]]!({ code: code.code }) : reset ? signIn.create!(reset) : null;
  // A held call never answers: the story renders while it waits.
  if (made && !config.hold) await made;
  // The signed-in user the MFA forms read (`parameters.user`), in the toolbar's language too.
  const user = createUserDouble({ ...((parameters.user ?? {}) as UserDoubleOptions), localization: localeOf(globals.locale).localization });
  (globalThis as { storyUser?: ReturnType<typeof createUserDouble> }).storyUser = user;
  return { signIn: double, user };
};

/**
 * The user double's source, in the language the simulated Clerk has now. One `<ClerkProvider
 * localization>` serves the sign-in steps and the MFA forms alike: when the sign-in double's changes
 * (`setLocalization`, as the visual tests switch a story's language in place), the MFA forms get it
 * too, in a new source value so they re-render, their state kept (same user, same session).
 */
function UserDoubleSource({ double, user, children }: { double: SignInDouble; user: ReturnType<typeof createUserDouble>; children: ReactNode }) {
  const { localization } = useSyncExternalStore(double.subscribe, double.getSnapshot, double.getSnapshot);
  const source = useMemo(() => (localization === user.source.localization ? user.source : { ...user.source, localization }), [user, localization]);
  return <UserSourceProvider value={source}>{children}</UserSourceProvider>;
}

/** Feeds the story's double to the components through the same seam the unit tests use. */
export const withSignInDouble: Decorator = (Story, { loaded }) => {
  const { signIn: double, user } = loaded as { signIn?: SignInDouble; user?: ReturnType<typeof createUserDouble> };
  if (!double || !user) throw new Error('withSignInDouble needs signInLoader to run first.');
  return (
    <SignInDoubleProvider double={double}>
      <UserDoubleSource double={double} user={user}>
        <Story />
      </UserDoubleSource>
    </SignInDoubleProvider>
  );
};
