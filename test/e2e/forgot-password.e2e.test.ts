import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import {
  backendRequests,
  DEMO_PASSWORD,
  descriptionOf,
  expectSignedIn,
  injectFault,
  lastCode,
  submitPassword,
  totpFor,
  useDemoPage,
} from './support.js';

// "Forgot password?" inside <SignInFlow> on each Clerk generation: Clerk's reset code by email,
// a new password, then whatever the sign-in still needs (a second factor, or nothing).
const current = useDemoPage();

const NEW_PASSWORD = 'a fresh horse staple';

/** The reset code the backend last "sent" to `email`, once it has been (a send is logged when it arrives, answered later). */
async function lastEmailCode(email: string): Promise<string> {
  await expect.poll(() => lastCode(email, 'lastEmailCode').catch(() => null)).not.toBeNull();
  return lastCode(email, 'lastEmailCode');
}

/** From the password step, with `email` typed: "Forgot password?", until the reset step has asked Clerk for its code. */
async function forgotPassword(page: Page, email: string) {
  await page.getByLabel('Email address').fill(email);
  await page.getByRole('button', { name: 'Forgot password?' }).click();
  await resetStepShown(page);
  await expect.poll(() => backendRequests('POST', '/prepare_first_factor')).toHaveLength(1);
}

/** Waits for the reset step; fails at once, with what the form says, if the form reports an error instead. */
async function resetStepShown(page: Page) {
  const step = page.getByRole('heading', { name: 'Reset your password' });
  await step.or(page.getByRole('alert')).first().waitFor();
  if (!(await step.isVisible())) expect.fail(`no reset step; the form says: ${await page.getByRole('alert').first().innerText()}`);
}

/** A code that is not the one sent. */
const wrongCodeFor = (code: string) => (code === '000000' ? '111111' : '000000');

async function setNewPassword(page: Page, password: string) {
  await page.getByLabel('New password', { exact: true }).fill(password);
  await page.getByLabel('Confirm new password').fill(password);
  await page.getByRole('button', { name: 'Reset password' }).click();
}

describe('forgot password on the real Clerk SDK', () => {
  it('resets the password with the emailed code and signs in; afterwards the new password signs in and the old one is refused', async () => {
    const { page } = current();
    await forgotPassword(page, 'forgot@example.com');
    const code = page.getByLabel('Reset code');
    await expect.poll(() => code.evaluate((element) => element === document.activeElement)).toBe(true);
    expect(await descriptionOf(page, 'Reset code')).toMatch(/f\*+@example\.com/);
    // The sixth digit submits by itself.
    await code.fill(await lastEmailCode('forgot@example.com'));

    await page.getByRole('heading', { name: 'Set a new password' }).waitFor();
    expect(await descriptionOf(page, 'New password')).toBe('At least 8 characters.');
    expect(await page.getByRole('checkbox', { name: 'Sign out of all other devices' }).isChecked()).toBe(true);
    await setNewPassword(page, NEW_PASSWORD);
    await expectSignedIn(page, 'forgot@example.com');
    await expect.poll(() => page.getByRole('region', { name: 'Events' }).innerText()).toMatch(/onComplete sess_/);

    // The demo's sign-out brings back a fresh sign-in form; the backend keeps the new password.
    await page.getByRole('button', { name: 'Sign out' }).click();
    await submitPassword(page, 'forgot@example.com', DEMO_PASSWORD);
    await expect.poll(() => descriptionOf(page, 'Password')).toBe('That password is incorrect. Try again.');
    expect(await page.getByLabel('Email address').inputValue()).toBe('forgot@example.com');
    await page.getByLabel('Password', { exact: true }).fill(NEW_PASSWORD);
    await page.getByRole('button', { name: 'Continue' }).click();
    await expectSignedIn(page, 'forgot@example.com');
  });

  it('asks for the authenticator code after the reset when the account has a second factor', async () => {
    const { page } = current();
    await forgotPassword(page, 'forgot-mfa@example.com');
    await page.getByLabel('Reset code').fill(await lastEmailCode('forgot-mfa@example.com'));
    await page.getByRole('heading', { name: 'Set a new password' }).waitFor();
    await setNewPassword(page, NEW_PASSWORD);

    await page.getByRole('heading', { name: 'Two-step verification' }).waitFor();
    const code = page.getByLabel('Authenticator code');
    expect(await page.getByText('Signed in as').count()).toBe(0);
    await code.fill(await totpFor('forgot-mfa@example.com'));
    await expectSignedIn(page, 'forgot-mfa@example.com');
  });

  it('puts a wrong reset code on the field, then goes on with the right one', async () => {
    const { page } = current();
    await forgotPassword(page, 'forgot@example.com');
    const sent = await lastEmailCode('forgot@example.com');
    const code = page.getByLabel('Reset code');
    await code.fill(wrongCodeFor(sent));
    await expect.poll(() => descriptionOf(page, 'Reset code')).toMatch(/^That email code is incorrect/);
    expect(await code.getAttribute('aria-invalid')).toBe('true');
    expect(await page.getByRole('heading', { name: 'Set a new password' }).count()).toBe(0);

    await code.fill(sent);
    await page.getByRole('heading', { name: 'Set a new password' }).waitFor();
    await setNewPassword(page, NEW_PASSWORD);
    await expectSignedIn(page, 'forgot@example.com');
    expect(await backendRequests('POST', '/attempt_first_factor')).toHaveLength(2);
  });

  it('goes "Back to sign in" to the password step with the address kept, and signs in with the password from there', async () => {
    const { page } = current();
    await forgotPassword(page, 'forgot@example.com');
    await page.getByRole('button', { name: 'Back to sign in' }).click();
    const password = page.getByLabel('Password', { exact: true });
    await password.waitFor();
    expect(await page.getByRole('heading', { name: 'Reset your password' }).count()).toBe(0);
    expect(await page.getByLabel('Email address').inputValue()).toBe('forgot@example.com');
    await password.fill(DEMO_PASSWORD);
    await page.getByRole('button', { name: 'Continue' }).click();
    await expectSignedIn(page, 'forgot@example.com');
  });

  it('refuses a breached new password with Clerk’s reason and clears both fields, then takes a good one', async () => {
    const { page } = current();
    await forgotPassword(page, 'forgot@example.com');
    await page.getByLabel('Reset code').fill(await lastEmailCode('forgot@example.com'));
    await page.getByRole('heading', { name: 'Set a new password' }).waitFor();

    // On the emulator's breached list (local/emulator/domain/password-policy.ts).
    await setNewPassword(page, 'password123');
    await expect.poll(() => descriptionOf(page, 'New password')).toMatch(/^That password has appeared in a data breach\. Choose another one\./);
    expect(await page.getByLabel('New password', { exact: true }).getAttribute('aria-invalid')).toBe('true');
    expect(await page.getByLabel('New password', { exact: true }).inputValue()).toBe('');
    expect(await page.getByLabel('Confirm new password').inputValue()).toBe('');
    expect(await page.getByText('Signed in as').count()).toBe(0);

    await setNewPassword(page, NEW_PASSWORD);
    await expectSignedIn(page, 'forgot@example.com');
    expect(await backendRequests('POST', '/reset_password')).toHaveLength(2);
  });

  it('sends one request per intent, even for a double click or Enter on top of the auto-submit', async () => {
    const { page } = current();
    // Slow answers make each repeat land while the first request is still open.
    await injectFault({ path: '/client/sign_ins', method: 'POST', kind: 'latency', ms: 500 });
    await page.getByLabel('Email address').fill('forgot@example.com');
    await page.getByRole('button', { name: 'Forgot password?' }).dblclick();
    await resetStepShown(page);
    await expect.poll(() => backendRequests('POST', '/prepare_first_factor')).toHaveLength(1);

    const code = page.getByLabel('Reset code');
    await code.fill(await lastEmailCode('forgot@example.com'));
    await code.press('Enter');
    await page.getByRole('heading', { name: 'Set a new password' }).waitFor();

    await page.getByLabel('New password', { exact: true }).fill(NEW_PASSWORD);
    await page.getByLabel('Confirm new password').fill(NEW_PASSWORD);
    await page.getByRole('button', { name: 'Reset password' }).dblclick();
    await expectSignedIn(page, 'forgot@example.com');

    const signInCalls = (await backendRequests('POST')).filter((request) => request.path.includes('/client/sign_ins'));
    expect(signInCalls.map((request) => request.path.replace(/^.*\/client\/sign_ins(\/[^/]+)?/, '') || 'create')).toEqual([
      'create',
      '/prepare_first_factor',
      '/attempt_first_factor',
      '/reset_password',
    ]);
  });
});
