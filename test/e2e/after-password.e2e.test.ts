import { describe, expect, inject, it } from 'vitest';
import { backendRequests, descriptionOf, expectSignedIn, lastCode, submitPassword, useDemoPage } from './support.js';

// What a sign-in meets besides a second factor, on each Clerk generation: Client Trust, the
// email-code second factor, and a session that starts with the reset-password task.
const current = useDemoPage();

describe('the page under test', () => {
  it('runs the Clerk generation and React of this column', async () => {
    const { page } = current();
    const generation = inject('generation');
    await expect.poll(() => page.getByTestId('clerk-generation').innerText()).toMatch(generation === 'core-2' ? /Core 2/ : /Core 3/);
    expect(await page.getByTestId('react-version').innerText()).toMatch(generation === 'core-3-react18' ? /^React 18\.3\./ : /^React 19\./);
  });
});

describe('Client Trust: a correct password on a new device', () => {
  it('sends one email code, signs in with it, and trusts this browser afterwards', async () => {
    const { page } = current();
    await submitPassword(page, 'trust@example.com');
    await page.getByRole('heading', { name: 'Confirm it’s you' }).waitFor();
    const code = page.getByLabel('Email code');
    await expect.poll(() => code.evaluate((element) => element === document.activeElement)).toBe(true);
    expect(await descriptionOf(page, 'Email code')).toMatch(/new device\. Enter the 6-digit code we sent to t\*+@example\.com\.$/);
    await expect.poll(() => backendRequests('POST', '/prepare_second_factor')).toHaveLength(1);
    await code.fill('000000');
    await expect.poll(() => descriptionOf(page, 'Email code')).toMatch(/^That email code is incorrect/);
    await code.fill(await lastCode('trust@example.com', 'lastEmailCode'));
    await expectSignedIn(page, 'trust@example.com');
    expect(await backendRequests('POST', '/prepare_second_factor')).toHaveLength(1);

    await page.getByRole('button', { name: 'Sign out' }).click();
    await submitPassword(page, 'trust@example.com');
    await expectSignedIn(page, 'trust@example.com');
  });

  it('lets the person use a different account instead', async () => {
    const { page } = current();
    await submitPassword(page, 'trust@example.com');
    await page.getByRole('button', { name: 'Use a different account' }).click();
    await submitPassword(page, 'plain@example.com');
    await expectSignedIn(page, 'plain@example.com');
  });
});

describe('the email-code second factor', () => {
  it('sends the code once and signs in with it', async () => {
    const { page } = current();
    await submitPassword(page, 'email@example.com');
    await page.getByRole('heading', { name: 'Two-step verification' }).waitFor();
    await expect.poll(() => backendRequests('POST', '/prepare_second_factor')).toHaveLength(1);
    await page.getByLabel('Email code').fill(await lastCode('email@example.com', 'lastEmailCode'));
    await expectSignedIn(page, 'email@example.com');
  });
});

describe('a session that starts with the reset-password task', () => {
  it('neither signs in nor reports completion until a new password is set, then does both', async () => {
    const { page } = current();
    await submitPassword(page, 'reset@example.com');
    await page.getByRole('heading', { name: 'Set a new password' }).waitFor();
    await expect.poll(() => page.getByRole('region', { name: 'Events' }).innerText()).toMatch(/onSessionTask\s*reset-password/);
    expect(await page.getByRole('region', { name: 'Events' }).innerText()).not.toMatch(/onComplete/);
    expect(await page.getByText('Signed in as').count()).toBe(0);
    expect(await descriptionOf(page, 'New password')).toBe('At least 8 characters.');

    await page.getByLabel('New password', { exact: true }).fill('password123');
    await page.getByLabel('Confirm new password').fill('password123');
    await page.getByRole('button', { name: 'Set password and continue' }).click();
    await expect.poll(() => descriptionOf(page, 'New password')).toMatch(/appeared in a data breach/);

    await page.getByLabel('New password', { exact: true }).fill('a fresh horse staple');
    await page.getByLabel('Confirm new password').fill('a fresh horse staple');
    await page.getByRole('button', { name: 'Set password and continue' }).click();
    await expectSignedIn(page, 'reset@example.com');
    await expect.poll(() => page.getByRole('region', { name: 'Events' }).getByText('onComplete').count()).toBe(1);
    expect(await backendRequests('POST', '/me/change_password')).toHaveLength(2);

    await page.getByRole('button', { name: 'Sign out' }).click();
    await submitPassword(page, 'reset@example.com', 'a fresh horse staple');
    await expectSignedIn(page, 'reset@example.com');
  });
});
