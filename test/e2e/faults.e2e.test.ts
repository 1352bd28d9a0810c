import { beforeEach, describe, expect, it } from 'vitest';
import {
  backendRequests,
  clearFaults,
  DEMO_PASSWORD,
  expectSignedIn,
  fillPassword,
  injectFault,
  useDemoPage,
} from './support.js';

const current = useDemoPage();

describe('given a fault on the sign-in call', () => {
  it('after a 429 counts down the Retry-After with the form disabled, then signs in', async () => {
    const { page } = current();
    await injectFault({ path: '/client/sign_ins', method: 'POST', kind: 'rate_limit', retryAfter: 3, times: 1 });
    await fillPassword(page, 'plain@example.com');
    const button = page.getByRole('button', { name: 'Continue' });
    await button.click();
    await expect.poll(() => page.getByRole('alert').innerText()).toBe('Too many attempts. Wait a moment, then try again.');
    expect(await page.getByRole('timer').innerText()).toMatch(/^You can try again in [23] seconds\.$/);
    expect(await button.isDisabled()).toBe(true);
    await expect.poll(() => page.getByRole('alert').innerText(), { timeout: 6000 }).toBe('You can try again now.');
    expect(await button.isEnabled()).toBe(true);
    expect(await page.getByLabel('Password', { exact: true }).inputValue()).toBe(DEMO_PASSWORD);
    await button.click();
    await expectSignedIn(page, 'plain@example.com');
  });

  it.each([
    ['a 500', { kind: 'status', status: 500 }, /went wrong/i],
    ['a dropped connection', { kind: 'drop' }, /could not reach the sign-in service/i],
  ])('after %s the form keeps what was typed and signs in on retry', async (_name, fault, message) => {
    const { page } = current();
    await injectFault({ path: '/client/sign_ins', method: 'POST', ...fault });
    await fillPassword(page, 'plain@example.com');
    await page.getByRole('button', { name: 'Continue' }).click();
    await expect.poll(() => page.getByRole('alert').innerText()).toMatch(message);
    expect(await page.getByLabel('Email address').inputValue()).toBe('plain@example.com');
    expect(await page.getByLabel('Password', { exact: true }).inputValue()).toBe(DEMO_PASSWORD);
    expect(await page.getByRole('button', { name: 'Continue' }).isEnabled()).toBe(true);

    await clearFaults();
    await page.getByRole('button', { name: 'Continue' }).click();
    await expectSignedIn(page, 'plain@example.com');
  });
});

describe('given a repeated submit while the first is in flight', () => {
  beforeEach(async () => {
    // Slow answers make the second submit land while the first request is still open.
    await injectFault({ path: '/client/sign_ins', method: 'POST', kind: 'latency', ms: 700 });
  });

  it('sends one request for a double click', async () => {
    const { page } = current();
    await fillPassword(page, 'plain@example.com');
    await page.getByRole('button', { name: 'Continue' }).dblclick();
    await expectSignedIn(page, 'plain@example.com');
    expect(await backendRequests('POST', '/client/sign_ins')).toHaveLength(1);
  });

  it('sends one request for Enter plus a click', async () => {
    const { page } = current();
    await fillPassword(page, 'plain@example.com');
    const button = page.getByRole('button', { name: 'Continue' });
    // `force`: a person's click lands whether or not the button has disabled itself yet.
    await Promise.all([page.getByLabel('Password', { exact: true }).press('Enter'), button.click({ force: true })]);
    await expectSignedIn(page, 'plain@example.com');
    expect(await backendRequests('POST', '/client/sign_ins')).toHaveLength(1);
  });

  it('sends one request for two submits in the same tick, before the button can disable', async () => {
    const { page } = current();
    await fillPassword(page, 'plain@example.com');
    await page.getByRole('form', { name: 'Sign in' }).evaluate((form: HTMLFormElement) => {
      form.requestSubmit();
      form.requestSubmit();
    });
    await expectSignedIn(page, 'plain@example.com');
    expect(await backendRequests('POST', '/client/sign_ins')).toHaveLength(1);
  });
});
