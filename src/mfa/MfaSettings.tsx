'use client';
import { useEffect, useId, useRef, useState, type ReactNode } from 'react';
import type { FlowError } from '../clerk/errors.js';
import { REVERIFICATION_CANCELLED, reverifyOnRefusal } from '../clerk/reverify.js';
import type { PhoneNumberLike, ReverificationRequest, UserLike } from '../clerk/types.js';
import { useUserSource } from '../clerk/userSource.js';
import { useCardAppearance } from '../parts/appearance.js';
import { FormErrorMessage } from '../parts/FormErrorMessage.js';
import { Heading, type HeadingLevel } from '../parts/Heading.js';
import { backupCodesText, mfaSettingsText, reverifyText } from '../text/setupStrings.js';
import { passwordStepText, secondFactorStepText } from '../text/strings.js';
import { useStrings } from '../text/StringsContext.js';
import { errorMessage, errorNamespaces, formErrorText } from '../text/words.js';
import { withSetupScope, type SetupFormProps } from './SetupScope.js';
import { attempt, firstError } from './attempt.js';
import { useOneRequest } from './useOneRequest.js';
import { BackupCodesList } from './BackupCodesList.js';
import { withPhone } from './phoneText.js';
import { ReverifyForm } from './ReverifyForm.js';
import { SmsMfaSetup } from './SmsMfaSetup.js';
import { TotpSetup } from './TotpSetup.js';

/** A change `<MfaSettings>` made. */
export type MfaSettingsChange = { change: 'authenticator_added'; backupCodes: boolean } | { change: 'sms_added'; phoneNumberId: string; backupCodes: boolean } | { change: 'authenticator_removed' } | { change: 'sms_removed'; phoneNumberId: string } | { change: 'backup_codes_regenerated' };

export interface MfaSettingsProps extends SetupFormProps {
  /** Level of the card's title; the forms it opens use the same. Default `2`. */
  headingLevel?: HeadingLevel;
  /** A change went through. */
  onChange?: (event: MfaSettingsChange) => void;
}

type Action = { name: 'remove_totp' } | { name: 'remove_sms'; phone: PhoneNumberLike } | { name: 'regenerate' };

/** What the status line says after a change, kept as what happened so it follows a change of language. */
type Notice = { kind: 'authenticatorRemoved' } | { kind: 'smsRemoved'; phone: string } | { kind: 'nothingChanged' };

type View = { name: 'list' } | { name: 'add_totp' } | { name: 'add_sms' } | { name: 'confirm'; action: Action } | { name: 'codes'; codes: readonly string[] };

const smsFactors = (user: UserLike) => (user.phoneNumbers ?? []).filter((phone) => phone.reservedForSecondFactor && phone.verification?.status === 'verified');

function SettingsCard({ className, strings: overrides, headingLevel = 2, onChange, onError }: MfaSettingsProps) {
  const strings = useStrings(overrides, mfaSettingsText, backupCodesText, reverifyText, passwordStepText, secondFactorStepText, ...errorNamespaces);
  const source = useUserSource();
  const { user, isLoaded, session, touch } = source;
  const reverify = source.reverify ?? reverifyOnRefusal;
  const text = strings.mfaSettings;
  const card = useCardAppearance();
  const titleId = useId();
  const [view, setView] = useState<View>({ name: 'list' });
  const { pending: working, once } = useOneRequest();
  const [reverifying, setReverifying] = useState<ReverificationRequest | null>(null);
  const [notice, setNotice] = useState<Notice | null>(null);
  const [error, setError] = useState<FlowError | null>(null);
  const heading = useRef<HTMLElement>(null);
  const confirmation = useRef<HTMLDivElement>(null);
  const returnFocus = useRef(false);

  // Back on the list after a change, a cancel or a finished setup: the card takes focus, so the person hears where they are.
  useEffect(() => {
    if (view.name === 'list' && returnFocus.current) {
      returnFocus.current = false;
      heading.current?.focus();
    }
    if (view.name === 'confirm' && !reverifying) confirmation.current?.focus();
  }, [view, reverifying]);

  const backToList = (next: Notice | null) => {
    returnFocus.current = true;
    setNotice(next);
    setView({ name: 'list' });
  };

  const call = (action: Action): Promise<unknown> => {
    if (!user) return Promise.reject(new Error('signed out'));
    if (action.name === 'remove_totp') return user.disableTOTP();
    if (action.name === 'regenerate') return user.createBackupCode();
    return action.phone.setReservedForSecondFactor({ reserved: false });
  };

  // One request per intent: a second press while the first is out sends nothing.
  const run = (action: Action) => once(() => change(action));

  const change = async (action: Action) => {
    setError(null);
    const result = await attempt(() =>
      reverify(
        () => call(action),
        (request) =>
          setReverifying({
            level: request.level,
            complete: () => {
              setReverifying(null);
              request.complete();
            },
            cancel: () => {
              setReverifying(null);
              request.cancel();
            },
          }),
      ),
    );
    setReverifying(null);
    if (!result.ok) {
      const failure = firstError(result);
      if (failure.code === REVERIFICATION_CANCELLED) return backToList({ kind: 'nothingChanged' });
      onError?.({ code: failure.code, message: errorMessage(failure, false, strings) });
      setError(failure);
      return;
    }
    if (action.name === 'regenerate') {
      onChange?.({ change: 'backup_codes_regenerated' });
      return setView({ name: 'codes', codes: (result.value as { codes?: readonly string[] }).codes ?? [] });
    }
    if (action.name === 'remove_totp') {
      onChange?.({ change: 'authenticator_removed' });
      return backToList({ kind: 'authenticatorRemoved' });
    }
    onChange?.({ change: 'sms_removed', phoneNumberId: action.phone.id });
    backToList({ kind: 'smsRemoved', phone: action.phone.phoneNumber });
  };

  const shell = (children: ReactNode) => (
    <section ref={heading} tabIndex={-1} className={className} data-part="settings" aria-labelledby={titleId} {...card}>
      <Heading level={headingLevel} id={titleId}>
        {text.title}
      </Heading>
      {children}
    </section>
  );

  if (!isLoaded) return shell(<p role="status">{text.loading}</p>);
  if (!user) return shell(<p data-part="description">{text.signedOut}</p>);
  const account = user.primaryEmailAddress?.emailAddress ?? '';

  if (view.name === 'add_totp') {
    return (
      <TotpSetup
        className={className}
        strings={overrides}
        headingLevel={headingLevel}
        onComplete={({ backupCodes }) => {
          onChange?.({ change: 'authenticator_added', backupCodes });
          backToList(null);
        }}
        onCancel={() => backToList({ kind: 'nothingChanged' })}
        onError={onError}
      />
    );
  }
  if (view.name === 'add_sms') {
    return (
      <SmsMfaSetup
        className={className}
        strings={overrides}
        headingLevel={headingLevel}
        onComplete={({ phoneNumberId, backupCodes }) => {
          onChange?.({ change: 'sms_added', phoneNumberId, backupCodes });
          backToList(null);
        }}
        onCancel={() => backToList({ kind: 'nothingChanged' })}
        onError={onError}
      />
    );
  }
  if (view.name === 'codes') return <BackupCodesList className={className} codes={view.codes} account={account} text={strings.backupCodes} headingLevel={headingLevel} onContinue={() => backToList(null)} />;

  const phones = smsFactors(user);
  const confirmText = (action: Action) =>
    action.name === 'remove_totp' ? text.removeAuthenticatorConfirm : action.name === 'regenerate' ? text.regenerateConfirm : withPhone(text.removeSmsConfirm, action.phone.phoneNumber);
  const noticeText = (shown: Notice) => (shown.kind === 'smsRemoved' ? withPhone(text.smsRemoved, shown.phone) : text[shown.kind]);

  return shell(
    <>
      <p data-part="description">{text.description}</p>
      <FormErrorMessage text={error ? formErrorText(error, null, strings) : null} />
      <p role="status" data-part="settings-notice">
        {notice ? noticeText(notice) : null}
      </p>
      {view.name === 'confirm' ? (
        reverifying ? (
          <>
            {/* Which change this confirms stays in view. */}
            <p data-part="description">{confirmText(view.action)}</p>
            <ReverifyForm session={session} request={reverifying} touch={touch} text={strings.reverify} strings={strings} headingLevel={Math.min(headingLevel + 1, 6) as HeadingLevel} onError={(failure) => onError?.({ code: failure.code, message: errorMessage(failure, false, strings) })} />
          </>
        ) : (
          <div ref={confirmation} tabIndex={-1} data-part="confirm" role="group" aria-labelledby={`${titleId}-confirm`}>
            <p data-part="description" id={`${titleId}-confirm`}>
              {confirmText(view.action)}
            </p>
            <div data-part="actions">
              <button type="button" data-part="confirm-action" data-pending={working ? '' : undefined} aria-disabled={working || undefined} onClick={() => void run(view.action)}>
                {working ? text.working : view.action.name === 'regenerate' ? text.regenerateSubmit : text.remove}
              </button>
              <button type="button" data-part="cancel" onClick={() => backToList(null)}>
                {text.cancel}
              </button>
            </div>
          </div>
        )
      ) : (
        <ul data-part="mfa-methods">
          <Method name={text.authenticator} status={user.totpEnabled ? text.on : text.off} enabled={user.totpEnabled} kind="totp" description={text.authenticatorDescription}>
            {user.totpEnabled ? (
              <button type="button" data-part="mfa-remove" onClick={() => setView({ name: 'confirm', action: { name: 'remove_totp' } })}>
                {text.removeAuthenticator}
              </button>
            ) : (
              <button type="button" data-part="mfa-add" onClick={() => setView({ name: 'add_totp' })}>
                {text.addAuthenticator}
              </button>
            )}
          </Method>
          {phones.map((phone) => (
            <Method key={phone.id} name={withPhone(text.smsNumber, phone.phoneNumber)} status={text.on} enabled kind="phone_code">
              <button type="button" data-part="mfa-remove" onClick={() => setView({ name: 'confirm', action: { name: 'remove_sms', phone } })}>
                {withPhone(text.removeSms, phone.phoneNumber)}
              </button>
            </Method>
          ))}
          <li data-part="mfa-method" data-method="add_phone_code">
            <button type="button" data-part="mfa-add" onClick={() => setView({ name: 'add_sms' })}>
              {text.addSms}
            </button>
          </li>
          <Method name={text.backupCodes} status={user.backupCodeEnabled ? text.on : text.off} enabled={user.backupCodeEnabled} kind="backup_code" description={user.twoFactorEnabled ? text.backupCodesDescription : text.backupCodesNeedMethod}>
            {user.twoFactorEnabled ? (
              <button type="button" data-part="mfa-regenerate" onClick={() => setView({ name: 'confirm', action: { name: 'regenerate' } })}>
                {text.regenerateBackupCodes}
              </button>
            ) : null}
          </Method>
        </ul>
      )}
    </>,
  );
}

/** One way to prove it is the owner: its name, whether it is on, what it is, and what can be done about it. */
function Method({ name, status, enabled, kind, description, children }: { name: ReactNode; status: string; enabled: boolean; kind: string; description?: string; children: ReactNode }) {
  return (
    <li data-part="mfa-method" data-method={kind} data-enabled={enabled ? '' : undefined}>
      <p data-part="mfa-method-name">{name}</p>
      <p data-part="mfa-method-status">{status}</p>
      {description ? <p data-part="description">{description}</p> : null}
      {children}
    </li>
  );
}

/**
 * The account's two-step verification: the authenticator app, each number that receives codes, and
 * backup codes, each added or removed here. Removing a method and new backup codes are changes Clerk
 * guards with reverification: the password or a code is asked in place, then the change is retried once.
 */
export const MfaSettings = withSetupScope(SettingsCard, 'MfaSettings');
