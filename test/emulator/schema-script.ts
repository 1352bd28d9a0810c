import { DEMO_PASSWORD } from '../../local/emulator/index.js';
import { totpCodeAt } from '../../local/emulator/domain/totp.js';
import { control, demoRow, FapiClient, type RecordedAnswer } from './helpers.js';

type Server = { origin: string; emulator: { currentTotp(email: string): string } };

/**
 * Drives every implemented endpoint through every status it can answer, recording each answer.
 * Order matters: each step leaves the state the next one needs.
 */
export async function runSchemaScript(server: Server): Promise<RecordedAnswer[]> {
  const recorded: RecordedAnswer[] = [];
  const { origin } = server;
  const fault = (body: Record<string, unknown>) => control(origin, 'POST', '/faults', { times: 1, ...body });

  // Dev-browser client: load, identify, first factor, SMS second factor, session calls.
  const a = await new FapiClient(origin, 'dev_browser', recorded).init();
  await a.call('PATCH', '/environment');
  await a.call('GET', '/environment');
  await a.call('GET', '/client');
  await a.call('POST', '/client/sign_ins', {});
  const signIn = (await a.signIn('mfa@example.com')).body.response;
  const at = (action: string) => `/client/sign_ins/${signIn.id}/${action}`;
  await a.call('GET', `/client/sign_ins/${signIn.id}`);
  await a.call('GET', '/client/sign_ins/sia_unknown');
  await a.call('POST', at('attempt_first_factor'), { strategy: 'password', password: 'wrong' });
  await a.call('POST', '/client/sign_ins/sia_unknown/attempt_first_factor', { strategy: 'password', password: 'x' });
  await fault({ path: 'attempt_first_factor', kind: 'rate_limit', retryAfter: 5 });
  await a.call('POST', at('attempt_first_factor'), { strategy: 'password', password: DEMO_PASSWORD });
  await fault({ path: 'attempt_first_factor', kind: 'locked', lockoutSeconds: 600 });
  await a.call('POST', at('attempt_first_factor'), { strategy: 'password', password: DEMO_PASSWORD });
  await a.call('POST', at('prepare_second_factor'), { strategy: 'phone_code' });
  await a.call('POST', at('attempt_second_factor'), { strategy: 'totp', code: '000000' });
  const second = (await a.call('POST', at('attempt_first_factor'), { strategy: 'password', password: DEMO_PASSWORD })).body.response;
  await a.call('POST', at('attempt_first_factor'), { strategy: 'password', password: DEMO_PASSWORD });
  const phoneNumberId = second.supported_second_factors[1].phone_number_id;
  await a.call('POST', at('prepare_second_factor'), { strategy: 'totp' });
  await a.call('POST', '/client/sign_ins/sia_unknown/prepare_second_factor', { strategy: 'phone_code' });
  await fault({ path: 'prepare_second_factor', kind: 'locked' });
  await a.call('POST', at('prepare_second_factor'), { strategy: 'phone_code', phone_number_id: phoneNumberId });
  await a.call('POST', at('attempt_second_factor'), { strategy: 'phone_code', code: '123456' });
  await a.call('POST', at('prepare_second_factor'), { strategy: 'phone_code', phone_number_id: phoneNumberId });
  await a.call('POST', at('attempt_second_factor'), { strategy: 'phone_code', code: 'wrong1' });
  await a.call('POST', at('attempt_second_factor'), { strategy: 'phone_code', code: '' });
  await a.call('POST', '/client/sign_ins/sia_unknown/attempt_second_factor', { strategy: 'totp', code: '000000' });
  const smsCode = (await demoRow(origin, 'mfa@example.com'))!.lastSmsCode!;
  const done = (await a.call('POST', at('attempt_second_factor'), { strategy: 'phone_code', code: smsCode })).body.response;
  await a.call('POST', at('attempt_second_factor'), { strategy: 'phone_code', code: smsCode });
  const session = (suffix = '') => `/client/sessions/${done.created_session_id}${suffix}`;
  await a.call('GET', '/client');
  await a.call('GET', session());
  await a.call('GET', '/client/sessions/sess_unknown');
  await a.call('POST', session('/touch'), { active_organization_id: '', intent: 'select_session' });
  await a.call('POST', '/client/sessions/sess_unknown/touch', { intent: 'focus' });
  await a.call('POST', session('/tokens'), { organization_id: '' });
  await a.call('POST', '/client/sessions/sess_unknown/tokens');
  await a.call('POST', '/client/sign_ins', { identifier: 'plain@example.com', password: DEMO_PASSWORD });
  await a.call('POST', session('/end'));
  await a.call('POST', session('/tokens'));
  await a.call('POST', '/client/sessions/sess_unknown/end');

  // Cookie client: TOTP and backup codes, remove, sign out.
  const b = new FapiClient(origin, 'cookie', recorded);
  await b.call('DELETE', '/client/sessions');
  await b.signIn('nobody@example.com', DEMO_PASSWORD);
  await b.call('POST', '/client/sign_ins', { password: DEMO_PASSWORD });
  await b.signIn('locked@example.com', DEMO_PASSWORD);
  const totp = (await b.signIn('totp@example.com', DEMO_PASSWORD)).body.response;
  const totpDone = (await b.attemptSecondFactor(totp.id, 'totp', server.emulator.currentTotp('totp@example.com'))).body.response;
  await b.call('POST', `/client/sessions/${totpDone.created_session_id}/remove`);
  await b.call('POST', '/client/sessions/sess_unknown/remove');
  const backup = (await b.signIn('mfa@example.com', DEMO_PASSWORD)).body.response;
  await b.attemptSecondFactor(backup.id, 'backup_code', 'oxyo66dz');
  await b.call('DELETE', '/client/sessions');

  // Lockout reached through codes, then the injected faults whose statuses the spec leaves undocumented.
  const c = new FapiClient(origin, 'cookie', recorded);
  const locking = (await c.signIn('totp@example.com', DEMO_PASSWORD)).body.response;
  for (let attempt = 0; attempt < 10; attempt++) await c.attemptSecondFactor(locking.id, 'totp', '000000');
  await fault({ path: '/client', method: 'GET', kind: 'status' });
  await c.call('GET', '/client');
  await fault({ path: '/client/sign_ins', kind: 'rate_limit' });
  await c.signIn('plain@example.com', DEMO_PASSWORD);
  await c.call('GET', '/client/nonexistent');
  await c.call('GET', '/client?__clerk_api_version=2099-01-01');

  // clerk-js 6 (2026-08-20): Client Trust by email, email-code MFA, a pending session and its password reset.
  const d = new FapiClient(origin, 'cookie', recorded, 'core3');
  const trust = (await d.signIn('trust@example.com', DEMO_PASSWORD)).body.response;
  const trustAt = (action: string) => `/client/sign_ins/${trust.id}/${action}`;
  await d.call('POST', trustAt('attempt_second_factor'), { strategy: 'email_code', code: '123456' });
  await d.call('POST', trustAt('prepare_second_factor'), { strategy: 'email_code', email_address_id: trust.supported_second_factors[0].email_address_id });
  await d.call('POST', trustAt('attempt_second_factor'), { strategy: 'email_code', code: 'wrong1' });
  await d.call('POST', trustAt('attempt_second_factor'), { strategy: 'email_code', code: (await demoRow(origin, 'trust@example.com'))!.lastEmailCode! });
  await d.call('DELETE', '/client/sessions');
  const emailMfa = (await d.signIn('email@example.com', DEMO_PASSWORD)).body.response;
  await d.call('POST', `/client/sign_ins/${emailMfa.id}/prepare_second_factor`, { strategy: 'email_code' });
  await d.call('POST', `/client/sign_ins/${emailMfa.id}/attempt_second_factor`, { strategy: 'email_code', code: (await demoRow(origin, 'email@example.com'))!.lastEmailCode! });
  await d.call('DELETE', '/client/sessions');
  const pending = (await d.signIn('reset@example.com', DEMO_PASSWORD)).body.response.created_session_id;
  await d.call('GET', '/client');
  await d.call('POST', `/client/sessions/${pending}/touch`, { active_organization_id: '', intent: 'select_session' });
  await d.call('POST', `/client/sessions/${pending}/tokens`, { organization_id: '' });
  await d.changePassword(pending, { new_password: 'short', sign_out_of_other_sessions: 'true' });
  await d.changePassword(pending, { new_password: 'password123', sign_out_of_other_sessions: 'true' });
  await d.changePassword(pending, { new_password: 'correct-horse-battery-staple', sign_out_of_other_sessions: 'true' });
  await d.call('POST', `/client/sessions/${pending}/touch`, { active_organization_id: '', intent: 'select_session' });
  await new FapiClient(origin, 'cookie', recorded, 'core3').changePassword(null, { new_password: 'correct-horse-battery-staple' });

  // "Forgot password" (clerk-js `signIn.resetPasswordEmailCode`), then the second factor it leads to.
  const e = new FapiClient(origin, 'cookie', recorded, 'core3');
  const forgot = (await e.signIn('forgot-mfa@example.com')).body.response;
  const forgotAt = (action: string) => `/client/sign_ins/${forgot.id}/${action}`;
  const emailAddressId = forgot.supported_first_factors[1].email_address_id;
  await e.call('POST', forgotAt('attempt_first_factor'), { strategy: 'reset_password_email_code', code: '123456' });
  await e.call('POST', forgotAt('reset_password'), { password: 'correct-horse-battery-staple', sign_out_of_other_sessions: 'true' });
  await e.call('POST', forgotAt('prepare_first_factor'), { strategy: 'reset_password_email_code', email_address_id: 'idn_other' });
  await e.call('POST', '/client/sign_ins/sia_unknown/prepare_first_factor', { strategy: 'reset_password_email_code' });
  await e.call('POST', '/client/sign_ins/sia_unknown/reset_password', { password: 'correct-horse-battery-staple' });
  await fault({ path: 'prepare_first_factor', kind: 'locked' });
  await e.call('POST', forgotAt('prepare_first_factor'), { strategy: 'reset_password_email_code', email_address_id: emailAddressId });
  await e.call('POST', forgotAt('prepare_first_factor'), { strategy: 'reset_password_email_code', email_address_id: emailAddressId });
  await e.call('POST', forgotAt('attempt_first_factor'), { strategy: 'reset_password_email_code', code: 'wrong1' });
  await e.call('POST', forgotAt('attempt_first_factor'), { strategy: 'reset_password_email_code', code: (await demoRow(origin, 'forgot-mfa@example.com'))!.lastEmailCode! });
  await e.call('POST', forgotAt('prepare_first_factor'), { strategy: 'reset_password_email_code', email_address_id: emailAddressId });
  await e.call('POST', forgotAt('reset_password'), { password: 'password123', sign_out_of_other_sessions: 'true' });
  await fault({ path: 'reset_password', kind: 'locked' });
  await e.call('POST', forgotAt('reset_password'), { password: 'correct-horse-battery-staple', sign_out_of_other_sessions: 'true' });
  await e.call('POST', forgotAt('reset_password'), { password: 'correct-horse-battery-staple', sign_out_of_other_sessions: 'true' });
  await e.attemptSecondFactor(forgot.id, 'totp', server.emulator.currentTotp('forgot-mfa@example.com'));

  // MFA setup by a signed-in user (authenticator, backup codes, SMS numbers), then reverification.
  const f = new FapiClient(origin, 'cookie', recorded, 'core3');
  await f.call('GET', '/me');
  await f.call('POST', '/me/totp');
  await f.call('POST', '/me/phone_numbers/', { phone_number: '+15555550100' });
  const enrol = (await f.signIn('enrol@example.com', DEMO_PASSWORD)).body.response.created_session_id;
  const me = (method: 'GET' | 'POST' | 'PATCH' | 'DELETE', path: string, body?: Record<string, string>) => f.me(method, path, enrol, body);
  const lastCode = async (channel: 'lastSmsCode' | 'lastEmailCode') => (await demoRow(origin, 'enrol@example.com'))![channel]!;
  await me('GET', '/me');
  await me('POST', '/me/totp/attempt_verification', { code: '123456' });
  await me('DELETE', '/me/totp');
  await me('POST', '/me/backup_codes/');
  const totpSecret = (await me('POST', '/me/totp')).body.response.secret;
  await me('POST', '/me/totp/attempt_verification', { code: 'wrong1' });
  await me('POST', '/me/totp/attempt_verification', { code: totpCodeAt(totpSecret, Date.now()) });
  await me('POST', '/me/totp/attempt_verification', { code: '123456' });
  await me('POST', '/me/totp');
  await me('POST', '/me/backup_codes/');
  await me('POST', '/me/phone_numbers/', { phone_number: '555' });
  const phoneId = (await me('POST', '/me/phone_numbers/', { phone_number: '+15555550100' })).body.response.id;
  const phone = (suffix = '') => `/me/phone_numbers/${phoneId}${suffix}`;
  await me('PATCH', phone(), { reserved_for_second_factor: 'true' });
  await me('POST', phone('/attempt_verification'), { code: '123456' });
  await me('POST', '/me/phone_numbers/idn_unknown/prepare_verification', { strategy: 'phone_code' });
  await me('POST', phone('/prepare_verification'), { strategy: 'phone_code' });
  await me('POST', phone('/attempt_verification'), { code: await lastCode('lastSmsCode') });
  await me('POST', phone('/attempt_verification'), { code: '123456' });
  await me('POST', phone('/prepare_verification'), { strategy: 'phone_code' });
  await me('PATCH', phone(), { reserved_for_second_factor: 'true' });
  await me('PATCH', '/me/phone_numbers/idn_unknown', { default_second_factor: 'true' });
  await me('DELETE', '/me/phone_numbers/idn_unknown');
  const verify = (action = '') => `/client/sessions/${enrol}/verify${action}`;
  await f.call('POST', '/client/sessions/sess_unknown/verify', { level: 'second_factor' });
  await f.call('POST', verify('/attempt_first_factor'), { strategy: 'password', password: DEMO_PASSWORD });
  await f.call('POST', verify('/prepare_second_factor'), { strategy: 'phone_code' });
  await control(origin, 'POST', '/reverification', { expireVerifications: true });
  await me('POST', '/me/backup_codes/');
  await me('DELETE', '/me/totp');
  await me('PATCH', phone(), { reserved_for_second_factor: 'false' });
  await me('DELETE', phone());
  await f.call('POST', verify(), {});
  await f.call('POST', verify(), { level: 'multi_factor' });
  await f.call('POST', verify('/prepare_first_factor'), { strategy: 'password' });
  await f.call('POST', verify('/attempt_first_factor'), { strategy: 'password', password: 'wrong' });
  await f.call('POST', verify('/attempt_first_factor'), { strategy: 'password', password: DEMO_PASSWORD });
  await f.call('POST', verify('/prepare_first_factor'), { strategy: 'email_code' });
  await f.call('POST', verify('/prepare_second_factor'), { strategy: 'phone_code', phone_number_id: 'idn_other' });
  await f.call('POST', verify('/prepare_second_factor'), { strategy: 'phone_code', phone_number_id: phoneId });
  await f.call('POST', verify('/attempt_second_factor'), { strategy: 'phone_code', code: 'wrong1' });
  await f.call('POST', verify('/attempt_second_factor'), { strategy: 'phone_code', code: await lastCode('lastSmsCode') });
  await f.call('POST', verify('/attempt_second_factor'), { strategy: 'totp', code: '000000' });
  await f.call('POST', verify(), { level: 'first_factor' });
  await f.call('POST', verify('/prepare_first_factor'), { strategy: 'email_code' });
  await f.call('POST', verify('/attempt_first_factor'), { strategy: 'email_code', code: await lastCode('lastEmailCode') });
  await f.call('POST', verify('/attempt_first_factor'), { strategy: 'email_code', code: '123456' });
  await me('DELETE', '/me/totp');
  await me('POST', '/me/backup_codes/');
  await me('DELETE', phone());
  await f.call('POST', `/client/sessions/${enrol}/end`);
  await f.call('POST', verify(), { level: 'first_factor' });
  return recorded;
}
