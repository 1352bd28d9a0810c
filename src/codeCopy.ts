import type { CodeKind } from './codeRules.js';
import { format, type SignInStrings } from './strings.js';

export interface CodeCopy {
  label: string;
  description: string;
  required: string;
  invalid: string;
  /** Said after Clerk's `form_code_incorrect`: names the kind of code, not "a code". */
  incorrect: string;
  /** Its entry under "use another method". */
  method: string;
}

/** The words for one kind of code. `phone` is Clerk's masked number, or empty when it names none. */
export function codeCopy(kind: CodeKind, text: SignInStrings['secondFactorStep'], phone: string): CodeCopy {
  switch (kind) {
    case 'totp':
      return { label: text.totpLabel, description: text.totpDescription, required: text.totpRequired, invalid: text.totpInvalid, incorrect: text.totpIncorrect, method: text.methodTotp };
    case 'phone_code':
      return {
        label: text.phoneCodeLabel,
        description: phone ? format(text.phoneCodeDescription, { phone }) : text.phoneCodeDescriptionNoNumber,
        required: text.phoneCodeRequired,
        invalid: text.phoneCodeInvalid,
        incorrect: text.phoneCodeIncorrect,
        method: phone ? format(text.methodPhoneCode, { phone }) : text.phoneCodeLabel,
      };
    case 'backup_code':
      return { label: text.backupCodeLabel, description: text.backupCodeDescription, required: text.backupCodeRequired, invalid: text.backupCodeRequired, incorrect: text.backupCodeIncorrect, method: text.methodBackupCode };
  }
}
