import { attemptPhoneVerification, createPhone, deletePhone, preparePhoneVerification, updatePhone } from '../domain/phone-setup.js';
import { serializeDeletedPhoneNumber, serializePhoneNumber } from '../resources/phone-number.js';
import { withClient } from './answers.js';
import { meOf } from './me.js';
import type { Route } from './route.js';

/**
 * A signed-in user's phone numbers, for SMS second factors: clerk-js `user.createPhoneNumber()`
 * (sent to `/me/phone_numbers/`), then the `PhoneNumber` resource's methods on `/me/phone_numbers/:id`.
 */
export const phoneNumberRoutes: Route[] = [
  {
    method: 'POST',
    path: '/me/phone_numbers',
    handler: (ctx) => withClient(ctx, serializePhoneNumber(createPhone(ctx, meOf(ctx), ctx.request.body))),
  },
  {
    // `phoneNumber.prepareVerification()`: `strategy=phone_code`.
    method: 'POST',
    path: '/me/phone_numbers/:phoneId/prepare_verification',
    handler: (ctx) => withClient(ctx, serializePhoneNumber(preparePhoneVerification(ctx, meOf(ctx), ctx.params.phoneId!, ctx.request.body))),
  },
  {
    // `phoneNumber.attemptVerification({ code })`.
    method: 'POST',
    path: '/me/phone_numbers/:phoneId/attempt_verification',
    handler: (ctx) => {
      const { phone, backupCodes } = attemptPhoneVerification(ctx, meOf(ctx), ctx.params.phoneId!, ctx.request.body.code);
      return withClient(ctx, serializePhoneNumber(phone, backupCodes));
    },
  },
  {
    // `setReservedForSecondFactor({ reserved })`, `makeDefaultSecondFactor()`.
    method: 'PATCH',
    path: '/me/phone_numbers/:phoneId',
    handler: (ctx) => {
      const { phone, backupCodes } = updatePhone(ctx, meOf(ctx), ctx.params.phoneId!, ctx.request.body);
      return withClient(ctx, serializePhoneNumber(phone, backupCodes));
    },
  },
  {
    // `phoneNumber.destroy()`; sensitive.
    method: 'DELETE',
    path: '/me/phone_numbers/:phoneId',
    handler: (ctx) => withClient(ctx, serializeDeletedPhoneNumber(deletePhone(ctx, meOf(ctx), ctx.params.phoneId!))),
  },
];
