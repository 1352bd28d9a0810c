'use client';
import { useEffect, useId, useMemo, useRef, useState, type ReactNode } from 'react';
import { useForm, useWatch } from 'react-hook-form';
import type { FlowError } from '../clerk/errors.js';
import type { PhoneNumberLike, UserLike } from '../clerk/types.js';
import { useUserSource } from '../clerk/userSource.js';
import { CODE_LENGTH, NUMERIC_CODE_SHAPE, normalizeCode } from '../flow/codeRules.js';
import { useRecheckOnLanguage } from '../flow/useRecheckOnLanguage.js';
import { useSecondsUntil } from '../flow/useSecondsUntil.js';
import { useCardAppearance } from '../parts/appearance.js';
import { CheckboxField } from '../parts/CheckboxField.js';
import { CodeField } from '../parts/CodeField.js';
import { FormErrorMessage } from '../parts/FormErrorMessage.js';
import { ResendCode } from '../parts/ResendCode.js';
import { Heading } from '../parts/Heading.js';
import { SubmitButton } from '../parts/SubmitButton.js';
import { TextField } from '../parts/TextField.js';
import { backupCodesText, smsSetupText, type MfaSetupStrings } from '../text/setupStrings.js';
import { format, secondFactorStepText, type SignInStrings } from '../text/strings.js';
import { useStrings } from '../text/StringsContext.js';
import { errorMessage, errorNamespaces, formErrorText, type ErrorStrings } from '../text/words.js';
import { withSetupScope, type SetupFormProps } from './SetupScope.js';
import { attempt, firstError } from './attempt.js';
import { useOneRequest } from './useOneRequest.js';
import { BackupCodesList } from './BackupCodesList.js';
import { withPhone } from './phoneText.js';

/** Clerk's verdicts on the number itself: shown on the phone field, not above the form. */
const NUMBER_ERRORS = new Set(['form_identifier_exists', 'form_param_format_invalid']);

/** Seconds before "Send a new code" works: a text can take that long to arrive. */
const RESEND_AFTER_SECONDS = 30;


export interface SmsMfaSetupCompleteEvent {
  phoneNumberId: string;
  /** Backup codes were shown (and saved): this was the first second factor. */
  backupCodes: boolean;
  /** The number is the default second factor. */
  isDefault: boolean;
}

export interface SmsMfaSetupProps extends SetupFormProps {
  /** Moves focus to the card when it appears. Default `true`. */
  autoFocus?: boolean;
  /** Seconds before "Send a new code" works. Default `30`: a text can take that long to arrive. */
  resendAfterSeconds?: number;
  /** The country a number is read in when the person has not chosen one (ISO 3166 code). Default: the browser language's region, else `US`. */
  defaultCountry?: string;
  onComplete?: (event: SmsMfaSetupCompleteEvent) => void;
  /** The person left before the number was confirmed. */
  onCancel?: () => void;
}

type Phase = { name: 'choose' } | { name: 'enter' } | { name: 'code'; phone: PhoneNumberLike } | { name: 'codes'; codes: readonly string[]; event: SmsMfaSetupCompleteEvent } | { name: 'done'; phone: string };

/** The phone library, loaded when a number is typed: its metadata is the weight of this form. */
type PhoneTools = typeof import('libphonenumber-js/min');
type CountryCode = import('libphonenumber-js/min').CountryCode;

const isVerified = (phone: PhoneNumberLike) => phone.verification?.status === 'verified';
const available = (user: UserLike) => (user.phoneNumbers ?? []).filter((phone) => isVerified(phone) && !phone.reservedForSecondFactor);
const hasSmsFactor = (user: UserLike) => (user.phoneNumbers ?? []).some((phone) => phone.reservedForSecondFactor);

/** The region of the browser's language (`en-GB` → `GB`), which is where most people's numbers are. */
function browserCountry(): string | undefined {
  try {
    return typeof navigator === 'undefined' ? undefined : new Intl.Locale(navigator.language).maximize().region;
  } catch {
    return undefined;
  }
}

function SmsSetupCard({ className, strings: overrides, headingLevel = 2, autoFocus = true, resendAfterSeconds = RESEND_AFTER_SECONDS, defaultCountry, onComplete, onCancel, onError }: SmsMfaSetupProps) {
  const strings = useStrings(overrides, smsSetupText, backupCodesText, secondFactorStepText, ...errorNamespaces);
  const text = strings.smsSetup;
  const { user, isLoaded } = useUserSource();
  const card = useCardAppearance();
  const titleId = useId();
  const section = useRef<HTMLElement>(null);
  const [phase, setPhase] = useState<Phase>(() => (user && available(user).length > 0 ? { name: 'choose' } : { name: 'enter' }));
  const [makeDefault, setMakeDefault] = useState(false);
  const { pending, once: onceAlone } = useOneRequest();
  const [error, setError] = useState<FlowError | null>(null);

  useEffect(() => {
    if (autoFocus) section.current?.focus();
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  const fail = (failure: FlowError) => {
    onError?.({ code: failure.code, message: errorMessage(failure, false, strings) });
    setError(failure);
  };

  /** One request at a time (a second press while one is out sends nothing), the last error cleared. */
  const once = (work: () => Promise<void>) =>
    onceAlone(async () => {
      setError(null);
      await work();
    });

  /** A verified number becomes a second factor (and the default, if asked), then the backup codes or done. */
  const reserve = async (phone: PhoneNumberLike) => {
    const reserved = await attempt(() => phone.setReservedForSecondFactor({ reserved: true }));
    if (!reserved.ok) return fail(firstError(reserved));
    let isDefault = reserved.value.defaultSecondFactor;
    if (makeDefault && !isDefault) {
      const made = await attempt(() => phone.makeDefaultSecondFactor());
      isDefault = made.ok;
    }
    const codes = reserved.value.backupCodes ?? [];
    const event = { phoneNumberId: phone.id, backupCodes: codes.length > 0, isDefault };
    if (codes.length > 0) return setPhase({ name: 'codes', codes, event });
    setPhase({ name: 'done', phone: phone.phoneNumber });
    onComplete?.(event);
  };

  const shell = (children: ReactNode) => (
    <section ref={section} tabIndex={-1} className={className} data-part="setup" data-setup="phone_code" data-status={phase.name} aria-labelledby={titleId} {...card}>
      <Heading level={headingLevel} id={titleId}>
        {phase.name === 'done' ? text.doneTitle : text.title}
      </Heading>
      <FormErrorMessage text={error && !NUMBER_ERRORS.has(error.code) ? formErrorText(error, null, strings) : null} />
      {children}
      {onCancel && phase.name !== 'done' ? (
        <div data-part="actions">
          <button type="button" data-part="cancel" onClick={onCancel}>
            {text.cancel}
          </button>
        </div>
      ) : null}
    </section>
  );

  if (!isLoaded || !user) return shell(<p role="status">{text.loading}</p>);
  if (phase.name === 'codes') {
    const finish = () => {
      setPhase({ name: 'done', phone: user.phoneNumbers?.find((phone) => phone.id === phase.event.phoneNumberId)?.phoneNumber ?? '' });
      onComplete?.(phase.event);
    };
    return <BackupCodesList className={className} codes={phase.codes} account={user.primaryEmailAddress?.emailAddress ?? ''} text={strings.backupCodes} headingLevel={headingLevel} onContinue={finish} />;
  }
  const defaultChoice = hasSmsFactor(user) ? <CheckboxField checked={makeDefault} onCheckedChange={setMakeDefault} label={text.makeDefault} /> : null;

  if (phase.name === 'done') {
    return shell(
      <p role="status" data-part="setup-done">
        {withPhone(text.done, phase.phone)}
      </p>,
    );
  }
  if (phase.name === 'choose') {
    return shell(
      <ChooseNumber
        numbers={available(user)}
        text={text}
        pending={pending}
        extra={defaultChoice}
        onChoose={(phone) => (phone ? void once(() => reserve(phone)) : setPhase({ name: 'enter' }))}
      />,
    );
  }
  if (phase.name === 'enter') {
    return shell(
      <EnterNumber
        autoFocus={autoFocus}
        text={text}
        pending={pending}
        defaultCountry={defaultCountry}
        locale={strings.durations.locale}
        onSubmit={(phoneNumber) =>
          once(async () => {
            // A number left unverified by an earlier attempt is reused; Clerk refuses to add it twice.
            const known = user.phoneNumbers?.find((phone) => phone.phoneNumber === phoneNumber);
            if (known && isVerified(known)) return reserve(known);
            const created = known ? { ok: true as const, value: known } : await attempt(() => user.createPhoneNumber({ phoneNumber }));
            if (!created.ok) return fail(firstError(created));
            const sent = await attempt(() => created.value.prepareVerification());
            if (!sent.ok) return fail(firstError(sent));
            setPhase({ name: 'code', phone: created.value });
          })
        }
        serverError={error}
        onEdit={() => error && NUMBER_ERRORS.has(error.code) && setError(null)}
      />,
    );
  }
  return shell(
    <ConfirmCode
      autoFocus={autoFocus}
      resendAfterSeconds={resendAfterSeconds}
      phone={phase.phone}
      text={text}
      strings={strings}
      pending={pending}
      extra={defaultChoice}
      onBack={() => {
        setError(null);
        setPhase({ name: 'enter' });
      }}
      onResend={async () => {
        let sentOk = false;
        await once(async () => {
          const sent = await attempt(() => phase.phone.prepareVerification());
          sentOk = sent.ok;
          if (!sent.ok) fail(firstError(sent));
        });
        return sentOk;
      }}
      onCode={(code, wrong) =>
        once(async () => {
          const verified = await attempt(() => phase.phone.attemptVerification({ code }));
          if (!verified.ok) {
            const failure = firstError(verified);
            if (failure.code === 'form_code_incorrect') {
              onError?.({ code: failure.code, message: strings.secondFactorStep.phoneCodeIncorrect });
              return wrong();
            }
            return fail(failure);
          }
          await reserve(verified.value);
        })
      }
    />,
  );
}

function ChooseNumber({ numbers, text, pending, extra, onChoose }: { numbers: readonly PhoneNumberLike[]; text: MfaSetupStrings['smsSetup']; pending: boolean; extra: ReactNode; onChoose: (phone: PhoneNumberLike | null) => void }) {
  const [choice, setChoice] = useState(numbers[0]?.id ?? '');
  const legendId = useId();
  return (
    <form
      method="post"
      noValidate
      aria-busy={pending || undefined}
      onSubmit={(event) => {
        event.preventDefault();
        if (!pending) onChoose(numbers.find((phone) => phone.id === choice) ?? null);
      }}
    >
      <fieldset data-part="choices" aria-labelledby={legendId}>
        <p id={legendId} data-part="description">
          {text.chooseDescription}
        </p>
        {[...numbers.map((phone) => ({ id: phone.id, label: <bdi dir="ltr">{phone.phoneNumber}</bdi> })), { id: '', label: text.addNumber }].map(({ id, label }) => (
          <label key={id || 'new'} data-part="choice">
            <input type="radio" name="phone" value={id} checked={choice === id} onChange={() => setChoice(id)} />
            <span>{label}</span>
          </label>
        ))}
      </fieldset>
      {choice ? extra : null}
      <SubmitButton busy={pending} pending={pending}>
        {choice ? (pending ? text.verifying : text.verify) : text.sendCode}
      </SubmitButton>
    </form>
  );
}

function EnterNumber({ autoFocus, text, pending, defaultCountry, locale, onSubmit, serverError, onEdit }: { autoFocus: boolean; text: MfaSetupStrings['smsSetup']; pending: boolean; defaultCountry: string | undefined; locale: string; onSubmit: (e164: string) => void; serverError: FlowError | null; onEdit: () => void }) {
  const countryId = useId();
  const [tools, setTools] = useState<PhoneTools | null>(null);
  useEffect(() => {
    let live = true;
    void import('libphonenumber-js/min').then((loaded) => live && setTools(loaded));
    return () => {
      live = false;
    };
  }, []);
  // Country names in the language of the form's words, not the browser's.
  const language = locale;
  const names = useMemo(() => {
    try {
      return new Intl.DisplayNames([language], { type: 'region' });
    } catch {
      return null;
    }
  }, [language]);
  const form = useForm<{ country: string; phone: string }>({ defaultValues: { country: (defaultCountry ?? browserCountry() ?? 'US').toUpperCase(), phone: '' }, reValidateMode: 'onSubmit' });
  useRecheckOnLanguage(form, text);
  const countries = useMemo(
    () => (tools ? tools.getCountries().map((code) => ({ code, name: names?.of(code) ?? code, dial: tools.getCountryCallingCode(code) })).sort((a, b) => a.name.localeCompare(b.name, language)) : []),
    [tools, names, language],
  );
  const nameOf = (code: string) => names?.of(code) ?? code;
  useEffect(() => {
    if (tools && autoFocus) form.setFocus('phone');
  }, [tools, form, autoFocus]);
  if (!tools) return <p role="status">{text.loading}</p>;

  const taken = serverError?.code === 'form_identifier_exists';
  const invalid = serverError?.code === 'form_param_format_invalid';
  const submit = form.handleSubmit(({ country, phone }) => {
    const parsed = tools.parsePhoneNumberFromString(phone, country as CountryCode);
    onSubmit(parsed!.number);
  });
  return (
    <form method="post" noValidate onSubmit={submit} aria-busy={pending || undefined}>
      <div data-part="field">
        <label htmlFor={countryId} data-part="label">
          {text.countryLabel}
        </label>
        <select id={countryId} data-part="input" autoComplete="country" disabled={pending} {...form.register('country', { onChange: onEdit })}>
          {countries.map(({ code, name, dial }) => (
            // An option holds text only, and a closed select ignores bidi marks in it: in right-to-left
            // text the calling code's plus would trail ("(1+)"). Left to right, the name still reads right.
            <option key={code} value={code} dir="ltr">
              {`${name} (+${dial})`}
            </option>
          ))}
        </select>
      </div>
      <TextField
        label={text.phoneLabel}
        description={text.phoneDescription}
        type="tel"
        inputMode="tel"
        autoComplete="tel"
        required
        readOnly={pending}
        error={form.formState.errors.phone?.message ?? (taken ? text.phoneTaken : invalid ? format(text.phoneInvalid, { country: nameOf(form.getValues('country')) }) : undefined)}
        {...form.register('phone', {
          onChange: onEdit,
          validate: (typed: string) => {
            if (!typed.trim()) return text.phoneRequired;
            const country = form.getValues('country') as CountryCode;
            return tools.parsePhoneNumberFromString(typed, country)?.isValid() || format(text.phoneInvalid, { country: nameOf(country) });
          },
        })}
      />
      <SubmitButton busy={pending} pending={pending}>
        {pending ? text.sending : text.sendCode}
      </SubmitButton>
    </form>
  );
}

function ConfirmCode({
  autoFocus,
  resendAfterSeconds,
  phone,
  text,
  strings,
  pending,
  extra,
  onBack,
  onResend,
  onCode,
}: {
  autoFocus: boolean;
  resendAfterSeconds: number;
  phone: PhoneNumberLike;
  text: MfaSetupStrings['smsSetup'];
  strings: ErrorStrings & Pick<SignInStrings, 'secondFactorStep'>;
  pending: boolean;
  extra: ReactNode;
  onBack: () => void;
  /** Resolves whether a new code went out. */
  onResend: () => Promise<boolean>;
  onCode: (code: string, wrong: () => void) => Promise<void>;
}) {
  const form = useForm<{ code: string }>({ defaultValues: { code: '' }, reValidateMode: 'onSubmit' });
  const value = useWatch({ control: form.control, name: 'code' }) ?? '';
  const formRef = useRef<HTMLFormElement>(null);
  const [resendAt, setResendAt] = useState(() => Date.now() + resendAfterSeconds * 1000);
  const secondsLeft = useSecondsUntil(resendAt) ?? 0;
  const [wrong, setWrong] = useState(false);
  const [resent, setResent] = useState(false);
  useRecheckOnLanguage(form, text);
  useEffect(() => {
    if (autoFocus) form.setFocus('code');
  }, [form, autoFocus]);
  const submit = form.handleSubmit(({ code }) =>
    onCode(code, () => {
      setWrong(true);
      form.setValue('code', '');
      form.setFocus('code');
    }),
  );
  return (
    <form ref={formRef} method="post" noValidate onSubmit={submit} aria-busy={pending || undefined}>
      <CodeField
        kind="phone_code"
        label={text.codeLabel}
        description={withPhone(text.codeDescription, phone.phoneNumber)}
        required
        readOnly={pending}
        value={value}
        error={form.formState.errors.code?.message ?? (wrong ? strings.secondFactorStep.phoneCodeIncorrect : undefined)}
        onFilled={() => formRef.current?.requestSubmit()}
        onOverfilled={() => form.setError('code', { type: 'overfilled', message: format(strings.secondFactorStep.codeTooLong, { count: CODE_LENGTH }) })}
        {...form.register('code', {
          setValueAs: (typed: string) => normalizeCode(typed),
          onChange: () => setWrong(false),
          validate: (typed: string) => (!typed ? strings.secondFactorStep.phoneCodeRequired : NUMERIC_CODE_SHAPE.test(typed) || strings.secondFactorStep.phoneCodeInvalid),
        })}
      />
      {extra}
      <SubmitButton busy={pending} pending={pending}>
        {pending ? text.verifying : text.verify}
      </SubmitButton>
      <div data-part="actions">
        <ResendCode
          ready={secondsLeft <= 0 && !pending}
          label={strings.secondFactorStep.resendCode}
          countdown={secondsLeft > 0 ? format(strings.secondFactorStep.resendCountdown, { seconds: secondsLeft }) : undefined}
          sentMessage={resent ? strings.secondFactorStep.codeSent : ''}
          onResend={() => {
            setResendAt(Date.now() + resendAfterSeconds * 1000);
            setResent(false);
            void onResend().then(setResent);
          }}
        />
        <button type="button" data-part="back" onClick={onBack}>
          {text.useDifferentNumber}
        </button>
      </div>
    </form>
  );
}

/**
 * Adds a phone number that receives sign-in codes by text message: one of the account's verified
 * numbers, or a new one (country chosen or inferred, checked and sent in E.164:
 * `user.createPhoneNumber`, `phoneNumber.prepareVerification`, the texted code through
 * `attemptVerification`), then `setReservedForSecondFactor({ reserved: true })`, optionally
 * `makeDefaultSecondFactor()`, and the backup codes Clerk gives with a first second factor.
 */
export const SmsMfaSetup = withSetupScope(SmsSetupCard, 'SmsMfaSetup');
