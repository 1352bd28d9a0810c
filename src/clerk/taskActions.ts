import type { FinalizeNavigateArgs, PasswordRules, SessionTaskActionsLike, SetupMethod, UserLike } from './types.js';

/** The part of Clerk's browser object (`useClerk()`) the session-task actions use; the same in both generations. */
export interface ClerkLike {
  user?: { updatePassword(params: { newPassword: string; signOutOfOtherSessions?: boolean }): Promise<unknown> } | null;
  session?: { id: string } | null;
  setActive(params: { session: string | null; navigate?: (args: FinalizeNavigateArgs) => void | Promise<unknown> }): Promise<void>;
}

/**
 * The `localization` option the app gave `<ClerkProvider>`: ClerkProvider hands its props to
 * `clerk.load`, and both generations keep them behind `__internal_getOption`. Read defensively.
 */
export function localizationOf(clerk: unknown): object | undefined {
  try {
    const value = (clerk as { __internal_getOption?: (name: string) => unknown } | null)?.__internal_getOption?.('localization');
    return value && typeof value === 'object' ? value : undefined;
  } catch {
    return undefined;
  }
}

/** A call on one of Clerk's classic resources, which throw, answered as the custom-flow resource answers: `{ error }`. */
export async function answer(action: () => Promise<unknown>): Promise<{ error: unknown }> {
  try {
    await action();
    return { error: null };
  } catch (error) {
    // Clerk's resources throw `ClerkAPIResponseError` here, unlike the custom-flow resource.
    return { error };
  }
}

function numberOr(value: unknown): number | undefined {
  return typeof value === 'number' && Number.isFinite(value) && value > 0 ? value : undefined;
}

/**
 * Clerk keeps the instance's password settings on an internal getter (`__internal_environment` in
 * Core 3, `__unstable__environment` in Core 2) and exposes no public one; read defensively, so a
 * missing or reshaped getter only loses the hint shown before submit, never the form.
 */
export function passwordRulesOf(environment: unknown): PasswordRules | null {
  const settings = (environment as { userSettings?: { passwordSettings?: Record<string, unknown> } } | null | undefined)?.userSettings?.passwordSettings;
  if (!settings || typeof settings !== 'object') return null;
  return {
    // Clerk itself never accepts fewer than 8.
    minLength: Math.max(8, numberOr(settings.min_length) ?? 8),
    maxLength: numberOr(settings.max_length),
    requireNumbers: settings.require_numbers === true,
    requireUppercase: settings.require_uppercase === true,
    requireLowercase: settings.require_lowercase === true,
    requireSpecialChar: settings.require_special_char === true,
  };
}

/**
 * The second factors the instance offers for setting up (`user_settings.attributes`: the authenticator
 * app, and phone numbers used for a second factor), from the same internal environment; `null` when unreadable.
 */
export function secondFactorMethodsOf(environment: unknown): SetupMethod[] | null {
  const attributes = (environment as { userSettings?: { attributes?: Record<string, { enabled?: unknown; used_for_second_factor?: unknown } | undefined> } } | null | undefined)?.userSettings?.attributes;
  if (!attributes || typeof attributes !== 'object') return null;
  const offered = (name: string) => attributes[name]?.enabled === true && attributes[name]?.used_for_second_factor === true;
  const methods: SetupMethod[] = [];
  if (offered('authenticator_app')) methods.push('totp');
  if (offered('phone_number')) methods.push('phone_code');
  return methods;
}

/** Session-task actions on Clerk's browser object, as Clerk's own task screens resolve them. */
export function sessionTaskActions(clerk: ClerkLike, environment: () => unknown): SessionTaskActionsLike {
  return {
    updatePassword: (params) =>
      answer(async () => {
        if (!clerk.user) throw new Error('No user on the pending session.');
        await clerk.user.updatePassword(params);
      }),
    activate: (navigate) => answer(() => clerk.setActive({ session: clerk.session?.id ?? null, navigate })),
    passwordRules: () => passwordRulesOf(environment()),
    // Clerk's user resource, the same object `useUser()` gives once the session is active.
    pendingUser: () => (clerk.user ?? null) as unknown as UserLike | null,
    secondFactorMethods: () => secondFactorMethodsOf(environment()),
  };
}
