import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { totpCodeAt, totpSecondsLeft } from '../../local/emulator/domain/totp.js';
import { backendRequests, control, descriptionOf, expectSignedIn, lastCode, submitPassword, useDemoPage } from './support.js';

// Setting up and removing two-step verification in <MfaSettings> on each Clerk generation, with
// the codes an authenticator app would show computed here from the key the page shows.
const current = useDemoPage();

const ACCOUNT = 'enrol@example.com';

/** The code an authenticator app shows for `secret` now; waits out a code about to roll over. */
async function authenticatorCode(secret: string): Promise<string> {
  if (totpSecondsLeft(Date.now()) < 3) await new Promise((resolve) => setTimeout(resolve, 3500));
  return totpCodeAt(secret, Date.now());
}

async function signOut(page: Page) {
  await page.getByRole('button', { name: 'Sign out' }).click();
  await page.getByLabel('Email address').waitFor();
}

const settings = (page: Page) => page.getByRole('region', { name: 'Two-step verification' });
const methodRow = (page: Page, name: string) => settings(page).getByRole('listitem').filter({ hasText: new RegExp(`^${name}`) });

/** The password, then a backup code instead of the authenticator's. */
async function signInWithBackupCode(page: Page, code: string) {
  await submitPassword(page, ACCOUNT);
  await page.getByRole('checkbox', { name: 'Use a backup code' }).click();
  await page.getByLabel('Backup code', { exact: true }).fill(code);
  await page.getByRole('button', { name: 'Verify' }).click();
}

/** Signed in as the account with no second factor; adds an authenticator and keeps the backup codes. */
async function enrol(page: Page): Promise<{ secret: string; backupCodes: string[] }> {
  await submitPassword(page, ACCOUNT);
  await expectSignedIn(page, ACCOUNT);
  await settings(page).getByRole('button', { name: 'Add an authenticator app' }).click();
  await page.getByRole('img', { name: `QR code that adds ${ACCOUNT} to an authenticator app` }).waitFor();
  // The key as a person reads it off the screen, in groups of four.
  const shown = await page.getByText(/^([A-Z2-7]{4} )+[A-Z2-7]{1,4}$/).innerText();
  const secret = shown.replace(/\s/g, '');
  expect(secret).toMatch(/^[A-Z2-7]{16,}$/);
  // Read from the page, so the key and the QR code carry the same secret; never in an attribute.
  expect(await page.evaluate((key) => [...document.querySelectorAll('*')].some((element) => [...element.attributes].some((attribute) => attribute.value.includes(key))), secret)).toBe(false);
  // The sixth digit submits by itself.
  await page.getByLabel('Code from the app').fill(await authenticatorCode(secret));
  const list = page.getByRole('list', { name: 'Backup codes' });
  await list.waitFor();
  const backupCodes = await list.getByRole('listitem').allInnerTexts();
  expect(backupCodes).toHaveLength(10);
  await page.getByRole('checkbox', { name: 'I have saved these codes somewhere safe' }).click();
  await page.getByRole('button', { name: 'Continue' }).click();
  await expect.poll(() => methodRow(page, 'Authenticator app').innerText()).toMatch(/\bOn\b/);
  return { secret, backupCodes };
}

describe('MFA setup on the real Clerk SDK', () => {
  it('adds an authenticator from the key on the page; the next sign-ins ask for its code, then take a kept backup code once', async () => {
    const { page } = current();
    const { secret, backupCodes } = await enrol(page);
    expect(await backendRequests('POST', '/me/totp')).toHaveLength(1);
    expect(await backendRequests('POST', '/me/totp/attempt_verification')).toHaveLength(1);
    await signOut(page);

    // The authenticator just added is now asked for.
    await submitPassword(page, ACCOUNT);
    await page.getByLabel('Authenticator code').fill(await authenticatorCode(secret));
    await expectSignedIn(page, ACCOUNT);
    await signOut(page);

    // A backup code kept from the setup signs in once.
    await signInWithBackupCode(page, backupCodes[0]!);
    await expectSignedIn(page, ACCOUNT);
    await signOut(page);

    // … and is refused the second time.
    await signInWithBackupCode(page, backupCodes[0]!);
    await expect.poll(() => descriptionOf(page, 'Backup code')).toMatch(/incorrect or has already been used/);
    expect(await page.getByRole('heading', { name: 'Welcome back' }).count()).toBe(0);
  });

  it('removes the authenticator after confirming it is the owner with its code, in place; sign-in then asks only the password', async () => {
    const { page } = current();
    const { secret } = await enrol(page);
    // The session's last verification is now too old for a sensitive change (Clerk's `strict`).
    await control('reverification', { method: 'POST', body: { expireVerifications: true } });
    await methodRow(page, 'Authenticator app').getByRole('button', { name: 'Remove the authenticator app' }).click();
    await page.getByRole('group', { name: /Remove the authenticator app\?/ }).getByRole('button', { name: 'Remove' }).click();

    const confirm = page.getByRole('region', { name: 'Confirm it is you' });
    const code = confirm.getByLabel('Authenticator code');
    await code.waitFor();
    await code.fill(await authenticatorCode(secret));
    await expect.poll(() => settings(page).getByRole('status').innerText()).toBe('The authenticator app was removed.');
    expect(await methodRow(page, 'Authenticator app').innerText()).toMatch(/\bOff\b/);
    // Refused once, verified, retried once.
    expect(await backendRequests('DELETE', '/me/totp')).toHaveLength(2);
    expect(await backendRequests('POST', '/verify/attempt_second_factor')).toHaveLength(1);
    await signOut(page);

    await submitPassword(page, ACCOUNT);
    await expectSignedIn(page, ACCOUNT);
  });

  it('keeps the authenticator when the person gives the confirmation up', async () => {
    const { page } = current();
    await enrol(page);
    await control('reverification', { method: 'POST', body: { expireVerifications: true } });
    await methodRow(page, 'Authenticator app').getByRole('button', { name: 'Remove the authenticator app' }).click();
    await page.getByRole('button', { name: 'Remove', exact: true }).click();
    await page.getByRole('region', { name: 'Confirm it is you' }).getByRole('button', { name: 'Cancel' }).click();
    await expect.poll(() => settings(page).getByRole('status').innerText()).toBe('Nothing was changed.');
    expect(await methodRow(page, 'Authenticator app').innerText()).toMatch(/\bOn\b/);
    expect(await backendRequests('DELETE', '/me/totp')).toHaveLength(1);
  });
});

describe('the setup-mfa session task on the real Clerk SDK', () => {
  it('takes a new account from its password through adding an authenticator to an active session, whose next sign-in asks for the code', async () => {
    const { page } = current();
    const account = 'setup-mfa@example.com';
    await submitPassword(page, account);
    // The session is pending until a second factor is on: the flow offers the methods the instance
    // allows (the local backend allows the authenticator and SMS) and runs the enrolment itself.
    await page.getByRole('heading', { name: 'Two-step verification' }).waitFor();
    await page.getByRole('button', { name: 'Add an authenticator app' }).click();
    await page.getByRole('heading', { name: 'Add an authenticator app' }).waitFor();
    const secret = (await page.getByText(/^([A-Z2-7]{4} )+[A-Z2-7]{1,4}$/).innerText()).replace(/\s/g, '');
    await page.getByLabel('Code from the app').fill(await authenticatorCode(secret));
    await page.getByRole('list', { name: 'Backup codes' }).waitFor();
    await page.getByRole('checkbox', { name: 'I have saved these codes somewhere safe' }).click();
    await page.getByRole('button', { name: 'Continue' }).click();
    await expectSignedIn(page, account);
    expect(await methodRow(page, 'Authenticator app').innerText()).toMatch(/\bOn\b/);
    await signOut(page);

    await submitPassword(page, account);
    await page.getByLabel('Authenticator code').fill(await authenticatorCode(secret));
    await expectSignedIn(page, account);
  });
});

describe('SMS codes as a second factor on the real Clerk SDK', () => {
  it('adds a number from the settings with the texted code; the next sign-in sends a code to it', async () => {
    const { page } = current();
    await submitPassword(page, ACCOUNT);
    await expectSignedIn(page, ACCOUNT);
    await settings(page).getByRole('button', { name: 'Add a phone number for codes' }).click();
    const phone = page.getByLabel('Phone number');
    await phone.waitFor();
    await phone.fill('201 555 0123');
    await page.getByRole('button', { name: 'Send code' }).click();
    const code = page.getByLabel('SMS code');
    await code.waitFor();
    // Sent once, to the number in E.164.
    expect(await descriptionOf(page, 'SMS code')).toMatch(/\+12015550123/);
    await expect.poll(() => backendRequests('POST', '/prepare_verification')).toHaveLength(1);
    await code.fill(await lastCode(ACCOUNT, 'lastSmsCode'));
    // The first second factor brings the backup codes.
    await page.getByRole('list', { name: 'Backup codes' }).waitFor();
    await page.getByRole('checkbox', { name: 'I have saved these codes somewhere safe' }).click();
    await page.getByRole('button', { name: 'Continue' }).click();
    await expect.poll(() => methodRow(page, 'Text message to').innerText()).toMatch(/\+12015550123/);
    await signOut(page);

    await submitPassword(page, ACCOUNT);
    const signInCode = page.getByLabel('SMS code');
    await signInCode.waitFor();
    await expect.poll(() => lastCode(ACCOUNT, 'lastSmsCode').catch(() => null)).not.toBeNull();
    await expect.poll(() => backendRequests('POST', '/prepare_second_factor')).toHaveLength(1);
    await signInCode.fill(await lastCode(ACCOUNT, 'lastSmsCode'));
    await expectSignedIn(page, ACCOUNT);
  });

  it('sets up the setup-mfa task with a texted code instead of an authenticator', async () => {
    const { page } = current();
    const account = 'setup-mfa@example.com';
    await submitPassword(page, account);
    await page.getByRole('button', { name: 'Add a phone number for codes' }).click();
    await page.getByLabel('Phone number').fill('+44 7400 123456');
    await page.getByRole('button', { name: 'Send code' }).click();
    await page.getByLabel('SMS code').waitFor();
    await expect.poll(() => backendRequests('POST', '/prepare_verification')).toHaveLength(1);
    await page.getByLabel('SMS code').fill(await lastCode(account, 'lastSmsCode'));
    await page.getByRole('list', { name: 'Backup codes' }).waitFor();
    await page.getByRole('checkbox', { name: 'I have saved these codes somewhere safe' }).click();
    await page.getByRole('button', { name: 'Continue' }).click();
    await expectSignedIn(page, account);
    expect(await methodRow(page, 'Text message to').innerText()).toMatch(/\+447400123456/);
  });
});
