import { strategyInvalid } from '../domain/errors.js';
import { attemptSecondFactor, prepareSecondFactor } from '../domain/second-factor.js';
import { attemptPassword, createSignIn, signInOfClient, userOfSignIn } from '../domain/sign-in-flow.js';
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
    method: 'POST',
    path: '/client/sign_ins/:signInId/attempt_first_factor',
    handler: (ctx) => {
      const signIn = signInOfClient(ctx, ctx.params.signInId!);
      if (ctx.request.body.strategy !== 'password') throw strategyInvalid();
      attemptPassword(ctx, signIn, userOfSignIn(ctx, signIn), ctx.request.body.password);
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
