import { describe, expect, it } from 'vitest';
import { classifyErrors } from '../../src/clerk/errors.js';

describe('an error thrown without a Clerk code', () => {
  it('reads as a network fault only when it is one', () => {
    expect(classifyErrors([new TypeError('Failed to fetch')]).formError?.code).toBe('network_error');
    expect(classifyErrors([new Error('ClerkJS: Network error: Failed to fetch')]).formError?.code).toBe('network_error');
    // A mistake (a Clerk version without a call, say) is not the person's connection.
    expect(classifyErrors([new Error('This Clerk version has no signIn.create().')]).formError?.code).toBe('unknown');
  });
});
