/** The entry for Clerk Core 2 (`@clerk/clerk-react` 5.61+): the same components, props, strings and events as the main entry. */
import { binder, userBinder } from './bind.js';
import { useCore2SignIn, useCore2User } from './clerk/core2.js';
import { MfaSettings as Settings } from './mfa/MfaSettings.js';
import { SmsMfaSetup as SmsSetup } from './mfa/SmsMfaSetup.js';
import { TotpSetup as Totp } from './mfa/TotpSetup.js';
import { ClientTrustStep as ClientTrust } from './steps/ClientTrustStep.js';
import { NewPasswordStep as NewPassword } from './steps/NewPasswordStep.js';
import { PasswordStep as Password } from './steps/PasswordStep.js';
import { ResetPasswordStep as ResetPassword } from './steps/ResetPasswordStep.js';
import { SecondFactorStep as SecondFactor } from './steps/SecondFactorStep.js';
import { SessionTaskStep as SessionTask } from './steps/SessionTaskStep.js';
import { SignInFlow as Flow } from './steps/SignInFlow.js';
import { SignInRoot as Root } from './steps/SignInRoot.js';

const bind = /* @__PURE__ */ binder(useCore2SignIn);
export const SignInFlow = /* @__PURE__ */ bind(Flow, 'SignInFlow');
export const SignInRoot = /* @__PURE__ */ bind(Root, 'SignInRoot');
export const PasswordStep = /* @__PURE__ */ bind(Password, 'PasswordStep');
export const SecondFactorStep = /* @__PURE__ */ bind(SecondFactor, 'SecondFactorStep');
export const ClientTrustStep = /* @__PURE__ */ bind(ClientTrust, 'ClientTrustStep');
export const SessionTaskStep = /* @__PURE__ */ bind(SessionTask, 'SessionTaskStep');
export const ResetPasswordStep = /* @__PURE__ */ bind(ResetPassword, 'ResetPasswordStep');
export const NewPasswordStep = /* @__PURE__ */ bind(NewPassword, 'NewPasswordStep');

const bindUser = /* @__PURE__ */ userBinder(useCore2User);
export const TotpSetup = /* @__PURE__ */ bindUser(Totp, 'TotpSetup');
export const MfaSettings = /* @__PURE__ */ bindUser(Settings, 'MfaSettings');
export const SmsMfaSetup = /* @__PURE__ */ bindUser(SmsSetup, 'SmsMfaSetup');
export * from './shared.js';
