import { screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { render } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { UserSourceProvider } from '../../src/clerk/userSource.js';
import { MfaSettings } from '../../src/mfa/MfaSettings.js';
import { SmsMfaSetup } from '../../src/mfa/SmsMfaSetup.js';
import { TotpSetup } from '../../src/mfa/TotpSetup.js';
import { SignInFlow } from '../../src/steps/SignInFlow.js';
import { defaultSetupStrings, type PartialMfaSetupStrings } from '../../src/text/setupStrings.js';
import { defaultStrings, type PartialSignInStrings } from '../../src/text/strings.js';
import { DOUBLE_PASSWORD, DOUBLE_RESET_CODE, type SignInDouble } from '../doubles/signInDouble.js';
import { createUserDouble, DOUBLE_SETUP_CODE, DOUBLE_SMS_CODE, type UserDoubleOptions } from '../doubles/userDouble.js';
import { renderWithDouble } from './renderWithDouble.js';

/**
 * A pseudo-locale: every letter of every string in full-width forms ("Ｓｉｇｎ ｉｎ"), padded by a third
 * as long translations are, placeholders kept. Text still in plain ASCII letters on screen is English
 * that bypassed the strings.
 */
function pseudo(text: string): string {
  const widened = text.replace(/\{\w+\}|[A-Za-z]/g, (match) => (match.length > 1 ? match : String.fromCharCode(match.charCodeAt(0) + 0xfee0)));
  return `⟦${widened}${'·'.repeat(Math.ceil(text.length / 3))}⟧`;
}

function pseudoStrings(value: unknown): unknown {
  if (typeof value === 'string') return pseudo(value);
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([key, inner]) => [key, key === 'locale' ? inner : pseudoStrings(inner)]));
  return value;
}

const PSEUDO = pseudoStrings(defaultStrings) as PartialSignInStrings;

// What is the person's or Clerk's data, not the form's words: addresses, masked numbers, typed codes.
const DATA = [/[\w.+-]*\*{2,}[\w.+-]*@[\w.-]+/g, /[\w.+-]+@[\w-]+\.[\w.-]+/g, /\+?\d[\d*]+/g];

/** Every piece of visible or assistive text in the document still written in ASCII letters. */
function englishLeft(): string[] {
  const texts: string[] = [];
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  // `code` holds data (a setup key, backup codes).
  for (let node = walker.nextNode(); node; node = walker.nextNode()) if (!node.parentElement?.closest('code')) texts.push(node.textContent ?? '');
  for (const element of document.body.querySelectorAll('[aria-label], [title], [placeholder], [alt]')) {
    for (const name of ['aria-label', 'title', 'placeholder', 'alt']) texts.push(element.getAttribute(name) ?? '');
  }
  return texts.map((text) => DATA.reduce((rest, pattern) => rest.replace(pattern, ''), text)).filter((text) => /[A-Za-z]{2,}/.test(text));
}

type Setup = (double: SignInDouble) => void;

/** Each state a person can meet, reached as they reach it. */
const STATES: [string, Setup | undefined, (user: ReturnType<typeof renderWithDouble>['user']) => Promise<void>][] = [
  ['the empty password step', undefined, async () => {}],
  [
    'client errors on the password step',
    undefined,
    async (user) => {
      await user.click(screen.getByRole('button', { name: PSEUDO.passwordStep!.submit! }));
    },
  ],
  [
    'a wrong password, the password shown',
    undefined,
    async (user) => {
      await user.type(screen.getByLabelText(PSEUDO.passwordStep!.emailLabel!), 'mfa@example.com');
      await user.type(screen.getByLabelText(PSEUDO.passwordStep!.passwordLabel!, { selector: 'input' }), 'wrong');
      await user.click(screen.getByRole('button', { name: PSEUDO.passwordStep!.showPassword! }));
      await user.click(screen.getByRole('button', { name: PSEUDO.passwordStep!.submit! }));
      await screen.findByText(PSEUDO.errors!.form_password_incorrect!);
    },
  ],
  [
    'a lockout with its countdown',
    (double) => double.failNext('rate_limit', { retryAfter: 90 }),
    async (user) => {
      await user.type(screen.getByLabelText(PSEUDO.passwordStep!.emailLabel!), 'mfa@example.com');
      await user.type(screen.getByLabelText(PSEUDO.passwordStep!.passwordLabel!, { selector: 'input' }), DOUBLE_PASSWORD);
      await user.click(screen.getByRole('button', { name: PSEUDO.passwordStep!.submit! }));
      await screen.findByText(PSEUDO.blocked!.rateLimited!);
    },
  ],
  [
    'the SMS code step, its resend countdown and the other methods',
    (double) => double.startAt('needs_second_factor', 'mfa@example.com'),
    async (user) => {
      await user.click(screen.getByRole('button', { name: PSEUDO.secondFactorStep!.useAnotherMethod! }));
      await user.click(await screen.findByRole('button', { name: /ＳＭＳ/ }));
      await screen.findByLabelText(PSEUDO.secondFactorStep!.phoneCodeLabel!);
    },
  ],
  [
    'a backup code, wrong',
    (double) => double.startAt('needs_second_factor', 'mfa@example.com'),
    async (user) => {
      await user.click(screen.getByRole('checkbox', { name: PSEUDO.secondFactorStep!.useBackupCode! }));
      await user.type(screen.getByLabelText(PSEUDO.secondFactorStep!.backupCodeLabel!), 'zzzz1111{Enter}');
      await screen.findByText(PSEUDO.secondFactorStep!.backupCodeIncorrect!);
    },
  ],
  ['Client Trust', (double) => double.startAt('needs_client_trust', 'trust@example.com'), async () => {}],
  [
    'forgot password: the code, then the new password refused',
    undefined,
    async (user) => {
      await user.type(screen.getByLabelText(PSEUDO.passwordStep!.emailLabel!), 'plain@example.com');
      await user.click(screen.getByRole('button', { name: PSEUDO.passwordStep!.forgotPassword! }));
      await user.type(await screen.findByLabelText(PSEUDO.resetPassword!.codeLabel!), DOUBLE_RESET_CODE);
      await user.type(await screen.findByLabelText(PSEUDO.sessionTask!.newPasswordLabel!), 'password123');
      await user.type(screen.getByLabelText(PSEUDO.sessionTask!.confirmPasswordLabel!), 'password124');
      await user.click(screen.getByRole('button', { name: PSEUDO.resetPassword!.newPasswordSubmit! }));
      await screen.findByText(PSEUDO.sessionTask!.confirmMismatch!);
    },
  ],
  ['the reset-password session task', (double) => double.startAt('complete', 'reset@example.com'), async () => void (await screen.findByLabelText(PSEUDO.sessionTask!.newPasswordLabel!))],
  ['a session task left to the app', (double) => double.startAt('complete', 'org@example.com'), async () => void (await screen.findByRole('heading', { name: PSEUDO.flow!.taskTitle! }))],
  ['signed in', (double) => double.startAt('complete', 'plain@example.com'), async () => void (await screen.findByText(PSEUDO.flow!.complete!))],
  ['a step this form does not offer', (double) => double.startAt('needs_future_step'), async () => {}],
];

describe('every state in a pseudo-locale', () => {
  it('finds English when the strings are English (the check bites)', async () => {
    renderWithDouble(<SignInFlow />);
    await waitFor(() => expect(englishLeft()).toEqual(expect.arrayContaining(['Sign in', 'Forgot password?'])));
  });

  it.each(STATES)('leaves no English in %s', async (_, setup, reach) => {
    const { user } = renderWithDouble(<SignInFlow strings={PSEUDO} />, setup);
    await reach(user);
    await waitFor(() => expect(englishLeft()).toEqual([]));
  });
});

// In a locale whose country names are not in ASCII letters, so the country list and the refusal that
// names a country show they follow the form's locale (the platform's names for it), not English.
const SETUP_PSEUDO = { ...PSEUDO, durations: { ...PSEUDO.durations, locale: 'ja-JP' }, ...(pseudoStrings(defaultSetupStrings) as object) } as PartialMfaSetupStrings;
const S = SETUP_PSEUDO as Required<{ [K in keyof typeof defaultSetupStrings]: (typeof defaultSetupStrings)[K] }> & typeof PSEUDO;

type SetupState = [string, 'settings' | 'totp' | 'sms', UserDoubleOptions, (user: ReturnType<typeof userEvent.setup>) => Promise<void>];

/** Each state of the setup forms, reached as a person reaches it. */
const SETUP_STATES: SetupState[] = [
  ['the settings with every method on', 'settings', { totpEnabled: true, smsNumbers: ['+12015550100'] }, async () => void (await screen.findByText(S.mfaSettings.authenticator))],
  ['a removal to confirm', 'settings', { totpEnabled: true }, async (user) => user.click(screen.getByRole('button', { name: S.mfaSettings.removeAuthenticator }))],
  [
    'confirming it is the owner, a wrong code named',
    'settings',
    { totpEnabled: true, reverification: true },
    async (user) => {
      await user.click(screen.getByRole('button', { name: S.mfaSettings.removeAuthenticator }));
      await user.click(screen.getByRole('button', { name: S.mfaSettings.remove }));
      await user.type(await screen.findByLabelText(S.reverify.codeLabel), '000000');
      await screen.findByText(PSEUDO.secondFactorStep!.totpIncorrect!);
    },
  ],
  ['the QR code and the key', 'totp', {}, async () => void (await screen.findByText(S.totpSetup.manualInstructions))],
  [
    'the backup codes',
    'totp',
    {},
    async (user) => {
      await user.type(await screen.findByLabelText(S.totpSetup.codeLabel), DOUBLE_SETUP_CODE);
      await screen.findByText(S.backupCodes.description);
    },
  ],
  [
    'a phone number refused',
    'sms',
    {},
    async (user) => {
      await user.type(await screen.findByLabelText(S.smsSetup.phoneLabel), '555 1234{Enter}');
      await screen.findByText(/ｐｈｏｎｅ/);
    },
  ],
  [
    'the texted code, its countdown and the number chosen first',
    'sms',
    { smsNumbers: ['+12015550100'], totpEnabled: true },
    async (user) => {
      await user.type(await screen.findByLabelText(S.smsSetup.phoneLabel), '201 555 0123{Enter}');
      await screen.findByLabelText(S.smsSetup.codeLabel);
    },
  ],
  [
    'a number done',
    'sms',
    { totpEnabled: true },
    async (user) => {
      await user.type(await screen.findByLabelText(S.smsSetup.phoneLabel), '201 555 0123{Enter}');
      await user.type(await screen.findByLabelText(S.smsSetup.codeLabel), DOUBLE_SMS_CODE);
      await screen.findByRole('heading', { name: S.smsSetup.doneTitle });
    },
  ],
];

describe('every state of the setup forms in a pseudo-locale', () => {
  it.each(SETUP_STATES)('leaves no English in %s', async (_, form, options, reach) => {
    const double = createUserDouble(options);
    const user = userEvent.setup();
    render(
      <UserSourceProvider value={double.source}>
        {form === 'settings' ? <MfaSettings strings={SETUP_PSEUDO} /> : form === 'totp' ? <TotpSetup strings={SETUP_PSEUDO} /> : <SmsMfaSetup strings={SETUP_PSEUDO} defaultCountry="US" />}
      </UserSourceProvider>,
    );
    await reach(user);
    await waitFor(() => expect(englishLeft()).toEqual([]));
  });
});
