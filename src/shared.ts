/** What every entry exports besides its bound components: types, the seam, strings and the hook. */
export type { SignInFlowProps } from './steps/SignInFlow.js';
export type { PasswordStepProps } from './steps/PasswordStep.js';
export type { SecondFactorStepProps } from './steps/SecondFactorStep.js';
export type { ClientTrustStepProps } from './steps/ClientTrustStep.js';
export type { SessionTaskStepProps } from './steps/SessionTaskStep.js';
export type { ResetPasswordStepProps } from './steps/ResetPasswordStep.js';
export type { NewPasswordStepProps } from './steps/NewPasswordStep.js';
export type { SignInRootProps } from './steps/SignInRoot.js';
export { useSignInFlow } from './steps/SignInRoot.js';
export type { SignInFlowController, SignInOutcome, CompletionState, SessionNavigate } from './flow/controller.js';
export type { SignInStep } from './flow/steps.js';
export type { RetryBlock } from './flow/retryBlock.js';
export type { AllowedOrigin } from './flow/redirect.js';
export { SignInSourceProvider, type SignInSourceProviderProps } from './clerk/source.js';
export { UserSourceProvider, type UserSourceProviderProps } from './clerk/userSource.js';
export type { TotpSetupProps, TotpSetupCompleteEvent } from './mfa/TotpSetup.js';
export type { MfaSettingsProps, MfaSettingsChange } from './mfa/MfaSettings.js';
export type { SmsMfaSetupProps, SmsMfaSetupCompleteEvent } from './mfa/SmsMfaSetup.js';
export { stringsFromLocalization, type ClerkLocalization, type LocalizationProps } from './text/localization.js';
export { defaultStrings, mergeStrings, type PartialSignInStrings, type PluralForms, type SignInStrings } from './text/strings.js';
export { defaultSetupStrings, type MfaSetupStrings, type PartialMfaSetupStrings } from './text/setupStrings.js';
export type { SignInCompleteEvent, SignInErrorEvent, SignInEventProps, SignInSessionTaskEvent } from './flow/events.js';
export type { FieldErrors, FlowError, SignInField, Wait, WaitReason } from './clerk/errors.js';
export type { CodeKind } from './flow/codeRules.js';
export type { HeadingLevel } from './parts/Heading.js';
export type {
  SecondFactorLike,
  FirstFactorLike,
  TotpLike,
  UserLike,
  UserSourceLike,
  PhoneNumberLike,
  VerifiableSessionLike,
  SessionVerificationLike,
  ReverificationRequest,
  ReverificationLevel,
  Reverify,
  SignInErrorsLike,
  SignInResourceLike,
  SignInSignalLike,
  ClerkErrorLike,
  SessionLike,
  SessionTaskLike,
  FinalizeNavigateArgs,
  PasswordRules,
  SessionTaskActionsLike,
} from './clerk/types.js';
