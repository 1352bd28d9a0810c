import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { DEMO_PASSWORD, expectSignedIn, totpFor, unusedBackupCodes, useDemoPage } from './support.js';

const current = useDemoPage();

const focusedName = (page: Page) =>
  page.evaluate(() => {
    const element = document.activeElement as HTMLElement | null;
    return element?.getAttribute('aria-label') ?? (element?.id ? document.querySelector(`label[for="${element.id}"]`)?.textContent : null) ?? element?.textContent ?? null;
  });

/** Tab to the email field, type both fields, press Enter, and wait for the code field to take focus. */
async function passwordByKeyboard(page: Page, email: string) {
  await page.keyboard.press('Tab');
  expect(await focusedName(page)).toBe('Email address');
  await page.keyboard.type(email);
  await page.keyboard.press('Tab');
  expect(await focusedName(page)).toBe('Password');
  await page.keyboard.type(DEMO_PASSWORD);
  await page.keyboard.press('Enter');
  await expect.poll(() => focusedName(page)).toBe('Authenticator code');
}

describe('keyboard only, on the real Clerk SDK', () => {
  it('signs in with Tab, typing and Enter, focus moving to each next thing to do', async () => {
    const { page } = current();
    await passwordByKeyboard(page, 'mfa@example.com');
    await page.keyboard.type(await totpFor('mfa@example.com'));
    await expectSignedIn(page, 'mfa@example.com');
  });

  it('switches to a backup code with the space bar and comes back to the field', async () => {
    const { page } = current();
    await passwordByKeyboard(page, 'mfa@example.com');
    await page.keyboard.press('Tab');
    expect(await focusedName(page)).toBe('Use a backup code');
    await page.keyboard.press('Space');
    await expect.poll(() => focusedName(page)).toBe('Backup code');
    const [backupCode] = await unusedBackupCodes('mfa@example.com');
    await page.keyboard.type(backupCode!);
    await page.keyboard.press('Enter');
    await expectSignedIn(page, 'mfa@example.com');
  });
});

describe('pasting and revealing, on the real Clerk SDK', () => {
  it('takes a pasted code with separators into the six slots and submits it', async () => {
    const { page } = current();
    await passwordByKeyboard(page, 'totp@example.com');
    const code = await totpFor('totp@example.com');
    // What a paste delivers: one input event carrying the whole text, separators included.
    await page.keyboard.insertText(`${code.slice(0, 3)} - ${code.slice(3)}`);
    await expectSignedIn(page, 'totp@example.com');
  });

  it('shows and hides the password without putting it in an attribute', async () => {
    const { page } = current();
    const password = page.getByLabel('Password', { exact: true });
    await password.fill(DEMO_PASSWORD);
    await page.getByRole('button', { name: 'Show password' }).click();
    expect(await password.getAttribute('type')).toBe('text');
    // Its name says what the next press does; aria-pressed says what shows now.
    const hide = page.getByRole('button', { name: 'Hide password' });
    expect(await hide.getAttribute('aria-pressed')).toBe('true');
    expect(await password.getAttribute('value')).toBeNull();
    expect(await page.content()).not.toContain(DEMO_PASSWORD.slice(0, 12) + '"');
    await hide.click();
    expect(await password.getAttribute('type')).toBe('password');
    expect(await page.getByRole('button', { name: 'Show password' }).getAttribute('aria-pressed')).toBe('false');
  });
});
