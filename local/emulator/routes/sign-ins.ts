import { attemptFirstFactor, prepareFirstFactor } from '../domain/first-factor.js';
import { resetPasswordOnSignIn } from '../domain/password-reset.js';
import { attemptSecondFactor, prepareSecondFactor } from '../domain/second-factor.js';
import { createSignIn, signInOfClient, userOfSignIn } from '../domain/sign-in-flow.js';
import { serializeSignIn } from '../resources/sign-in.js';
import { withClient } from './answers.js';
import type { FapiContext, Route } from './route.js';

function answerSignIn(ctx: FapiContext, signInId: string) {
  return withClient(ctx, serializeSignIn(ctx.view, signInOfClient(ctx, signInId)));
}

export const signInRoutes: Route[] = [
  {
    method: 'POST',
    path: '/client/sign_ins',
    handler: (ctx) => withClient(ctx, serializeSignIn(ctx.view, createSignIn(ctx, ctx.request.body))),
  },
  {
    method: 'GET',
    path: '/client/sign_ins/:signInId',
    handler: (ctx) => answerSignIn(ctx, ctx.params.signInId!),
  },
  {
    // `resetPasswordEmailCode.sendCode()`: `reset_password_email_code` + `email_address_id`.
    method: 'POST',
    path: '/client/sign_ins/:signInId/prepare_first_factor',
    handler: (ctx) => {
      const signIn = signInOfClient(ctx, ctx.params.signInId!);
      prepareFirstFactor(ctx, signIn, userOfSignIn(ctx, signIn), ctx.request.body);
      return answerSignIn(ctx, signIn.id);
    },
  },
  {
    // `password` (the legacy resource), or `reset_password_email_code` + `code` (`resetPasswordEmailCode.verifyCode()`).
    method: 'POST',
    path: '/client/sign_ins/:signInId/attempt_first_factor',
    handler: (ctx) => {
      const signIn = signInOfClient(ctx, ctx.params.signInId!);
      attemptFirstFactor(ctx, signIn, userOfSignIn(ctx, signIn), ctx.request.body);
      return answerSignIn(ctx, signIn.id);
    },
  },
  {
    // `resetPasswordEmailCode.submitPassword({ password, signOutOfOtherSessions })`; clerk-js sends `true` unless told otherwise.
    method: 'POST',
    path: '/client/sign_ins/:signInId/reset_password',
    handler: (ctx) => {
      const signIn = signInOfClient(ctx, ctx.params.signInId!);
      const { body } = ctx.request;
      resetPasswordOnSignIn(ctx, signIn, userOfSignIn(ctx, signIn), {
        password: body.password,
        signOutOfOtherSessions: body.sign_out_of_other_sessions === 'true',
      });
      return answerSignIn(ctx, signIn.id);
    },
  },
  {
    // MFA and Client Trust alike: `phone_code` or `email_code`.
    method: 'POST',
    path: '/client/sign_ins/:signInId/prepare_second_factor',
    handler: (ctx) => {
      const signIn = signInOfClient(ctx, ctx.params.signInId!);
      prepareSecondFactor(ctx, signIn, userOfSignIn(ctx, signIn), ctx.request.body);
      return answerSignIn(ctx, signIn.id);
    },
  },
  {
    method: 'POST',
    path: '/client/sign_ins/:signInId/attempt_second_factor',
    handler: (ctx) => {
      const signIn = signInOfClient(ctx, ctx.params.signInId!);
      attemptSecondFactor(ctx, signIn, userOfSignIn(ctx, signIn), ctx.request.body);
      return answerSignIn(ctx, signIn.id);
    },
  },
];
