import { screen } from '@testing-library/react';
import { renderToString } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { tokensOf } from '../../src/parts/appearance.js';
import { PasswordStep } from '../../src/steps/PasswordStep.js';
import { SecondFactorStep } from '../../src/steps/SecondFactorStep.js';
import { SignInFlow } from '../../src/steps/SignInFlow.js';
import { SignInRoot } from '../../src/steps/SignInRoot.js';
import { createSignInDouble } from '../doubles/signInDouble.js';
import { SignInDoubleProvider } from '../doubles/SignInDoubleProvider.js';
import { renderWithDouble } from './renderWithDouble.js';

const card = () => screen.getByRole('form');

describe('colour scheme', () => {
  it('is light by default, as Clerk’s components, whatever the page says', () => {
    renderWithDouble(<PasswordStep />);
    expect(card()).toHaveAttribute('data-color-scheme', 'light');
  });

  it('follows the component’s own prop, and a root’s for every step inside', () => {
    const { unmount } = renderWithDouble(<PasswordStep colorScheme="system" />);
    expect(card()).toHaveAttribute('data-color-scheme', 'system');
    unmount();
    renderWithDouble(<SignInFlow colorScheme="dark" />, (double) => double.startAt('needs_second_factor', 'totp@example.com'));
    expect(card()).toHaveAttribute('data-color-scheme', 'dark');
  });

  it('lets a step’s own prop win over its root’s', () => {
    renderWithDouble(
      <SignInRoot colorScheme="dark">
        <PasswordStep colorScheme="light" />
      </SignInRoot>,
    );
    expect(card()).toHaveAttribute('data-color-scheme', 'light');
  });
});

describe('Clerk’s appearance variables', () => {
  it('map to the tokens by either generation’s names, the first given winning', () => {
    expect(
      tokensOf({
        colorPrimary: '#6c47ff',
        colorText: '#111',
        colorForeground: '#222',
        colorInputBackground: 'white',
        colorDanger: 'crimson',
        borderRadius: '12px',
        fontFamily: 'Inter, sans-serif',
        spacingUnit: '1rem',
      }),
    ).toEqual({
      '--mfa-accent': '#6c47ff',
      '--mfa-fg': '#222',
      '--mfa-input-bg': 'white',
      '--mfa-danger': 'crimson',
      '--mfa-danger-bg': 'color-mix(in srgb, crimson 12%, var(--mfa-bg))',
      '--mfa-radius': '12px',
      '--mfa-font': 'Inter, sans-serif',
      '--mfa-space': 'calc(1rem / 4)',
      // No foreground given: the one that reads on the primary, as Clerk derives it.
      '--mfa-accent-fg': '#ffffff',
      // As text: unchanged where it reads on white, lightened until it reads on the dark card.
      '--mfa-accent-text': 'light-dark(#6c47ff, #896cff)',
    });
    expect(tokensOf({ colorPrimary: '#ffd60a' })).toEqual({ '--mfa-accent': '#ffd60a', '--mfa-accent-fg': '#000000', '--mfa-accent-text': 'light-dark(#806b05, #ffd60a)' });
    expect(tokensOf({ colorPrimary: '#ffd60a', colorPrimaryForeground: '#333' })).toMatchObject({ '--mfa-accent': '#ffd60a', '--mfa-accent-fg': '#333' });
    // A colour this form cannot judge is used as given.
    expect(tokensOf({ colorPrimary: 'rebeccapurple' })).toEqual({ '--mfa-accent': 'rebeccapurple', '--mfa-accent-text': 'rebeccapurple' });
  });

  it('shade the accent as text until it reads on the card in either scheme (4.5:1)', () => {
    const luminance = (hex: string) => {
      const [r, g, b] = [1, 3, 5].map((start) => parseInt(hex.slice(start, start + 2), 16) / 255).map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
      return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
    };
    const contrast = (a: string, b: string) => {
      const [high, low] = [luminance(a), luminance(b)].sort((x, y) => y - x);
      return (high! + 0.05) / (low! + 0.05);
    };
    for (const primary of ['#5b3fd9', '#000000', '#ffffff', '#ffd60a', '#00a86b', '#e11d48']) {
      const text = String(tokensOf({ colorPrimary: primary })!['--mfa-accent-text' as keyof object]);
      const [, light, dark] = /^light-dark\((#[0-9a-f]{6}), (#[0-9a-f]{6})\)$/.exec(text)!;
      expect(contrast(light!, '#ffffff'), `${primary} on light`).toBeGreaterThanOrEqual(4.5);
      expect(contrast(dark!, '#16181d'), `${primary} on dark`).toBeGreaterThanOrEqual(4.5);
    }
  });

  it('refuse a value that would end its declaration or fetch something', () => {
    expect(tokensOf({ colorPrimary: 'red; background: url(https://evil.example/x)', colorText: 'url(x)', colorBackground: '}', borderRadius: ' ' })).toBeUndefined();
    expect(tokensOf({ ['__proto__' as 'colorPrimary']: 'red' })).toBeUndefined();
  });

  it('reach every card as custom properties', () => {
    renderWithDouble(<SecondFactorStep appearance={{ variables: { colorPrimary: 'rgb(108, 71, 255)' } }} />, (double) =>
      double.startAt('needs_second_factor', 'totp@example.com'),
    );
    expect(card().style.getPropertyValue('--mfa-accent')).toBe('rgb(108, 71, 255)');
  });

  it('leave server markup without a style attribute when not given', () => {
    const markup = renderToString(
      <SignInDoubleProvider double={createSignInDouble()}>
        <PasswordStep />
      </SignInDoubleProvider>,
    );
    expect(markup).toContain('data-color-scheme="light"');
    expect(markup).not.toMatch(/\sstyle=/);
  });
});

describe('the card’s frame', () => {
  it('shows the app’s header, name and footer, and the account on later steps with the way to change it', () => {
    renderWithDouble(<SignInFlow header={<img alt="Acme" src="/logo.svg" />} appName="Acme" footer={<a href="/help">Help</a>} />);
    expect(screen.getByRole('img', { name: 'Acme' })).toBeInTheDocument();
    expect(screen.getByText('to continue to Acme')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Help' })).toBeInTheDocument();
  });

  it('names the account on the code step, with "Use a different account" as its edit button', () => {
    renderWithDouble(<SignInFlow />, (double) => double.startAt('needs_second_factor', 'totp@example.com'));
    expect(screen.getByText('totp@example.com')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Use a different account' })).toBeInTheDocument();
  });

  it('marks the fields required for assistive technology', () => {
    renderWithDouble(<PasswordStep />);
    expect(screen.getByLabelText('Email address')).toBeRequired();
    expect(screen.getByLabelText('Password', { selector: 'input' })).toBeRequired();
  });
});
