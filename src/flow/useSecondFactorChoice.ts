import { useMemo, useState } from 'react';
import type { CodeKind } from './codeRules.js';
import type { SecondFactorLike } from '../clerk/types.js';

const SUPPORTED: readonly CodeKind[] = ['totp', 'phone_code', 'email_code', 'backup_code'];

/**
 * Which second factor the step shows, among those the account offers. The backup-code toggle
 * switches away from the primary factor and back to it; "use another method" picks any other.
 */
export function useSecondFactorChoice(factors: readonly SecondFactorLike[], defaultKind: CodeKind) {
  const available = useMemo<CodeKind[]>(() => {
    const offered = SUPPORTED.filter((kind) => factors.some((factor) => factor.strategy === kind));
    // A step rendered before Clerk lists factors still needs a field: the authenticator is the common case.
    return offered.length > 0 ? offered : ['totp'];
  }, [factors]);
  const initial = available.includes(defaultKind) ? defaultKind : available[0]!;
  const [chosen, setChosen] = useState<CodeKind>(initial);
  const [lastPrimary, setLastPrimary] = useState<CodeKind | null>(initial === 'backup_code' ? null : initial);
  const kind = available.includes(chosen) ? chosen : available[0]!;
  const primary = lastPrimary && available.includes(lastPrimary) ? lastPrimary : available.find((k) => k !== 'backup_code') ?? null;

  const choose = (next: CodeKind) => {
    if (next !== 'backup_code') setLastPrimary(next);
    setChosen(next);
  };

  return {
    kind,
    /** The factors other than the one shown, for "use another method". */
    others: available.filter((candidate) => candidate !== kind),
    /** Whether the inline backup-code toggle applies: a primary factor plus backup codes. */
    hasBackupToggle: primary !== null && available.includes('backup_code'),
    choose,
    setBackup: (useBackup: boolean) => choose(useBackup ? 'backup_code' : (primary ?? kind)),
  };
}
