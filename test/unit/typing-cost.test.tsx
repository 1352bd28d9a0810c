import { act, screen } from '@testing-library/react';
import { Profiler } from 'react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { SignInFlow } from '../../src/steps/SignInFlow.js';
import { DOUBLE_PASSWORD } from '../doubles/signInDouble.js';
import { renderWithDouble } from './renderWithDouble.js';

// Every step renders its form through the shell, so the shell's renders are the step's renders.
const shellRenders = vi.hoisted(() => ({ count: 0 }));
vi.mock('../../src/steps/StepShell.js', async (importOriginal) => {
  const original = await importOriginal<typeof import('../../src/steps/StepShell.js')>();
  return {
    ...original,
    StepShell: (props: Parameters<typeof original.StepShell>[0]) => {
      shellRenders.count += 1;
      return original.StepShell(props);
    },
  };
});

function countCommits() {
  const counter = { commits: 0 };
  return { counter, onRender: () => void (counter.commits += 1) };
}

beforeEach(() => {
  shellRenders.count = 0;
});

describe('typing costs nothing', () => {
  it('renders nothing at all while a person types an email and a password', async () => {
    const { counter, onRender } = countCommits();
    const { user } = renderWithDouble(
      <Profiler id="flow" onRender={onRender}>
        <SignInFlow />
      </Profiler>,
    );
    counter.commits = 0;
    shellRenders.count = 0;
    await user.type(screen.getByLabelText('Email address'), 'someone.with.a.long.name@example.com');
    await user.type(screen.getByLabelText('Password'), DOUBLE_PASSWORD);
    expect(counter.commits).toBe(0);
    expect(shellRenders.count).toBe(0);
  });

  it('repaints the code slots, and not the step, while a code is typed', async () => {
    const { user } = renderWithDouble(<SignInFlow />, (double) => double.startAt('needs_second_factor', 'totp@example.com'));
    const code = screen.getByLabelText('Authenticator code');
    await user.click(code);
    shellRenders.count = 0;
    await user.type(code, '12345');
    expect(screen.getByText('5', { selector: '[data-part="code-slot"]' })).toBeInTheDocument();
    expect(shellRenders.count).toBe(0);
  });

  it('disables the button in the same task as the click', async () => {
    const { user } = renderWithDouble(<SignInFlow />, (double) => double.hold());
    await user.type(screen.getByLabelText('Email address'), 'plain@example.com');
    await user.type(screen.getByLabelText('Password'), DOUBLE_PASSWORD);
    const button = screen.getByRole('button', { name: 'Continue' });
    act(() => button.click());
    expect(button).toHaveAttribute('aria-disabled', 'true');
  });
});
