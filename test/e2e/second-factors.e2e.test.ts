import { describe, expect, it } from 'vitest';
import {
  backendRequests,
  clearFaults,
  demoUrl,
  descriptionOf,
  expectSignedIn,
  fillPassword,
  injectFault,
  lastCode,
  submitPassword,
  totpFor,
  useDemoPage,
} from './support.js';

const current = useDemoPage();

const lastSmsCode = (email: string) => lastCode(email, 'lastSmsCode');

describe('SMS codes on the real Clerk SDK', () => {
  it('sends one SMS when the step appears (the demo runs in strict mode) and signs in with it', async () => {
    const { page } = current();
    await submitPassword(page, 'sms@example.com');
    const code = page.getByLabel('SMS code');
    await code.waitFor();
    expect(await descriptionOf(page, 'SMS code')).toMatch(/^Enter the 6-digit code we sent by SMS to \+1\*+77\.$/);
    await expect.poll(() => backendRequests('POST', '/prepare_second_factor')).toHaveLength(1);
    await code.fill(await lastSmsCode('sms@example.com'));
    await expectSignedIn(page, 'sms@example.com');
    expect(await backendRequests('POST', '/prepare_second_factor')).toHaveLength(1);
  });

  it('says so when the SMS request is lost, and lets the person send again at once', async () => {
    const { page } = current();
    // Chromium retries a POST whose connection closed unanswered, so the fault stays until cleared.
    await injectFault({ path: '/prepare_second_factor', method: 'POST', kind: 'drop' });
    await submitPassword(page, 'sms@example.com');
    await expect.poll(() => page.getByRole('alert').innerText()).toMatch(/could not reach the sign-in service/);
    await clearFaults();
    const resend = page.getByRole('button', { name: 'Send a new code', exact: true });
    expect(await resend.getAttribute('aria-disabled')).toBeNull();
    await resend.click();
    await expect.poll(() => page.getByRole('status').filter({ hasText: 'on its way' }).count()).toBe(1);
    await page.getByLabel('SMS code').fill(await lastSmsCode('sms@example.com'));
    await expectSignedIn(page, 'sms@example.com');
  });

  it('offers a new code only after the countdown', async () => {
    const { page } = current();
    await submitPassword(page, 'sms@example.com');
    const resend = page.getByRole('button', { name: 'Send a new code' });
    await resend.waitFor();
    expect(await resend.getAttribute('aria-disabled')).toBe('true');
    // The countdown starts once Clerk has answered the send.
    await expect.poll(() => page.getByText(/^Available in \d+ s$/).isVisible()).toBe(true);
    // A person's click lands on it anyway; it must not send.
    await resend.click({ force: true });
    expect(await backendRequests('POST', '/prepare_second_factor')).toHaveLength(1);
  });
});

describe('choosing a factor', () => {
  it('switches from the authenticator to an SMS code with "Use another method"', async () => {
    const { page } = current();
    await submitPassword(page, 'mfa@example.com');
    await page.getByLabel('Authenticator code').waitFor();
    expect(await backendRequests('POST', '/prepare_second_factor')).toHaveLength(0);
    await page.getByRole('button', { name: 'Use another method' }).click();
    await page.getByRole('button', { name: /^SMS code to / }).click();
    const code = page.getByLabel('SMS code');
    await expect.poll(() => code.evaluate((element) => element === document.activeElement)).toBe(true);
    await expect.poll(() => backendRequests('POST', '/prepare_second_factor')).toHaveLength(1);
    await code.fill(await lastSmsCode('mfa@example.com'));
    await expectSignedIn(page, 'mfa@example.com');
  });

  it('goes from one account’s second factor to another’s after "Use a different account"', async () => {
    const { page } = current();
    await submitPassword(page, 'mfa@example.com');
    await page.getByRole('button', { name: 'Use a different account' }).click();
    await expect.poll(() => page.getByLabel('Email address').evaluate((element) => element === document.activeElement)).toBe(true);
    await submitPassword(page, 'totp@example.com');
    const code = page.getByLabel('Authenticator code');
    await code.waitFor();
    expect(await page.getByRole('checkbox').count()).toBe(0);
    await code.fill(await totpFor('totp@example.com'));
    await expectSignedIn(page, 'totp@example.com');
  });

  it('goes back to the password step for a different account', async () => {
    const { page } = current();
    await submitPassword(page, 'mfa@example.com');
    await page.getByRole('button', { name: 'Use a different account' }).click();
    expect(await page.getByLabel('Email address').inputValue()).toBe('');
    await submitPassword(page, 'plain@example.com');
    await expectSignedIn(page, 'plain@example.com');
  });
});

describe('lockouts', () => {
  it('counts a short lockout down with the form disabled, then accepts the password', async () => {
    const { page } = current();
    await injectFault({ path: '/client/sign_ins', method: 'POST', kind: 'locked', lockoutSeconds: 3, times: 1 });
    await fillPassword(page, 'plain@example.com');
    const button = page.getByRole('button', { name: 'Continue' });
    await button.click();
    await expect.poll(() => page.getByRole('alert').innerText()).toBe('Your account is locked after too many failed attempts.');
    expect(await page.getByRole('timer').innerText()).toMatch(/^You can try again in [23] seconds\.$/);
    expect(await button.isDisabled()).toBe(true);
    await expect.poll(() => page.getByRole('alert').innerText(), { timeout: 6000 }).toBe('You can try again now.');
    await button.click();
    await expectSignedIn(page, 'plain@example.com');
  });

  it('says plainly when a lock does not expire', async () => {
    const { page } = current();
    await injectFault({ path: '/client/sign_ins', method: 'POST', kind: 'locked', lockoutSeconds: null, times: 1 });
    await submitPassword(page, 'plain@example.com');
    await expect.poll(() => page.getByRole('alert').innerText()).toMatch(/does not expire on its own/);
    expect(await page.getByRole('timer').count()).toBe(0);
  });
});

describe('redirects after sign-in', () => {
  it('follows a same-origin redirect_url', async () => {
    const { page } = current();
    await page.goto(`${demoUrl()}/?redirect_url=${encodeURIComponent('/welcome?from=sign-in')}`);
    await submitPassword(page, 'plain@example.com');
    await page.waitForURL(`${demoUrl()}/welcome?from=sign-in`);
    await expectSignedIn(page, 'plain@example.com');
  });

  it.each([
    'https://evil.example/steal',
    'javascript:alert(document.domain)',
    'javascript:window.__followed=1',
    'data:text/html,<script>alert(1)</script>',
    'vbscript:msgbox(1)',
    '//evil.example/x',
    '/\\evil.example/x',
    '/%5Cevil.example',
    '%2F%2Fevil.example',
  ])(
    'refuses %s and stays on the page',
    async (target) => {
      const { page } = current();
      const dialogs: string[] = [];
      page.on('dialog', (dialog) => {
        dialogs.push(dialog.message());
        void dialog.dismiss();
      });
      const start = `${demoUrl()}/?redirect_url=${encodeURIComponent(target)}`;
      await page.goto(start);
      await submitPassword(page, 'plain@example.com');
      await expectSignedIn(page, 'plain@example.com');
      // The redirect would follow onComplete: wait for it, then give a navigation time to start.
      await expect.poll(() => page.getByRole('region', { name: 'Events' }).innerText()).toMatch(/onComplete sess_/);
      await page.waitForTimeout(500);
      expect(page.url()).toBe(start);
      // A followed `javascript:` URL would leave no trace in the address bar; these would show it.
      expect(dialogs).toEqual([]);
      expect(await page.evaluate(() => (window as unknown as { __followed?: number }).__followed)).toBeUndefined();
    },
  );
});

describe('typed events on the real Clerk SDK', () => {
  it('reports the wrong password with Clerk’s code, then each step, then the session', async () => {
    const { page } = current();
    const events = page.getByRole('region', { name: 'Events' }).getByRole('listitem');
    await submitPassword(page, 'plain@example.com', 'not-the-password');
    await expect.poll(() => events.allInnerTexts()).toEqual(['onError form_password_incorrect on password']);
    await submitPassword(page, 'plain@example.com');
    await expectSignedIn(page, 'plain@example.com');
    const logged = await events.allInnerTexts();
    expect(logged[0]).toMatch(/^onComplete sess_\w+$/);
    expect(logged.slice(1)).toEqual(['onStepChange complete', 'onError form_password_incorrect on password']);
  });
});
