export { PasswordStep, type PasswordStepProps } from './PasswordStep.js';
export { SecondFactorStep, type SecondFactorStepProps } from './SecondFactorStep.js';
export { SignInFlow, type SignInFlowProps } from './SignInFlow.js';
export { SignInSourceProvider, type SignInSourceProviderProps } from './SignInSourceProvider.js';
export { useSignInFlow, type RetryBlock, type SignInFlowController, type SignInOutcome, type SignInStep } from './useSignInFlow.js';
export { defaultStrings, mergeStrings, type PartialSignInStrings, type PluralForms, type SignInStrings } from './strings.js';
export type { SignInCompleteEvent, SignInErrorEvent, SignInEventProps } from './events.js';
export type { FieldErrors, FlowError, SignInField } from './errors.js';
export type { CodeKind } from './codeRules.js';
export type { HeadingLevel } from './Heading.js';
export type {
  SecondFactorLike,
  SignInErrorsLike,
  SignInResourceLike,
  SignInSignalLike,
  ClerkErrorLike,
} from './signal.js';

// Extracted by the library build to `dist/styles.css`; the emitted JavaScript does not import it,
// so apps opt in with `import 'clerk-mfa-steps/styles.css'`.
import './styles.css';
