import { describe, expect, it } from 'vitest';
import { durationText, mergeStrings } from '../../src/text/strings.js';

describe('durationText', () => {
  it('reads seconds under a minute and whole minutes, rounded up, above', () => {
    const strings = mergeStrings();
    expect(durationText(1, strings)).toBe('1 second');
    expect(durationText(42, strings)).toBe('42 seconds');
    expect(durationText(61, strings)).toBe('2 minutes');
    expect(durationText(3540, strings)).toBe('59 minutes');
  });

  it('follows the plural rules of the strings’ locale', () => {
    const polish = mergeStrings({
      durations: {
        locale: 'pl',
        seconds: { one: '{count} sekunda', few: '{count} sekundy', many: '{count} sekund', other: '{count} sekundy' },
        minutes: { one: '{count} minuta', few: '{count} minuty', many: '{count} minut', other: '{count} minuty' },
      },
    });
    expect(durationText(1, polish)).toBe('1 sekunda');
    expect(durationText(3, polish)).toBe('3 sekundy');
    expect(durationText(5, polish)).toBe('5 sekund');
    expect(durationText(22 * 60, polish)).toBe('22 minuty');
    expect(durationText(25 * 60, polish)).toBe('25 minut');
  });
});
