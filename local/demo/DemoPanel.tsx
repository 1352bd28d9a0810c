import { useEffect, useState, type ReactNode } from 'react';
// The shape the backend's `/__emulator/demo` answers with; a type only, nothing of the backend ships.
import type { DemoUser as DemoAccount } from '../emulator/index.js';

/**
 * The demo accounts with their live codes, read from the local backend's control surface, so a
 * newcomer can sign in without an authenticator app. Refreshed every second for the TOTP countdown.
 */
/** `children`: shown above the accounts (the language menu), after the form in the tab order. */
export function DemoPanel({ children }: { children?: ReactNode }) {
  const [accounts, setAccounts] = useState<DemoAccount[] | null>(null);
  useEffect(() => {
    let cancelled = false;
    const load = async () => {
      try {
        const response = await fetch('/__emulator/demo');
        if (!cancelled && response.ok) setAccounts(await response.json());
      } catch {
        // The backend restarts with the dev server; the next tick retries.
      }
    };
    void load();
    const timer = setInterval(load, 1000);
    return () => {
      cancelled = true;
      clearInterval(timer);
    };
  }, []);

  return (
    <aside className="demo-panel" aria-labelledby="demo-panel-title">
      {children}
      <h2 id="demo-panel-title">Demo accounts</h2>
      {accounts === null ? <p>Loading…</p> : null}
      <ul>
        {accounts?.map((account) => (
          <li key={account.email}>
            <p>
              <strong>{account.email}</strong> — {account.description}
            </p>
            <p>
              Password: <code>{account.password}</code>
            </p>
            {account.totpCode ? (
              <p>
                Authenticator code: <code data-testid={`totp-${account.email}`}>{account.totpCode}</code>{' '}
                <span>({account.totpSecondsLeft}s left)</span>
              </p>
            ) : null}
            {account.lastSmsCode ? (
              <p>
                Last SMS code: <code>{account.lastSmsCode}</code>
              </p>
            ) : null}
            {account.lastEmailCode ? (
              <p>
                Last email code: <code>{account.lastEmailCode}</code>
              </p>
            ) : null}
            {account.tasks?.length ? <p>Session task after sign-in: {account.tasks.join(', ')}</p> : null}
            {account.backupCodes?.length ? (
              <details>
                <summary>Unused backup codes ({account.backupCodes.length})</summary>
                <p>
                  {account.backupCodes.map((code) => (
                    <code key={code}>{code} </code>
                  ))}
                </p>
              </details>
            ) : null}
          </li>
        ))}
      </ul>
    </aside>
  );
}
