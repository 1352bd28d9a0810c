import { Secret, TOTP } from 'otpauth';

/** RFC 6238 with the parameters every authenticator app defaults to. */
const PERIOD_SECONDS = 30;

function totpFor(secret: string): TOTP {
  return new TOTP({ secret: Secret.fromBase32(secret), algorithm: 'SHA1', digits: 6, period: PERIOD_SECONDS });
}

export function newTotpSecret(): string {
  return new Secret({ size: 20 }).base32;
}

export function totpCodeAt(secret: string, now: number): string {
  return totpFor(secret).generate({ timestamp: now });
}

/** One period either side is accepted, so a code typed just as it rolls over still works. */
export function isValidTotp(secret: string, code: string, now: number): boolean {
  return totpFor(secret).validate({ token: code, timestamp: now, window: 1 }) !== null;
}

export function totpSecondsLeft(now: number): number {
  return PERIOD_SECONDS - (Math.floor(now / 1000) % PERIOD_SECONDS);
}
