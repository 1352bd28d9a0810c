/**
 * Clerk puts the lockout wait only in `long_message` (the SDK drops the numeric meta field),
 * so the words must carry the whole information.
 */
export function lockoutMessage(secondsLeft: number | null): string {
  if (secondsLeft === null) {
    return 'Your account is locked and the lock does not expire. Please contact support for further assistance.';
  }
  return `Your account is locked. You will be able to try again in ${describeWait(secondsLeft)}.`;
}

function plural(count: number, unit: string): string {
  return `${count} ${unit}${count === 1 ? '' : 's'}`;
}

/** Rounded down, as a countdown reads: 3599 s is "59 minutes". */
export function describeWait(seconds: number): string {
  const whole = Math.max(1, Math.floor(seconds));
  if (whole < 60) return plural(whole, 'second');
  if (whole < 3600) return plural(Math.floor(whole / 60), 'minute');
  const hours = Math.floor(whole / 3600);
  const minutes = Math.floor((whole % 3600) / 60);
  return minutes === 0 ? plural(hours, 'hour') : `${plural(hours, 'hour')} and ${plural(minutes, 'minute')}`;
}
