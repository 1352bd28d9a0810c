import { isSignedIn, type EmulatorSettings, type EmulatorState, type SessionRecord } from './state.js';

/** Minutes since `at`, or -1 for a factor never verified on the session, as Clerk counts them. */
function minutesSince(at: number | null, now: number): number {
  return at === null ? -1 : Math.floor((now - at) / 60_000);
}

/** `factor_verification_age` (and the token's `fva` claim): [first factor, second factor] in minutes. */
export function factorVerificationAge(session: SessionRecord, now: number): [number, number] {
  return [minutesSince(session.firstFactorAt, now), minutesSince(session.secondFactorAt, now)];
}

/**
 * Clerk's `strict` rule (level `second_factor`, as `checkReverificationAuthorization` in
 * `@clerk/shared` reads it): the second factor must be younger than the limit; a session on which no
 * second factor was ever verified is judged by its first factor instead. A fresh sign-in passes.
 */
export function isRecentlyVerified(session: SessionRecord, settings: EmulatorSettings, now: number): boolean {
  const [firstFactorAge, secondFactorAge] = factorVerificationAge(session, now);
  const age = secondFactorAge === -1 ? firstFactorAge : secondFactorAge;
  return age !== -1 && age < settings.reverificationAfterMinutes;
}

/**
 * Makes every signed-in session's verifications exactly as old as the limit, so its next sensitive
 * call asks for reverification (which then works as usual) without waiting for the clock.
 */
export function expireVerifications(state: EmulatorState, now: number): void {
  const limit = now - state.settings.reverificationAfterMinutes * 60_000;
  for (const session of state.sessions.values()) {
    if (!isSignedIn(session)) continue;
    session.firstFactorAt = Math.min(session.firstFactorAt, limit);
    if (session.secondFactorAt !== null) session.secondFactorAt = Math.min(session.secondFactorAt, limit);
  }
}
