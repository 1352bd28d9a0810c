import { arSA, frFR } from '@clerk/localizations';
import { describe, expect, it } from 'vitest';
import { mfaArSA } from '../../src/locales/ar-SA.js';
import { mfaFrFR } from '../../src/locales/fr-FR.js';
import { DEMO_PASSWORD, descriptionOf, expectSignedIn, totpFor, useDemoPage } from './support.js';

// The demo's language switch on each Clerk generation: Clerk's resource with this library's own
// strings beside it, as an app passes them to <ClerkProvider localization>.
const current = useDemoPage();

describe('the demo in another language', () => {
  it('signs in in French: Clerk’s words where it has them, this library’s French elsewhere, Clerk’s French for its error codes', async () => {
    const { page } = current();
    await page.getByLabel('Language').selectOption('fr-FR');
    await page.getByRole('heading', { name: frFR.signIn!.start!.title! }).waitFor();
    await page.getByLabel(frFR.formFieldLabel__emailAddress!).fill('totp@example.com');
    await page.getByLabel(frFR.formFieldLabel__password!, { exact: true }).fill('not-the-password');
    // A string Clerk has no key for, in this library's French.
    expect(await page.getByRole('button', { name: mfaFrFR.mfaSteps.passwordStep.showPassword }).count()).toBe(1);
    await page.getByRole('button', { name: frFR.formButtonPrimary! }).click();
    await expect.poll(() => descriptionOf(page, frFR.formFieldLabel__password!)).toContain(frFR.unstable__errors!.form_password_incorrect!);

    await page.getByLabel(frFR.formFieldLabel__password!, { exact: true }).fill(DEMO_PASSWORD);
    await page.getByRole('button', { name: frFR.formButtonPrimary! }).click();
    await page.getByRole('heading', { name: frFR.signIn!.totpMfa!.title! }).waitFor();
    await page.getByLabel(frFR.signIn!.totpMfa!.formTitle!).fill(await totpFor('totp@example.com'));
    await expectSignedIn(page, 'totp@example.com');
  });

  it('lays the form out right to left in Arabic', async () => {
    const { page } = current();
    await page.getByLabel('Language').selectOption('ar-SA');
    const title = page.getByRole('heading', { name: arSA.signIn!.start!.title! });
    await title.waitFor();
    const form = page.locator('form[data-step="password"]');
    expect(await form.evaluate((element) => getComputedStyle(element).direction)).toBe('rtl');
    // The title starts at the right edge of the card.
    const [card, heading] = await Promise.all([form.boundingBox(), title.boundingBox()]);
    expect(card!.x + card!.width - (heading!.x + heading!.width)).toBeLessThan(card!.width / 4);
    expect(await page.getByRole('button', { name: mfaArSA.mfaSteps.passwordStep.forgotPassword }).count()).toBe(1);
  });
});
