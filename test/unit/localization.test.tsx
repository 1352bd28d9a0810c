import { deDE, frFR, jaJP } from '@clerk/localizations';
import { act, screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { mfaFrFR } from '../../src/locales/fr-FR.js';
import { PasswordStep } from '../../src/steps/PasswordStep.js';
import { SignInRoot } from '../../src/steps/SignInRoot.js';
import { SignInFlow } from '../../src/steps/SignInFlow.js';
import { stringsFromLocalization } from '../../src/text/localization.js';
import { defaultStrings, durationText, mergeStrings } from '../../src/text/strings.js';
import { DOUBLE_PASSWORD } from '../doubles/signInDouble.js';
import { renderWithDouble } from './renderWithDouble.js';

describe('stringsFromLocalization', () => {
  it('takes each string from Clerk’s key for it, its placeholders read as this library’s', () => {
    const strings = mergeStrings(stringsFromLocalization(frFR));
    expect(strings.passwordStep.title).toBe(frFR.signIn!.start!.title);
    expect(strings.passwordStep.emailLabel).toBe(frFR.formFieldLabel__emailAddress);
    expect(strings.passwordStep.forgotPassword).toBe(frFR.formFieldAction__forgotPassword);
    // `{{applicationName}}` is this library's `{app}`; `{{identifier}}` the masked address or number.
    expect(strings.passwordStep.subtitle).toBe('pour continuer vers {app}');
    expect(strings.secondFactorStep.methodPhoneCode).toBe('Envoyer le code à {phone}');
    expect(strings.secondFactorStep.methodEmailCode).toBe('Envoyer le code à {email}');
    expect(strings.secondFactorStep.totpLabel).toBe(frFR.signIn!.totpMfa!.formTitle);
    expect(strings.sessionTask.signOutOfOtherSessions).toBe(frFR.formFieldLabel__signOutOfOtherSessions);
    expect(strings.durations.locale).toBe('fr-FR');
  });

  it('resolves errors by Clerk’s code: the locale’s wording, else this library’s', () => {
    const strings = mergeStrings(stringsFromLocalization(frFR));
    expect(strings.errors.form_password_incorrect).toBe(frFR.unstable__errors!.form_password_incorrect);
    // A code the locale has no wording for keeps this library's.
    expect(strings.errors.request_timeout).toBe(defaultStrings.errors.request_timeout);
    // A wrong code of any kind, in the locale's one wording rather than a kind named in English.
    expect(strings.secondFactorStep.totpIncorrect).toBe(frFR.unstable__errors!.form_code_incorrect);
  });

  it('keeps this library’s English where Clerk has no key, and reads nothing it does not know', () => {
    const strings = mergeStrings(stringsFromLocalization(frFR));
    expect(strings.passwordStep.showPassword).toBe(defaultStrings.passwordStep.showPassword);
    expect(stringsFromLocalization({ signIn: { start: { title: 42 } }, ['__proto__' as string]: { polluted: true } })).toEqual({});
    expect(stringsFromLocalization(undefined)).toEqual({});
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});

describe('this library’s own strings carried in Clerk’s resource (mfaSteps)', () => {
  const own = {
    mfaSteps: {
      passwordStep: { title: 'Connexion', showPassword: 'Afficher le mot de passe' },
      secondFactorStep: { totpIncorrect: 'Ce code d’authentification est incorrect.' },
      errors: { form_password_incorrect: 'le nôtre', request_timeout: 'Le service met trop de temps à répondre.' },
      durations: { locale: 'fr-FR', seconds: { one: '{count} seconde', other: '{count} secondes' }, minutes: { one: '{count} minute', other: '{count} minutes' } },
      ['__proto__' as string]: { polluted: true },
    },
  };
  const strings = mergeStrings(stringsFromLocalization({ ...frFR, ...own }));

  it('fill what Clerk has no key for, Clerk’s wording winning where it has one', () => {
    expect(strings.passwordStep.showPassword).toBe('Afficher le mot de passe');
    expect(strings.passwordStep.title).toBe(frFR.signIn!.start!.title);
    expect(strings.errors.request_timeout).toBe('Le service met trop de temps à répondre.');
    expect(strings.errors.form_password_incorrect).toBe(frFR.unstable__errors!.form_password_incorrect);
  });

  it('keep a wrong code named by its kind, and their own duration words', () => {
    expect(strings.secondFactorStep.totpIncorrect).toBe('Ce code d’authentification est incorrect.');
    expect(strings.secondFactorStep.phoneCodeIncorrect).toBe(frFR.unstable__errors!.form_code_incorrect);
    expect(durationText(2, strings)).toBe('2 secondes');
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});

describe('durations in the locale', () => {
  it('use the platform’s words for a locale the app gave no duration words for', () => {
    const german = mergeStrings(stringsFromLocalization(deDE));
    expect(durationText(29 * 60, german)).toBe('29 Minuten');
    expect(durationText(1, german)).toBe('1 Sekunde');
    expect(durationText(90, mergeStrings(stringsFromLocalization(jaJP)))).toBe('2 分');
    expect(durationText(60, defaultStrings)).toBe('1 minute');
  });
});

describe('the localization prop and ClerkProvider’s', () => {
  it('speaks the locale given to the flow, and the strings prop still wins', async () => {
    const { user } = renderWithDouble(<SignInFlow localization={frFR} strings={{ passwordStep: { submit: 'Entrer' } }} />);
    expect(screen.getByRole('heading', { name: frFR.signIn!.start!.title })).toBeInTheDocument();
    await user.type(screen.getByLabelText(frFR.formFieldLabel__emailAddress!), 'mfa@example.com');
    await user.type(screen.getByLabelText(frFR.formFieldLabel__password!, { selector: 'input' }), 'wrong-password');
    await user.click(screen.getByRole('button', { name: 'Entrer' }));
    await waitFor(() => expect(screen.getByLabelText(frFR.formFieldLabel__password!, { selector: 'input' })).toHaveAccessibleDescription(frFR.unstable__errors!.form_password_incorrect!));
  });

  it('picks up the localization given to ClerkProvider, with no prop', async () => {
    const { user } = renderWithDouble(<SignInFlow />, undefined, { clerk: { localization: deDE } });
    // Clerk's German title names the app ("In {{applicationName}} einloggen"): the bare "Einloggen" instead.
    expect(screen.getByRole('heading', { name: 'Einloggen' })).toBeInTheDocument();
    await user.type(screen.getByLabelText(deDE.formFieldLabel__emailAddress!), 'totp@example.com');
    await user.type(screen.getByLabelText(deDE.formFieldLabel__password!, { selector: 'input' }), DOUBLE_PASSWORD);
    await user.click(screen.getByRole('button', { name: deDE.formButtonPrimary! }));
    expect(await screen.findByRole('heading', { name: deDE.signIn!.totpMfa!.title! })).toBeInTheDocument();
  });

  it('follows a change of language with the form as it was, client-side verdicts included', async () => {
    const { user, double } = renderWithDouble(<SignInFlow />);
    await user.type(screen.getByLabelText('Password', { selector: 'input' }), 'kept');
    await user.click(screen.getByRole('button', { name: 'Continue' }));
    expect(screen.getByLabelText('Email address')).toHaveAccessibleDescription('Enter your email address.');
    act(() => double.setLocalization({ ...frFR, ...mfaFrFR }));
    const email = await screen.findByLabelText(frFR.formFieldLabel__emailAddress!);
    await waitFor(() => expect(email).toHaveAccessibleDescription(mfaFrFR.mfaSteps.passwordStep.emailRequired));
    expect(screen.getByLabelText(frFR.formFieldLabel__password!, { selector: 'input' })).toHaveValue('kept');
  });

  it('lets a lone step take its own localization over ClerkProvider’s', () => {
    renderWithDouble(<PasswordStep localization={frFR} />, undefined, { clerk: { localization: deDE } });
    expect(screen.getByRole('heading', { name: frFR.signIn!.start!.title })).toBeInTheDocument();
  });

  it('lays each layer over the one below: ClerkProvider’s, the root’s localization and strings, the step’s own strings down to its parts', () => {
    renderWithDouble(
      <SignInRoot localization={frFR} strings={{ passwordStep: { title: 'Root title', showPassword: 'Root show', hidePassword: 'Root hide' } }}>
        <PasswordStep strings={{ passwordStep: { showPassword: 'Step show' } }} />
      </SignInRoot>,
      undefined,
      { clerk: { localization: deDE } },
    );
    expect(screen.getByRole('heading', { name: 'Root title' })).toBeInTheDocument();
    expect(screen.getByLabelText(frFR.formFieldLabel__emailAddress!)).toBeInTheDocument();
    // The password toggle is a part of the step: the step's own strings reach it.
    expect(screen.getByRole('button', { name: 'Step show' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: frFR.formButtonPrimary! })).toBeInTheDocument();
  });
});
