import { describe, expect, it } from 'vitest';
import {
  descriptionOf,
  expectSignedIn,
  submitPassword,
  totpFor,
  unusedBackupCodes,
  useDemoPage,
} from './support.js';

const current = useDemoPage();

describe('signing in on the real Clerk SDK', () => {
  it('signs in with an authenticator code and stays signed in after a reload', async () => {
    const { page } = current();
    await submitPassword(page, 'mfa@example.com');
    const code = page.getByLabel('Authenticator code');
    await code.waitFor();
    expect(await code.evaluate((element) => element === document.activeElement)).toBe(true);
    // The sixth digit submits by itself.
    await code.fill(await totpFor('mfa@example.com'));
    await expectSignedIn(page, 'mfa@example.com');
    await page.reload();
    await expectSignedIn(page, 'mfa@example.com');
  });

  it('signs in with a backup code, which is refused the second time', async () => {
    const { page } = current();
    const [backupCode] = await unusedBackupCodes('mfa@example.com');
    await submitPassword(page, 'mfa@example.com');
    await page.getByRole('checkbox', { name: 'Use a backup code' }).click();
    await page.getByLabel('Backup code', { exact: true }).fill(backupCode!);
    await page.getByRole('button', { name: 'Verify' }).click();
    await expectSignedIn(page, 'mfa@example.com');

    await page.getByRole('button', { name: 'Sign out' }).click();
    await submitPassword(page, 'mfa@example.com');
    await page.getByRole('checkbox', { name: 'Use a backup code' }).click();
    await page.getByLabel('Backup code', { exact: true }).fill(backupCode!);
    await page.getByRole('button', { name: 'Verify' }).click();
    await expect.poll(() => descriptionOf(page, 'Backup code')).toContain('That backup code is incorrect or has already been used.');
    // Kept for correcting: a wrong backup code is usually one slip.
    expect(await page.getByLabel('Backup code', { exact: true }).inputValue()).toBe(backupCode);
  });

  it('signs out', async () => {
    const { page } = current();
    await submitPassword(page, 'plain@example.com');
    await expectSignedIn(page, 'plain@example.com');
    await page.getByRole('button', { name: 'Sign out' }).click();
    await page.getByLabel('Email address').waitFor();
    await page.reload();
    await page.getByLabel('Email address').waitFor();
    expect(await page.getByRole('heading', { name: 'Welcome back' }).count()).toBe(0);
  });
});

describe('errors from the real Clerk SDK', () => {
  it('puts a wrong password on the password field and clears it', async () => {
    const { page } = current();
    await submitPassword(page, 'mfa@example.com', 'not-the-password');
    await expect.poll(() => descriptionOf(page, 'Password')).toBe('That password is incorrect. Try again.');
    expect(await page.getByLabel('Password', { exact: true }).getAttribute('aria-invalid')).toBe('true');
    expect(await page.getByLabel('Password', { exact: true }).inputValue()).toBe('');
    expect(await page.getByLabel('Email address').inputValue()).toBe('mfa@example.com');
  });

  it('puts an unknown email on the email field', async () => {
    const { page } = current();
    await submitPassword(page, 'nobody@example.com');
    await expect.poll(() => descriptionOf(page, 'Email address')).toBe('No account uses that email address.');
    expect(await page.getByLabel('Password', { exact: true }).inputValue()).not.toBe('');
  });

  it('puts a wrong authenticator code on the code field', async () => {
    const { page } = current();
    await submitPassword(page, 'totp@example.com');
    const valid = await totpFor('totp@example.com');
    const wrong = valid === '000000' ? '111111' : '000000';
    await page.getByLabel('Authenticator code').fill(wrong);
    await expect.poll(() => descriptionOf(page, 'Authenticator code')).toContain('That authenticator code is incorrect.');
    expect(await page.getByLabel('Authenticator code').inputValue()).toBe('');
  });

  it('shows a locked account, which clerk-js reports only in errors.raw, with its countdown', async () => {
    const { page } = current();
    await submitPassword(page, 'locked@example.com');
    await expect.poll(() => page.getByRole('alert').innerText()).toBe('Your account is locked after too many failed attempts.');
    expect(await page.getByRole('timer').innerText()).toMatch(/^You can try again in (59|60) minutes\.$/);
    expect(await page.getByLabel('Email address').inputValue()).toBe('locked@example.com');
    expect(await page.getByRole('button', { name: 'Continue' }).isDisabled()).toBe(true);
  });
});

describe('on a 320 px phone', () => {
  it('holds the password and code steps without sideways scrolling', async () => {
    const { page } = current();
    await page.setViewportSize({ width: 320, height: 640 });
    try {
      const pageWidth = () => page.evaluate(() => document.documentElement.scrollWidth);
      await page.getByLabel('Email address').waitFor();
      expect(await pageWidth()).toBeLessThanOrEqual(320);
      await submitPassword(page, 'totp@example.com');
      await page.getByLabel('Authenticator code').waitFor();
      expect(await pageWidth()).toBeLessThanOrEqual(320);
      // Every control a finger can meet is at least 44 px tall.
      const heights = await page.locator('form[data-step] :is(button, input:not([data-part="code-slots"] *))').evaluateAll((elements) =>
        elements.map((element) => Math.round(element.getBoundingClientRect().height)),
      );
      expect(Math.min(...heights)).toBeGreaterThanOrEqual(44);
      // The stylesheet's colours reach the built page: a filled button, bordered slots.
      const painted = await page.evaluate(() => ({
        button: getComputedStyle(document.querySelector('[data-part="submit"]')!).backgroundColor,
        slot: getComputedStyle(document.querySelector('[data-part="code-slot"]')!).borderTopColor,
      }));
      expect(painted.button).not.toBe('rgba(0, 0, 0, 0)');
      expect(painted.slot).not.toBe('rgba(0, 0, 0, 0)');
    } finally {
      await page.setViewportSize({ width: 1280, height: 720 });
    }
  });
});
