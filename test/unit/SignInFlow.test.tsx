import { act, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { SignInFlow } from '../../src/steps/SignInFlow.js';
import { DOUBLE_PASSWORD, DOUBLE_SMS_CODE, DOUBLE_TOTP } from '../doubles/signInDouble.js';
import { expectNoAxeViolations } from './axe.js';
import { renderWithDouble } from './renderWithDouble.js';

async function signInWithPassword(user: ReturnType<typeof renderWithDouble>['user'], email: string) {
  await user.type(screen.getByLabelText('Email address'), email);
  await user.type(screen.getByLabelText('Password'), DOUBLE_PASSWORD);
  await user.click(screen.getByRole('button', { name: 'Continue' }));
}

describe('SignInFlow', () => {
  it('signs in with a password and an authenticator code, then stays complete', async () => {
    const onComplete = vi.fn();
    const { user, double, container } = renderWithDouble(<SignInFlow onComplete={onComplete} />);
    await signInWithPassword(user, 'mfa@example.com');

    const code = await screen.findByLabelText('Authenticator code');
    await waitFor(() => expect(code).toHaveFocus());
    expect(container.querySelector('[data-part="flow"]')).toHaveAttribute('data-step', 'second_factor');
    await user.type(code, `${DOUBLE_TOTP}{Enter}`);

    expect(await screen.findByRole('heading', { name: 'You are signed in.' })).toBeInTheDocument();
    await waitFor(() => expect(onComplete).toHaveBeenCalledWith({ sessionId: 'sess_double' }));
    // Clerk's resource is back at needs_identifier by now; the flow must not offer the password form again.
    expect(double.getSnapshot().signIn?.status).toBe('needs_identifier');
    expect(screen.queryByLabelText('Password')).not.toBeInTheDocument();
    expect(double.calls.map((call) => call.method)).toEqual(['password', 'mfa.verifyTOTP', 'finalize']);
    expect(onComplete).toHaveBeenCalledTimes(1);
    await expectNoAxeViolations(container);
  });

  it('signs in with a backup code', async () => {
    const { user, double } = renderWithDouble(<SignInFlow />);
    await signInWithPassword(user, 'mfa@example.com');
    await user.click(await screen.findByRole('checkbox', { name: 'Use a backup code' }));
    await user.type(screen.getByLabelText('Backup code'), 'a1b2c3d4{Enter}');
    expect(await screen.findByRole('heading', { name: 'You are signed in.' })).toBeInTheDocument();
    expect(double.calls.map((call) => call.method)).toEqual(['password', 'mfa.verifyBackupCode', 'finalize']);
  });

  it('sends the SMS code as the phone step follows the password, and signs in with it', async () => {
    const { user, double } = renderWithDouble(<SignInFlow />);
    await signInWithPassword(user, 'sms@example.com');
    const code = await screen.findByLabelText('SMS code');
    await waitFor(() => expect(double.calls.map((call) => call.method)).toEqual(['password', 'mfa.sendPhoneCode']));
    await user.type(code, DOUBLE_SMS_CODE);
    expect(await screen.findByRole('heading', { name: 'You are signed in.' })).toBeInTheDocument();
  });

  it('finalizes straight after the password when the account has no second factor', async () => {
    const { user, double } = renderWithDouble(<SignInFlow />);
    await signInWithPassword(user, 'plain@example.com');
    expect(await screen.findByRole('heading', { name: 'You are signed in.' })).toBeInTheDocument();
    await waitFor(() => expect(double.calls.map((call) => call.method)).toEqual(['password', 'finalize']));
  });

  it('moves focus to the outcome once signed in', async () => {
    const { user } = renderWithDouble(<SignInFlow />);
    await signInWithPassword(user, 'plain@example.com');
    const heading = await screen.findByRole('heading', { name: 'You are signed in.' });
    await waitFor(() => expect(heading.closest('section')).toHaveFocus());
  });

  describe('given a redirect', () => {
    it('hands a same-origin redirectUrl to the app router', async () => {
      const navigate = vi.fn();
      const { user } = renderWithDouble(<SignInFlow redirectUrl="/dashboard?tab=1" navigate={navigate} />);
      await signInWithPassword(user, 'plain@example.com');
      await waitFor(() => expect(navigate).toHaveBeenCalledWith(`${window.location.origin}/dashboard?tab=1`));
    });

    it('reports an app router that fails to navigate through onError, and stays signed in', async () => {
      const navigate = vi.fn().mockRejectedValue(new Error('chunk failed to load'));
      const onError = vi.fn();
      const unhandled = vi.fn();
      process.on('unhandledRejection', unhandled);
      try {
        const { user } = renderWithDouble(<SignInFlow redirectUrl="/dashboard" navigate={navigate} onError={onError} />);
        await signInWithPassword(user, 'plain@example.com');
        await waitFor(() =>
          expect(onError).toHaveBeenCalledWith({ code: 'navigation_failed', message: 'You are signed in, but the next page did not open. Reload the page to go on.', field: null, step: 'complete' }),
        );
        expect(screen.getByRole('heading', { name: 'You are signed in.' })).toBeInTheDocument();
        await new Promise((resolve) => setTimeout(resolve, 0));
        expect(unhandled).not.toHaveBeenCalled();
      } finally {
        process.off('unhandledRejection', unhandled);
      }
    });

    it.each(['https://evil.example/steal', 'javascript:alert(1)', '//evil.example'])('ignores %s', async (redirectUrl) => {
      const navigate = vi.fn();
      const onComplete = vi.fn();
      const { user } = renderWithDouble(<SignInFlow redirectUrl={redirectUrl} navigate={navigate} onComplete={onComplete} />);
      await signInWithPassword(user, 'plain@example.com');
      await waitFor(() => expect(onComplete).toHaveBeenCalled());
      expect(navigate).not.toHaveBeenCalled();
    });
  });

  it('reports each step on data-step', async () => {
    const { user, container } = renderWithDouble(<SignInFlow />);
    const flow = container.querySelector('[data-part="flow"]');
    expect(flow).toHaveAttribute('data-step', 'password');
    await signInWithPassword(user, 'plain@example.com');
    await waitFor(() => expect(flow).toHaveAttribute('data-step', 'complete'));
  });
});

describe('SignInFlow, issue-5 behaviours', () => {
  it('goes back to an empty password step with "Use a different account", and signs in as someone else', async () => {
    const { user, double } = renderWithDouble(<SignInFlow />);
    await signInWithPassword(user, 'mfa@example.com');
    await user.click(await screen.findByRole('button', { name: 'Use a different account' }));
    expect(screen.getByLabelText('Email address')).toHaveValue('');
    expect(screen.queryByLabelText('Authenticator code')).not.toBeInTheDocument();
    await signInWithPassword(user, 'plain@example.com');
    expect(await screen.findByRole('heading', { name: 'You are signed in.' })).toBeInTheDocument();
    expect(double.calls.map((call) => call.method)).toEqual(['password', 'password', 'finalize']);
  });

  it('returns to the second factor when the new password also needs one', async () => {
    const { user } = renderWithDouble(<SignInFlow />);
    await signInWithPassword(user, 'mfa@example.com');
    await user.click(await screen.findByRole('button', { name: 'Use a different account' }));
    await signInWithPassword(user, 'totp@example.com');
    expect(await screen.findByLabelText('Authenticator code')).toBeInTheDocument();
    expect(screen.queryByRole('checkbox')).not.toBeInTheDocument();
  });

  it('reports steps, errors and completion through typed events', async () => {
    const onStepChange = vi.fn();
    const onError = vi.fn();
    const onComplete = vi.fn();
    const { user } = renderWithDouble(<SignInFlow onStepChange={onStepChange} onError={onError} onComplete={onComplete} />);
    await user.type(screen.getByLabelText('Email address'), 'mfa@example.com');
    await user.type(screen.getByLabelText('Password'), 'wrong');
    await user.click(screen.getByRole('button', { name: 'Continue' }));
    await waitFor(() => expect(onError).toHaveBeenCalledWith(expect.objectContaining({ code: 'form_password_incorrect', field: 'password', step: 'password' })));
    await user.type(screen.getByLabelText('Password'), DOUBLE_PASSWORD);
    await user.click(screen.getByRole('button', { name: 'Continue' }));
    await user.type(await screen.findByLabelText('Authenticator code'), DOUBLE_TOTP);
    await waitFor(() => expect(onComplete).toHaveBeenCalledWith({ sessionId: 'sess_double' }));
    expect(onStepChange.mock.calls.map(([step]) => step)).toEqual(['second_factor', 'complete']);
    expect(onComplete).toHaveBeenCalledTimes(1);
  });

  describe('given a redirect_url query parameter', () => {
    const withQuery = (query: string) => window.history.replaceState(null, '', `/sign-in?${query}`);
    afterEach(() => window.history.replaceState(null, '', '/'));

    it('follows it when it is on this origin, over the redirectUrl prop', async () => {
      withQuery('redirect_url=%2Finbox');
      const navigate = vi.fn();
      const { user } = renderWithDouble(<SignInFlow redirectUrl="/dashboard" navigate={navigate} />);
      await signInWithPassword(user, 'plain@example.com');
      await waitFor(() => expect(navigate).toHaveBeenCalledWith(`${window.location.origin}/inbox`));
    });

    it('follows an allowed other origin', async () => {
      withQuery('redirect_url=https%3A%2F%2Fadmin.example.com%2Fhome');
      const navigate = vi.fn();
      const { user } = renderWithDouble(<SignInFlow navigate={navigate} allowedRedirectOrigins={['https://admin.example.com']} />);
      await signInWithPassword(user, 'plain@example.com');
      await waitFor(() => expect(navigate).toHaveBeenCalledWith('https://admin.example.com/home'));
    });

    it.each(['javascript%3Aalert(1)', '%2F%2Fevil.example', 'https%3A%2F%2Fevil.example%2F', '%2F%5Cevil.example'])(
      'refuses %s and uses the default destination',
      async (query) => {
        withQuery(`redirect_url=${query}`);
        const navigate = vi.fn();
        const { user } = renderWithDouble(<SignInFlow redirectUrl="/dashboard" navigate={navigate} />);
        await signInWithPassword(user, 'plain@example.com');
        await waitFor(() => expect(navigate).toHaveBeenCalledWith(`${window.location.origin}/dashboard`));
        expect(navigate).toHaveBeenCalledTimes(1);
      },
    );
  });
});

describe('SignInFlow, after "Use a different account"', () => {
  it('stays on the password step when the new sign-in is lost on the way', async () => {
    const { user, double } = renderWithDouble(<SignInFlow />);
    await signInWithPassword(user, 'mfa@example.com');
    await user.click(await screen.findByRole('button', { name: 'Use a different account' }));
    double.failNext('dropped');
    await signInWithPassword(user, 'totp@example.com');
    await waitFor(() => expect(screen.getByRole('alert')).toHaveTextContent(/could not reach the sign-in service/));
    expect(screen.getByLabelText('Email address')).toHaveValue('totp@example.com');
    expect(screen.queryByLabelText('Authenticator code')).not.toBeInTheDocument();
  });

  it('leaves the old account’s lockout behind and focuses the email field', async () => {
    const { user, double } = renderWithDouble(<SignInFlow />);
    await signInWithPassword(user, 'mfa@example.com');
    double.failNext('locked_raw_only');
    await user.type(await screen.findByLabelText('Authenticator code'), '000000');
    await waitFor(() => expect(screen.getByRole('alert')).toHaveTextContent(/locked/));
    await user.click(screen.getByRole('button', { name: 'Use a different account' }));
    await waitFor(() => expect(screen.getByLabelText('Email address')).toHaveFocus());
    expect(screen.getByRole('alert')).toBeEmptyDOMElement();
    expect(screen.getByRole('button', { name: 'Continue' })).not.toHaveAttribute('aria-disabled');
  });
});

describe('SignInFlow, when the session cannot start', () => {
  it('says so, offers a retry, and reports completion only once it succeeds', async () => {
    const onComplete = vi.fn();
    const { user, double } = renderWithDouble(<SignInFlow onComplete={onComplete} />);
    await user.type(screen.getByLabelText('Email address'), 'plain@example.com');
    await user.type(screen.getByLabelText('Password'), DOUBLE_PASSWORD);
    double.failNextCallOf('finalize', 'dropped');
    await user.click(screen.getByRole('button', { name: 'Continue' }));
    expect(await screen.findByRole('heading', { name: 'We could not finish signing you in.' })).toBeInTheDocument();
    expect(onComplete).not.toHaveBeenCalled();
    await user.click(screen.getByRole('button', { name: 'Try again' }));
    expect(await screen.findByRole('heading', { name: 'You are signed in.' })).toBeInTheDocument();
    expect(onComplete).toHaveBeenCalledTimes(1);
  });
});

describe('SignInFlow, given a step it does not offer', () => {
  it('says so and offers a way back to the password step', async () => {
    const { user } = renderWithDouble(<SignInFlow />, (double) => double.startAt('needs_future_step'));
    expect(screen.getByRole('status')).toHaveTextContent('This account needs a sign-in step this form does not offer.');
    await user.click(screen.getByRole('button', { name: 'Use a different account' }));
    await waitFor(() => expect(screen.getByLabelText('Email address')).toHaveFocus());
  });
});

describe('SignInFlow, two flows on one Clerk client', () => {
  const twoFlows = (props: { onComplete?: () => void } = {}) =>
    renderWithDouble(
      <>
        <section aria-label="Header">
          <SignInFlow {...props} />
        </section>
        <section aria-label="Page">
          <SignInFlow {...props} />
        </section>
      </>,
    );

  it('sends one attempt for submits in both in the same tick', async () => {
    const { user, double } = twoFlows();
    for (const region of ['Header', 'Page']) {
      const form = within(screen.getByRole('region', { name: region }));
      await user.type(form.getByLabelText('Email address'), 'mfa@example.com');
      await user.type(form.getByLabelText('Password'), DOUBLE_PASSWORD);
    }
    act(() => {
      for (const form of screen.getAllByRole('form', { name: 'Sign in' })) (form as HTMLFormElement).requestSubmit();
    });
    expect((await screen.findAllByLabelText('Authenticator code')).length).toBe(2);
    expect(double.calls.map((call) => call.method)).toEqual(['password']);
  });

  it('starts the session once and reports it once, and both show it started', async () => {
    const onComplete = vi.fn();
    const { user, double } = twoFlows({ onComplete });
    const header = within(screen.getByRole('region', { name: 'Header' }));
    await user.type(header.getByLabelText('Email address'), 'plain@example.com');
    await user.type(header.getByLabelText('Password'), `${DOUBLE_PASSWORD}{Enter}`);
    await waitFor(() => expect(screen.getAllByRole('heading', { name: 'You are signed in.' })).toHaveLength(2));
    expect(double.calls.map((call) => call.method)).toEqual(['password', 'finalize']);
    expect(onComplete).toHaveBeenCalledTimes(1);
  });
});

describe('SignInFlow, while the session start hangs', () => {
  it('offers Cancel, after which a late answer changes nothing and Try again starts it afresh', async () => {
    const onComplete = vi.fn();
    const { user, double } = renderWithDouble(<SignInFlow onComplete={onComplete} />, (d) => {
      d.startAt('complete', 'plain@example.com');
      d.hold();
    });
    expect(await screen.findByRole('heading', { name: 'Signing you in…' })).toBeInTheDocument();
    await waitFor(() => expect(double.calls.map((call) => call.method)).toEqual(['finalize']));

    await user.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(await screen.findByRole('heading', { name: 'We could not finish signing you in.' })).toBeInTheDocument();
    expect(screen.getByRole('alert')).toHaveTextContent('You stopped waiting for the sign-in to finish. Try again when you are ready.');
    expect(screen.getByRole('button', { name: 'Try again' })).toBeEnabled();

    // The abandoned start answers late: no completion, no event.
    double.release();
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(screen.getByRole('heading', { name: 'We could not finish signing you in.' })).toBeInTheDocument();
    expect(onComplete).not.toHaveBeenCalled();
  });

  it('lets Try again start the session while the abandoned start still hangs', async () => {
    const onComplete = vi.fn();
    const { user, double } = renderWithDouble(<SignInFlow onComplete={onComplete} />, (d) => d.startAt('complete', 'plain@example.com'));
    double.hold();
    await user.click(await screen.findByRole('button', { name: 'Cancel' }));
    double.release();
    await user.click(await screen.findByRole('button', { name: 'Try again' }));
    expect(await screen.findByRole('heading', { name: 'You are signed in.' })).toBeInTheDocument();
    expect(onComplete).toHaveBeenCalledTimes(1);
  });
});
