import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { DEMO_PASSWORD, expectSignedIn, totpFor, unusedBackupCodes, useDemoPage } from './support.js';

const current = useDemoPage();

const focusedName = (page: Page) =>
  page.evaluate(() => {
    const element = document.activeElement as HTMLElement | null;
    return element?.getAttribute('aria-label') ?? (element?.id ? document.querySelector(`label[for="${element.id}"]`)?.textContent : null) ?? element?.textContent ?? null;
  });

describe('keyboard only, on the real Clerk SDK', () => {
  it('signs in with Tab, typing and Enter, focus moving to each next thing to do', async () => {
    const { page } = current();
    await page.keyboard.press('Tab');
    expect(await focusedName(page)).toBe('Email address');
    await page.keyboard.type('mfa@example.com');
    await page.keyboard.press('Tab');
    expect(await focusedName(page)).toBe('Password');
    await page.keyboard.type(DEMO_PASSWORD);
    await page.keyboard.press('Enter');
    await expect.poll(() => focusedName(page)).toBe('Authenticator code');
    await page.keyboard.type(await totpFor('mfa@example.com'));
    await expectSignedIn(page, 'mfa@example.com');
  });

  it('switches to a backup code with the space bar and comes back to the field', async () => {
    const { page } = current();
    await page.keyboard.press('Tab');
    await page.keyboard.type('mfa@example.com');
    await page.keyboard.press('Tab');
    await page.keyboard.type(DEMO_PASSWORD);
    await page.keyboard.press('Enter');
    await expect.poll(() => focusedName(page)).toBe('Authenticator code');
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
