import type { PhoneRecord } from '../domain/state.js';
import { serializeVerification } from './sign-in.js';

/**
 * `Client.PhoneNumber`. `backup_codes` is filled only in the answer that reserved the number as the
 * user's first second factor: the codes are shown once, then only the demo panel knows them.
 */
export function serializePhoneNumber(phone: PhoneRecord, backupCodes: string[] | null = null) {
  return {
    id: phone.id,
    object: 'phone_number',
    phone_number: phone.number,
    reserved_for_second_factor: phone.reservedForSecondFactor,
    default_second_factor: phone.defaultSecondFactor,
    // `reserved` is about identifiers held for another purpose, not about MFA.
    reserved: false,
    verification: serializeVerification(phone.verification),
    linked_to: [],
    backup_codes: backupCodes,
    created_at: phone.createdAt,
    updated_at: phone.updatedAt,
  };
}

/** `DELETE /me/phone_numbers/:id` answers Clerk's deleted-object stub. */
export function serializeDeletedPhoneNumber(phone: PhoneRecord) {
  return { object: 'phone_number', id: phone.id, deleted: true };
}
