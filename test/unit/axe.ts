import axe from 'axe-core';
import { expect } from 'vitest';

/** Fails the test on any axe violation in `container`. Contrast needs real layout, so the browser suites check it. */
export async function expectNoAxeViolations(container: Element) {
  const results = await axe.run(container, { rules: { 'color-contrast': { enabled: false } } });
  expect(results.violations.map((violation) => `${violation.id}: ${violation.help}`)).toEqual([]);
}
