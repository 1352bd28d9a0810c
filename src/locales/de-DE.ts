import type { SignInStrings } from '../text/strings.js';

/**
 * Every string of these forms in German (Germany), under `mfaSteps` so that it rides in the same
 * object as Clerk's own German resource. Where Clerk has a key for a string, Clerk's wording wins;
 * this file covers every string (lockouts, countdowns and errors included), so the form reads in one
 * language throughout. Its terms follow Clerk's German ("Wiederherstellungscode", "Bestätigung in
 * zwei Schritten", "Authenticator-App", "Passwort"), so a page mixing the two reads as one voice. It
 * addresses the reader as "Sie".
 *
 * ```tsx
 * import { deDE } from '@clerk/localizations';
 * import { mfaDeDE } from 'clerk-mfa-steps/locales/de-DE';
 * <ClerkProvider localization={{ ...deDE, ...mfaDeDE }}>
 * ```
 */
export const mfaDeDE = {
  mfaSteps: {
    passwordStep: {
      title: 'Anmelden',
      emailLabel: 'E-Mail-Adresse',
      passwordLabel: 'Passwort',
      submit: 'Fortsetzen',
      submitting: 'Anmeldung läuft…',
      emailRequired: 'Geben Sie Ihre E-Mail-Adresse ein.',
      emailInvalid: 'Geben Sie eine E-Mail-Adresse wie name@example.com ein.',
      emailTooLong: 'Eine E-Mail-Adresse hat höchstens {count} Zeichen.',
      emailHiddenCharacters: 'E-Mail-Adressen dürfen keine unsichtbaren Zeichen oder Emojis enthalten. Geben Sie die Adresse erneut ein.',
      passwordRequired: 'Geben Sie Ihr Passwort ein.',
      showPassword: 'Passwort anzeigen',
      hidePassword: 'Passwort ausblenden',
      subtitle: 'weiter zu {app}',
      forgotPassword: 'Passwort vergessen?',
    },
    secondFactorStep: {
      title: 'Bestätigung in zwei Schritten',
      totpDescription: 'Geben Sie den 6-stelligen Code aus Ihrer Authenticator-App ein.',
      backupCodeDescription: 'Geben Sie einen der Wiederherstellungscodes ein, die Sie beim Einrichten der Bestätigung in zwei Schritten gespeichert haben.',
      totpLabel: 'Authenticator-Code',
      backupCodeLabel: 'Wiederherstellungscode',
      useBackupCode: 'Wiederherstellungscode verwenden',
      submit: 'Bestätigen',
      submitting: 'Wird überprüft…',
      totpRequired: 'Geben Sie den Code aus Ihrer Authenticator-App ein.',
      totpInvalid: 'Der Authenticator-Code hat 6 Ziffern.',
      backupCodeRequired: 'Geben Sie einen Wiederherstellungscode ein.',
      totpIncorrect: 'Dieser Authenticator-Code ist falsch. Geben Sie den aktuellen Code aus Ihrer App ein.',
      backupCodeIncorrect: 'Dieser Wiederherstellungscode ist falsch oder wurde bereits verwendet.',
      phoneCodeDescription: 'Geben Sie den 6-stelligen Code ein, den wir Ihnen per SMS an {phone} gesendet haben.',
      phoneCodeDescriptionNoNumber: 'Geben Sie den 6-stelligen Code ein, den wir Ihnen per SMS auf Ihr Telefon gesendet haben.',
      phoneCodeLabel: 'SMS-Code',
      phoneCodeRequired: 'Geben Sie den Code aus der SMS ein.',
      phoneCodeInvalid: 'Der SMS-Code hat 6 Ziffern.',
      phoneCodeIncorrect: 'Dieser SMS-Code ist falsch. Prüfen Sie die neueste Nachricht oder lassen Sie sich einen neuen Code senden.',
      emailCodeDescription: 'Geben Sie den 6-stelligen Code ein, den wir an {email} gesendet haben.',
      emailCodeDescriptionNoAddress: 'Geben Sie den 6-stelligen Code ein, den wir an Ihre E-Mail-Adresse gesendet haben.',
      emailCodeLabel: 'E-Mail-Code',
      emailCodeRequired: 'Geben Sie den Code aus der E-Mail ein.',
      emailCodeInvalid: 'Der E-Mail-Code hat 6 Ziffern.',
      emailCodeIncorrect: 'Dieser E-Mail-Code ist falsch. Prüfen Sie die neueste E-Mail oder lassen Sie sich einen neuen Code senden.',
      codeTooLong: 'Das sind mehr Ziffern, als ein {count}-stelliger Code hat. Tippen oder fügen Sie nur den Code selbst ein.',
      backupCodeInvalid: 'Ein Wiederherstellungscode besteht nur aus Buchstaben und Ziffern und hat höchstens {max} Zeichen.',
      resendCode: 'Neuen Code senden',
      resendCountdown: 'Verfügbar in {seconds}\u00A0s',
      codeSent: 'Ein neuer Code ist unterwegs.',
      useAnotherMethod: 'Andere Methode verwenden',
      methodsTitle: 'Andere Bestätigungsmethoden',
      methodTotp: 'Authenticator-App',
      methodPhoneCode: 'SMS-Code an {phone}',
      methodBackupCode: 'Wiederherstellungscode',
      methodEmailCode: 'E-Mail-Code an {email}',
      useDifferentAccount: 'Anderes Konto verwenden',
    },
    clientTrustStep: {
      title: 'Bestätigen Sie, dass Sie es sind',
      emailDescription: 'Sie melden sich von einem neuen Gerät an. Geben Sie den 6-stelligen Code ein, den wir an {email} gesendet haben.',
      phoneDescription: 'Sie melden sich von einem neuen Gerät an. Geben Sie den 6-stelligen Code ein, den wir Ihnen per SMS an {phone} gesendet haben.',
      submit: 'Fortsetzen',
      submitting: 'Wird überprüft…',
    },
    resetPassword: {
      title: 'Passwort zurücksetzen',
      codeDescription: 'Geben Sie den 6-stelligen Code ein, den wir an {email} gesendet haben, um Ihr Passwort zurückzusetzen.',
      codeLabel: 'Code zum Zurücksetzen',
      submit: 'Fortsetzen',
      submitting: 'Wird überprüft…',
      backToSignIn: 'Zurück zur Anmeldung',
      newPasswordTitle: 'Neues Passwort festlegen',
      newPasswordDescription: 'Wählen Sie ein neues Passwort für Ihr Konto. Es ersetzt das alte überall.',
      newPasswordSubmit: 'Passwort zurücksetzen',
      newPasswordSubmitting: 'Wird gespeichert…',
    },
    sessionTask: {
      resetPasswordTitle: 'Neues Passwort festlegen',
      resetPasswordDescription: 'Ihr Passwort ist anderswo durch ein Datenleck bekannt geworden und kann daher nicht mehr verwendet werden. Wählen Sie ein neues, um fortzufahren.',
      newPasswordLabel: 'Neues Passwort',
      confirmPasswordLabel: 'Neues Passwort bestätigen',
      passwordRule: 'Mindestens {count} Zeichen.',
      // Nominative, for both sentences they fill: "Mindestens 8 Zeichen, darunter eine Zahl und ein
      // Großbuchstabe." and "Es fehlt noch ein Großbuchstabe."
      passwordRuleNumber: 'eine Zahl',
      passwordRuleUppercase: 'ein Großbuchstabe',
      passwordRuleLowercase: 'ein Kleinbuchstabe',
      passwordRuleSpecial: 'ein Sonderzeichen',
      passwordRuleWith: 'Mindestens {count} Zeichen, darunter {rules}.',
      passwordRuleMissing: 'Es fehlt noch {rule}.',
      newPasswordRequired: 'Geben Sie ein neues Passwort ein.',
      newPasswordTooShort: 'Verwenden Sie mindestens {count} Zeichen.',
      confirmMismatch: 'Die beiden Passwörter stimmen nicht überein.',
      signOutOfOtherSessions: 'Alle anderen Geräte abmelden',
      submit: 'Passwort festlegen und fortfahren',
      submitting: 'Wird gespeichert…',
      otherTask: 'Für Ihr Konto ist noch ein Schritt nötig, bevor Sie fortfahren können: {task}.',
      taskNames: {
        'setup-mfa': 'Bestätigung in zwei Schritten einrichten',
        'choose-organization': 'Organisation auswählen',
        'reset-password': 'neues Passwort festlegen',
      },
    },
    blocked: {
      locked: 'Ihr Konto wurde nach zu vielen fehlgeschlagenen Versuchen gesperrt.',
      lockedIndefinitely: 'Ihr Konto ist gesperrt, und die Sperre endet nicht von selbst. Wenden Sie sich an den Support, um es entsperren zu lassen.',
      rateLimited: 'Zu viele Versuche. Warten Sie einen Moment und versuchen Sie es dann erneut.',
      retryIn: 'Sie können es in {wait} erneut versuchen.',
      tryLater: 'Versuchen Sie es später erneut.',
      canRetryNow: 'Sie können es jetzt erneut versuchen.',
    },
    durations: {
      locale: 'de-DE',
      // Read after "in" ("in 1 Sekunde", "in 5 Minuten"): the dative plural is the nominative's.
      seconds: { one: '{count} Sekunde', other: '{count} Sekunden' },
      minutes: { one: '{count} Minute', other: '{count} Minuten' },
    },
    flow: {
      finishing: 'Sie werden angemeldet…',
      complete: 'Sie sind angemeldet.',
      failed: 'Wir konnten Ihre Anmeldung nicht abschließen.',
      unsupported: 'Für dieses Konto ist ein Anmeldeschritt nötig, den dieses Formular nicht anbietet.',
      unsupportedTitle: 'Diese Anmeldung kann hier nicht fortgesetzt werden',
      taskTitle: 'Noch ein Schritt',
      retry: 'Erneut versuchen',
      cancel: 'Abbrechen',
    },
    errors: {
      form_password_incorrect: 'Dieses Passwort ist falsch. Versuchen Sie es erneut.',
      form_identifier_not_found: 'Zu dieser E-Mail-Adresse gibt es kein Konto.',
      form_code_incorrect: 'Dieser Code ist falsch.',
      user_locked: 'Ihr Konto wurde nach zu vielen fehlgeschlagenen Versuchen gesperrt. Versuchen Sie es später erneut.',
      too_many_requests: 'Zu viele Versuche. Warten Sie einen Moment und versuchen Sie es dann erneut.',
      internal_clerk_error: 'Bei uns ist ein Fehler aufgetreten. Versuchen Sie es gleich noch einmal.',
      network_error: 'Wir konnten den Anmeldedienst nicht erreichen. Prüfen Sie Ihre Internetverbindung und versuchen Sie es erneut.',
      request_timeout: 'Der Anmeldedienst braucht zu lange für eine Antwort; möglicherweise ist Ihre Verbindung langsam. Versuchen Sie es erneut.',
      sign_in_changed: 'Diese Anmeldung wurde in einem anderen Tab oder Fenster geändert. Prüfen Sie Ihre Angaben und versuchen Sie es erneut.',
      navigation_failed: 'Sie sind angemeldet, aber die nächste Seite hat sich nicht geöffnet. Laden Sie die Seite neu, um fortzufahren.',
      session_start_cancelled: 'Sie haben das Warten auf den Abschluss der Anmeldung abgebrochen. Versuchen Sie es erneut, wenn Sie bereit sind.',
      form_password_pwned: 'Dieses Passwort wurde in einem Datenleck gefunden. Wählen Sie ein anderes.',
      form_password_length_too_short: 'Dieses Passwort ist zu kurz.',
      form_password_not_strong_enough: 'Dieses Passwort ist zu leicht zu erraten. Wählen Sie ein sichereres.',
      form_new_password_matches_current: 'Wählen Sie ein anderes Passwort als Ihr aktuelles.',
      reset_password_unavailable: 'Für dieses Konto ist keine E-Mail-Adresse hinterlegt, an die wir einen Code zum Zurücksetzen senden könnten. Wenden Sie sich an den Support, um Ihr Passwort zurückzusetzen.',
      unknown: 'Etwas ist schiefgelaufen. Versuchen Sie es erneut.',
    },
  } satisfies SignInStrings,
};
