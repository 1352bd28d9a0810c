import type { SignInStrings } from '../text/strings.js';

/**
 * Every string of these forms in French (France), under `mfaSteps` so that it rides in the same
 * object as Clerk's own French resource. Where Clerk has a key for a string, Clerk's wording wins (save a wrong code, named here by its kind);
 * this file covers every string (lockouts, countdowns and errors included), so the form reads in one
 * language throughout. Its terms follow Clerk's French ("code de récupération", "application
 * d'authentification", "vérification en deux étapes"), so a page mixing the two reads as one voice.
 * Typography: a narrow no-break space (U+202F) before `?`, `:` and `;`, a no-break space (U+00A0)
 * before the unit symbol in "{seconds} s".
 *
 * ```tsx
 * import { frFR } from '@clerk/localizations';
 * import { mfaFrFR } from 'clerk-mfa-steps/locales/fr-FR';
 * <ClerkProvider localization={{ ...frFR, ...mfaFrFR }}>
 * ```
 */
export const mfaFrFR = {
  mfaSteps: {
    passwordStep: {
      title: 'Se connecter',
      emailLabel: 'Adresse e-mail',
      passwordLabel: 'Mot de passe',
      submit: 'Continuer',
      submitting: 'Connexion…',
      emailRequired: 'Entrez votre adresse e-mail.',
      emailInvalid: 'Entrez une adresse e-mail du type name@example.com.',
      emailTooLong: 'Une adresse e-mail comporte au maximum {count} caractères.',
      emailHiddenCharacters: 'Une adresse e-mail ne peut contenir ni caractères invisibles ni emoji. Saisissez de nouveau l’adresse.',
      passwordRequired: 'Entrez votre mot de passe.',
      showPassword: 'Afficher le mot de passe',
      hidePassword: 'Masquer le mot de passe',
      subtitle: 'pour continuer vers {app}',
      forgotPassword: 'Mot de passe oublié\u202F?',
    },
    secondFactorStep: {
      title: 'Vérification en deux étapes',
      totpDescription: 'Entrez le code à 6 chiffres de votre application d’authentification.',
      backupCodeDescription: 'Entrez l’un des codes de récupération que vous avez enregistrés lors de la configuration de la vérification en deux étapes.',
      totpLabel: 'Code d’authentification',
      backupCodeLabel: 'Code de récupération',
      useBackupCode: 'Utiliser un code de récupération',
      submit: 'Vérifier',
      submitting: 'Vérification…',
      totpRequired: 'Entrez le code de votre application d’authentification.',
      totpInvalid: 'Le code d’authentification comporte 6 chiffres.',
      backupCodeRequired: 'Entrez un code de récupération.',
      totpIncorrect: 'Ce code d’authentification est incorrect. Entrez le code actuellement affiché dans votre application.',
      backupCodeIncorrect: 'Ce code de récupération est incorrect ou a déjà été utilisé.',
      phoneCodeDescription: 'Entrez le code à 6 chiffres que nous avons envoyé par SMS au {phone}.',
      phoneCodeDescriptionNoNumber: 'Entrez le code à 6 chiffres que nous avons envoyé par SMS sur votre téléphone.',
      phoneCodeLabel: 'Code SMS',
      phoneCodeRequired: 'Entrez le code reçu par SMS.',
      phoneCodeInvalid: 'Le code SMS comporte 6 chiffres.',
      phoneCodeIncorrect: 'Ce code SMS est incorrect. Vérifiez le dernier message reçu ou demandez un nouveau code.',
      emailCodeDescription: 'Entrez le code à 6 chiffres que nous avons envoyé à {email}.',
      emailCodeDescriptionNoAddress: 'Entrez le code à 6 chiffres que nous avons envoyé à votre adresse e-mail.',
      emailCodeLabel: 'Code reçu par e-mail',
      emailCodeRequired: 'Entrez le code reçu par e-mail.',
      emailCodeInvalid: 'Le code reçu par e-mail comporte 6 chiffres.',
      emailCodeIncorrect: 'Ce code reçu par e-mail est incorrect. Vérifiez le dernier e-mail reçu ou demandez un nouveau code.',
      codeTooLong: 'Ce texte contient plus de chiffres qu’un code à {count} chiffres. Entrez ou collez uniquement le code.',
      backupCodeInvalid: 'Un code de récupération ne contient que des lettres et des chiffres, {max} caractères au maximum.',
      resendCode: 'Envoyer un nouveau code',
      resendCountdown: 'Disponible dans {seconds}\u00A0s',
      codeSent: 'Un nouveau code est en route.',
      useAnotherMethod: 'Utiliser une autre méthode',
      methodsTitle: 'Autres méthodes de vérification',
      methodTotp: 'Application d’authentification',
      methodPhoneCode: 'Code par SMS au {phone}',
      methodBackupCode: 'Code de récupération',
      methodEmailCode: 'Code par e-mail à {email}',
      useDifferentAccount: 'Utiliser un autre compte',
    },
    clientTrustStep: {
      title: 'Confirmez votre identité',
      emailDescription: 'Vous vous connectez depuis un nouvel appareil. Entrez le code à 6 chiffres que nous avons envoyé à {email}.',
      phoneDescription: 'Vous vous connectez depuis un nouvel appareil. Entrez le code à 6 chiffres que nous avons envoyé par SMS au {phone}.',
      submit: 'Continuer',
      submitting: 'Vérification…',
    },
    resetPassword: {
      title: 'Réinitialiser le mot de passe',
      codeDescription: 'Entrez le code à 6 chiffres que nous avons envoyé à {email} pour réinitialiser votre mot de passe.',
      codeLabel: 'Code de réinitialisation',
      submit: 'Continuer',
      submitting: 'Vérification…',
      backToSignIn: 'Retour à la connexion',
      newPasswordTitle: 'Définir un nouveau mot de passe',
      newPasswordDescription: 'Choisissez un nouveau mot de passe pour votre compte. Il remplacera l’ancien partout.',
      newPasswordSubmit: 'Réinitialiser le mot de passe',
      newPasswordSubmitting: 'Enregistrement…',
    },
    sessionTask: {
      resetPasswordTitle: 'Définir un nouveau mot de passe',
      resetPasswordDescription: 'Votre mot de passe figure dans une fuite de données survenue ailleurs et ne peut donc plus être utilisé. Choisissez-en un nouveau pour continuer.',
      newPasswordLabel: 'Nouveau mot de passe',
      confirmPasswordLabel: 'Confirmer le nouveau mot de passe',
      passwordRule: 'Au moins {count} caractères.',
      // Items of `passwordRuleWith`'s list ("Au moins 8 caractères, dont un chiffre et une lettre
      // majuscule.") and the object of `passwordRuleMissing` ("Ajoutez un chiffre.").
      passwordRuleNumber: 'un chiffre',
      passwordRuleUppercase: 'une lettre majuscule',
      passwordRuleLowercase: 'une lettre minuscule',
      passwordRuleSpecial: 'un caractère spécial',
      passwordRuleWith: 'Au moins {count} caractères, dont {rules}.',
      passwordRuleMissing: 'Ajoutez {rule}.',
      newPasswordRequired: 'Entrez un nouveau mot de passe.',
      newPasswordTooShort: 'Utilisez au moins {count} caractères.',
      confirmMismatch: 'Les deux mots de passe ne correspondent pas.',
      signOutOfOtherSessions: 'Se déconnecter de tous les autres appareils',
      submit: 'Définir le mot de passe et continuer',
      submitting: 'Enregistrement…',
      otherTask: 'Votre compte nécessite encore une étape avant que vous puissiez continuer\u202F: {task}.',
      taskNames: {
        'setup-mfa': 'configurer la vérification en deux étapes',
        'choose-organization': 'choisir une organisation',
        'reset-password': 'définir un nouveau mot de passe',
      },
    },
    blocked: {
      locked: 'Votre compte a été verrouillé à la suite de trop nombreuses tentatives infructueuses.',
      lockedIndefinitely: 'Votre compte est verrouillé et ce verrouillage ne prendra pas fin de lui-même. Pour le déverrouiller, contactez le support.',
      rateLimited: 'Trop de tentatives. Patientez un instant, puis réessayez.',
      retryIn: 'Vous pourrez réessayer dans {wait}.',
      tryLater: 'Réessayez plus tard.',
      canRetryNow: 'Vous pouvez réessayer maintenant.',
    },
    durations: {
      locale: 'fr-FR',
      // `many` is CLDR's form for round millions ("1 000 000 de secondes").
      seconds: { one: '{count} seconde', many: '{count} de secondes', other: '{count} secondes' },
      minutes: { one: '{count} minute', many: '{count} de minutes', other: '{count} minutes' },
    },
    flow: {
      finishing: 'Connexion en cours…',
      complete: 'Connexion réussie.',
      failed: 'Nous n’avons pas pu finaliser votre connexion.',
      unsupported: 'Ce compte nécessite une étape de connexion que ce formulaire ne propose pas.',
      unsupportedTitle: 'Impossible de poursuivre cette connexion ici',
      taskTitle: 'Encore une étape',
      retry: 'Réessayer',
      cancel: 'Annuler',
    },
    errors: {
      form_password_incorrect: 'Ce mot de passe est incorrect. Réessayez.',
      form_identifier_not_found: 'Aucun compte n’utilise cette adresse e-mail.',
      form_code_incorrect: 'Ce code est incorrect.',
      user_locked: 'Votre compte a été verrouillé à la suite de trop nombreuses tentatives infructueuses. Réessayez plus tard.',
      too_many_requests: 'Trop de tentatives. Patientez un instant, puis réessayez.',
      internal_clerk_error: 'Un problème est survenu de notre côté. Réessayez dans un instant.',
      network_error: 'Nous n’avons pas pu joindre le service de connexion. Vérifiez votre connexion Internet, puis réessayez.',
      request_timeout: 'Le service de connexion met trop de temps à répondre\u202F; votre connexion Internet est peut-être lente. Réessayez.',
      sign_in_changed: 'Cette connexion a été modifiée dans un autre onglet ou une autre fenêtre. Vérifiez vos informations, puis réessayez.',
      navigation_failed: 'La connexion a réussi, mais la page suivante ne s’est pas ouverte. Rechargez la page pour continuer.',
      session_start_cancelled: 'Vous avez cessé d’attendre la fin de la connexion. Réessayez quand vous le souhaitez.',
      form_password_pwned: 'Ce mot de passe figure dans une fuite de données. Choisissez-en un autre.',
      form_password_length_too_short: 'Ce mot de passe est trop court.',
      form_password_not_strong_enough: 'Ce mot de passe est trop facile à deviner. Choisissez-en un plus robuste.',
      form_new_password_matches_current: 'Choisissez un mot de passe différent de votre mot de passe actuel.',
      verification_expired: 'Ce code a expiré. Demandez un nouveau code et saisissez-le à la place.',
      form_password_length_too_long: 'Ce mot de passe est trop long. Choisissez-en un plus court.',
      reset_password_unavailable: 'Ce compte n’a aucune adresse e-mail à laquelle envoyer un code de réinitialisation. Pour réinitialiser votre mot de passe, contactez le support.',
      unknown: 'Un problème est survenu. Réessayez.',
    },
  } satisfies SignInStrings,
};
