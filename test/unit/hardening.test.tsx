import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderToString } from 'react-dom/server';
import { describe, expect, it, vi } from 'vitest';
import { readErrors, type FlowError } from '../../src/clerk/errors.js';
import { SignInSourceProvider } from '../../src/clerk/source.js';
import type { SignInErrorsLike, SignInSignalLike } from '../../src/clerk/types.js';
import { ClientTrustStep } from '../../src/steps/ClientTrustStep.js';
import { PasswordStep } from '../../src/steps/PasswordStep.js';
import { SecondFactorStep } from '../../src/steps/SecondFactorStep.js';
import { SignInFlow } from '../../src/steps/SignInFlow.js';
import { defaultStrings } from '../../src/text/strings.js';
import { errorMessage, formErrorText, messageFor } from '../../src/text/words.js';
import { createSignInDouble, DOUBLE_PASSWORD, type SignInDouble } from '../doubles/signInDouble.js';
import { SignInDoubleProvider } from '../doubles/SignInDoubleProvider.js';
import { renderWithDouble } from './renderWithDouble.js';

const email = () => screen.getByLabelText('Email address');
const password = () => screen.getByLabelText('Password');
const submit = () => screen.getByRole('button', { name: 'Continue' });

describe('bad input on the password step', () => {
  it('refuses an address longer than Clerk accepts, says so, and sends nothing', async () => {
    const { user, double } = renderWithDouble(<PasswordStep />);
    await user.click(email());
    // The shape that made a backtracking pattern take seconds on every keystroke.
    await user.paste(`a@${'.'.repeat(100_000)}@`);
    await user.type(password(), DOUBLE_PASSWORD);
    await user.click(submit());
    expect(email()).toHaveAccessibleDescription('An email address is at most 254 characters.');
    expect(double.calls).toEqual([]);
  });

  it.each([
    ['a zero-width space', 'ma\u200Bx@example.com'],
    ['a bidi override', 'max@exa\u202Emple.com'],
    ['a NUL', 'max\u0000@example.com'],
    ['an emoji', 'max😀@example.com'],
    ['a bidi isolate', 'max@exa\u2068mple.com'],
    ['a halfwidth Hangul filler', 'max\uFFA0@example.com'],
    ['a tag character', 'max@example.com\u{E0000}'],
  ])('refuses an address with %s and keeps what was typed', async (_, typed) => {
    const { user, double } = renderWithDouble(<PasswordStep />);
    await user.click(email());
    await user.paste(typed);
    await user.type(password(), DOUBLE_PASSWORD);
    await user.click(submit());
    expect(email()).toHaveAccessibleDescription('Email addresses cannot contain invisible characters or emoji. Type the address again.');
    expect(email()).toHaveValue(typed);
    expect(double.calls).toEqual([]);
  });
});

describe('bad input on the code step', () => {
  const atSecondFactor = (double: SignInDouble) => double.startAt('needs_second_factor', 'mfa@example.com');
  const code = () => screen.getByRole('textbox');

  it.each([
    ['one digit too many', '1234567'],
    ['a text message with a phone number in it', 'Call +1 555 0155 if this was not you. Your code is 246810'],
    ['full-width digits among them', '12345\uFF16\uFF17'],
  ])('fills nothing from a paste with %s, says so, and sends nothing', async (_, pasted) => {
    const { user, double } = renderWithDouble(<SecondFactorStep />, atSecondFactor);
    await user.click(code());
    await user.paste(pasted);
    expect(code()).toHaveValue('');
    expect(code()).toHaveAccessibleDescription(/^That has more digits than a 6-digit code\. Enter or paste the code alone\./);
    expect(double.calls).toEqual([]);
    await user.paste('123 456');
    await waitFor(() => expect(double.calls).toEqual([{ method: 'mfa.verifyTOTP', params: { code: '123456' } }]));
  });

  it('reads a code pasted in full-width or Arabic-Indic digits as the code', async () => {
    const { user, double } = renderWithDouble(<SecondFactorStep />, atSecondFactor);
    await user.click(code());
    await user.paste('\uFF11\uFF12\uFF13 \u0664\u0665\u0666');
    await waitFor(() => expect(double.calls).toEqual([{ method: 'mfa.verifyTOTP', params: { code: '123456' } }]));
  });

  it('refuses a backup code that is not one, however long, without sending it', async () => {
    const { user, double } = renderWithDouble(<SecondFactorStep defaultKind="backup_code" />, atSecondFactor);
    await user.click(code());
    await user.paste('x'.repeat(10_000));
    await user.click(screen.getByRole('button', { name: 'Verify' }));
    expect(code()).toHaveAccessibleDescription(/^A backup code is letters and digits only, at most 32 characters\./);
    expect(double.calls).toEqual([]);
  });
});

describe('answers that are not what Clerk sends', () => {
  it.each(['__proto__', 'constructor', 'toString', 'valueOf'])('words an error coded %s as a sentence, never a function or a crash', (code) => {
    expect(messageFor({ code }, defaultStrings)).toBe(defaultStrings.errors.unknown);
    expect(messageFor({ code, clerkMessage: 'Clerk says no.' }, defaultStrings)).toBe('Clerk says no.');
  });

  it('renders an error whose code reaches Object.prototype and whose long_message is an object', () => {
    const idle = createSignInDouble().getSnapshot();
    const value: SignInSignalLike = {
      ...idle,
      errors: { fields: { identifier: null, password: null, code: null }, raw: [{ code: '__proto__', longMessage: { not: 'text' }, message: 42 }], global: null },
    };
    render(
      <SignInSourceProvider value={value}>
        <PasswordStep />
      </SignInSourceProvider>,
    );
    expect(screen.getByRole('alert')).toHaveTextContent(defaultStrings.errors.unknown);
  });

  it('renders an error state that throws when read as no error, instead of taking the form down', () => {
    const idle = createSignInDouble().getSnapshot();
    const throwing = Object.defineProperty({}, 'code', {
      get() {
        throw new Error('an adapter fault');
      },
    });
    const value: SignInSignalLike = { ...idle, errors: { fields: { identifier: null, password: null, code: null }, raw: [throwing], global: null } };
    render(
      <SignInSourceProvider value={value}>
        <PasswordStep />
      </SignInSourceProvider>,
    );
    expect(screen.getByRole('alert')).toBeEmptyDOMElement();
    expect(email()).toBeInTheDocument();
  });

  it('reads past what throws when read, and keeps the Clerk errors beside it', () => {
    const everyTrapThrows = new Proxy(
      { fields: Object.create(null) as object, raw: [], global: null },
      {
        get: () => {
          throw new Error('an adapter fault');
        },
      },
    );
    expect(readErrors(everyTrapThrows as unknown as SignInErrorsLike, 0n)).toEqual({ fieldErrors: {}, formError: null });
    const revoked = Proxy.revocable({}, {});
    revoked.revoke();
    const errors: SignInErrorsLike = { fields: {}, raw: [revoked.proxy, { code: 'user_locked' }], global: null };
    expect(readErrors(errors, null).formError?.code).toBe('user_locked');
  });

  it('words a blank message from Clerk with the generic line, never an empty alert', () => {
    const { formError } = readErrors({ fields: {}, raw: null, global: null }, { errors: [{ code: ' ', message: '   ' }] });
    expect(messageFor(formError!, defaultStrings)).toBe(defaultStrings.errors.unknown);
  });

  it('words a wait it cannot count (NaN, infinite, past a year) as a wait not stated, and counts whole seconds', () => {
    const locked: FlowError = { code: 'user_locked', wait: { reason: 'user_locked', seconds: Number.NaN, indefinite: false } };
    expect(errorMessage(locked, false, defaultStrings)).toBe('Your account is locked after too many failed attempts. Try again later.');
    const limited: FlowError = { code: 'too_many_requests', wait: { reason: 'too_many_requests', seconds: 30, indefinite: false } };
    const waitNotStated = { message: 'Too many attempts. Wait a moment, then try again.', countdown: null };
    expect(formErrorText(limited, Number.POSITIVE_INFINITY, defaultStrings)).toMatchObject(waitNotStated);
    expect(formErrorText(limited, 1e300, defaultStrings)).toMatchObject(waitNotStated);
    expect(formErrorText(limited, 0.5, defaultStrings)?.countdown).toBe('You can try again in 1 second.');
    expect(formErrorText(limited, -5, defaultStrings)).toMatchObject({ message: 'You can try again now.', countdown: null });
  });

  it('shows no countdown for a Retry-After no one could wait out', async () => {
    const { user } = renderWithDouble(<PasswordStep />, (double) => double.failNext('rate_limit', { retryAfter: Number.POSITIVE_INFINITY }));
    await user.type(email(), 'mfa@example.com');
    await user.type(password(), DOUBLE_PASSWORD);
    await user.click(submit());
    await waitFor(() => expect(screen.getByRole('alert')).toHaveTextContent('Too many attempts. Wait a moment, then try again.'));
    expect(screen.queryByRole('timer')).not.toBeInTheDocument();
  });
});

describe('an answer that lands after the step is gone', () => {
  it('is not reported through onError', async () => {
    const onError = vi.fn();
    const user = userEvent.setup();
    const double = createSignInDouble();
    double.hold();
    const { SignInDoubleProvider } = await import('../doubles/SignInDoubleProvider.js');
    const view = render(
      <SignInDoubleProvider double={double}>
        <PasswordStep onError={onError} />
      </SignInDoubleProvider>,
    );
    await user.type(email(), 'mfa@example.com');
    await user.type(password(), 'wrong');
    await user.click(submit());
    await waitFor(() => expect(double.calls).toHaveLength(1));
    view.unmount();
    double.release();
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(onError).not.toHaveBeenCalled();
  });
});

describe('a request that never answers', () => {
  it('gives up after the timeout: the form is usable again, keeps what was typed and says the connection is slow', async () => {
    const { SignInFlow } = await import('../../src/steps/SignInFlow.js');
    const onError = vi.fn();
    const { user, double } = renderWithDouble(<SignInFlow requestTimeoutMs={300} onError={onError} />, (d) => d.hold());
    await user.type(email(), 'mfa@example.com');
    await user.type(password(), DOUBLE_PASSWORD);
    await user.click(submit());
    expect(await screen.findByRole('button', { name: 'Signing in…' })).toHaveAttribute('aria-disabled', 'true');
    await waitFor(() => expect(screen.getByRole('alert')).toHaveTextContent('The sign-in service is taking too long to answer; your connection may be slow. Try again.'));
    expect(submit()).not.toHaveAttribute('aria-disabled');
    expect(email()).toHaveValue('mfa@example.com');
    expect(password()).toHaveValue(DOUBLE_PASSWORD);
    expect(onError).toHaveBeenCalledWith(expect.objectContaining({ code: 'request_timeout', field: null, step: 'password' }));
    expect(double.calls).toHaveLength(1);
  });

  it('lets the person use a different account while a code check hangs, and the late answer changes nothing', async () => {
    const { SignInFlow } = await import('../../src/steps/SignInFlow.js');
    const { user, double } = renderWithDouble(<SignInFlow />, (d) => d.startAt('needs_second_factor', 'mfa@example.com'));
    double.hold();
    await user.type(screen.getByLabelText('Authenticator code'), '000000');
    await waitFor(() => expect(double.calls).toHaveLength(1));
    await user.click(screen.getByRole('button', { name: 'Use a different account' }));
    await waitFor(() => expect(email()).toHaveFocus());
    double.release();
    await new Promise((resolve) => setTimeout(resolve, 50));
    // The abandoned check's "incorrect code" is not shown on the new account's form, which stays usable.
    expect(screen.getByRole('alert')).toBeEmptyDOMElement();
    expect(submit()).not.toHaveAttribute('aria-disabled');
    await user.type(email(), 'totp@example.com');
    await user.type(password(), DOUBLE_PASSWORD);
    await user.click(submit());
    expect(await screen.findByLabelText('Authenticator code')).toBeInTheDocument();
  });
});

describe('markup under a strict Content Security Policy', () => {
  it('puts no inline style on the code step (style-src without unsafe-inline refuses them)', () => {
    const { container } = renderWithDouble(<SecondFactorStep />, (double) => double.startAt('needs_second_factor', 'totp@example.com'));
    expect(container.querySelector('[data-part="code-slot-row"]')).toHaveAttribute('hidden');
    expect(container.querySelectorAll('[style]')).toHaveLength(0);
  });

  it.each([
    ['the password step', <PasswordStep />, undefined],
    ['the authenticator step with its backup-code switch', <SecondFactorStep />, 'mfa@example.com'],
    ['the SMS step', <SecondFactorStep />, 'sms@example.com'],
    ['the email-code step', <SecondFactorStep />, 'email@example.com'],
    ['the Client Trust step', <ClientTrustStep />, 'trust@example.com'],
  ] as const)('renders %s on the server with no style attribute and no second checkbox', (_, ui, account) => {
    const double = createSignInDouble();
    if (account) double.startAt(account === 'trust@example.com' ? 'needs_client_trust' : 'needs_second_factor', account);
    const markup = renderToString(<SignInDoubleProvider double={double}>{ui}</SignInDoubleProvider>);
    expect(markup).not.toMatch(/\sstyle=/);
    // Radix's own root would add a hidden native checkbox, shown as a second box where styles are refused.
    expect(markup).not.toMatch(/type="checkbox"/);
  });

  it('keeps the backup-code switch free of inline styles once checked', async () => {
    const { container, user } = renderWithDouble(<SecondFactorStep />, (double) => double.startAt('needs_second_factor', 'mfa@example.com'));
    await user.click(screen.getByRole('checkbox', { name: 'Use a backup code' }));
    expect(screen.getByRole('checkbox', { name: 'Use a backup code' })).toBeChecked();
    expect(container.querySelectorAll('[style], input[type="checkbox"]')).toHaveLength(0);
  });
});

describe('an answer for another sign-in', () => {
  it('on the code step, says the sign-in changed and returns to the password step with the address kept', async () => {
    const { user, double } = renderWithDouble(<SignInFlow />);
    await user.type(screen.getByLabelText('Email address'), 'totp@example.com');
    await user.type(screen.getByLabelText('Password'), `${DOUBLE_PASSWORD}{Enter}`);
    const code = await screen.findByLabelText('Authenticator code');
    double.failNext('other_sign_in');
    await user.type(code, '123456');
    await waitFor(() => expect(screen.getByRole('alert')).toHaveTextContent('This sign-in was changed in another tab or window. Check your details and try again.'));
    expect(screen.getByLabelText('Email address')).toHaveValue('totp@example.com');
  });

  it('on the password step, says so rather than staying silent', async () => {
    const { user } = renderWithDouble(<SignInFlow />, (double) => double.failNext('other_sign_in'));
    await user.type(screen.getByLabelText('Email address'), 'totp@example.com');
    await user.type(screen.getByLabelText('Password'), `${DOUBLE_PASSWORD}{Enter}`);
    await waitFor(() => expect(screen.getByRole('alert')).toHaveTextContent(/changed in another tab or window/));
    expect(screen.getByLabelText('Email address')).toHaveValue('totp@example.com');
    expect(screen.getByLabelText('Password')).toHaveValue(DOUBLE_PASSWORD);
  });
});

describe('a rate limit on the session start', () => {
  it('counts the wait down and holds "Try again" until it ends', async () => {
    renderWithDouble(<SignInFlow />, (double) => {
      double.startAt('complete', 'plain@example.com');
      double.failNextCallOf('finalize', 'rate_limit');
    });
    expect(await screen.findByRole('heading', { name: 'We could not finish signing you in.' })).toBeInTheDocument();
    expect(screen.getByRole('alert')).toHaveTextContent('Too many attempts. Wait a moment, then try again.');
    expect(screen.getByRole('timer')).toHaveTextContent(/^You can try again in (29|30) seconds\.$/);
    expect(screen.getByRole('button', { name: 'Try again' })).toHaveAttribute('aria-disabled', 'true');
  });
});
