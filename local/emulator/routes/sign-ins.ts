import { serializeSignIn } from '../resources/sign-in.js';
import type { FapiContext, Route } from '../router.js';
import { attemptSecondFactor, prepareSecondFactor } from '../second-factor.js';
import { attemptPassword, createSignIn, signInOfClient, userOfSignIn } from '../sign-in-flow.js';
import { strategyInvalid } from '../errors.js';
import { withClient } from './answers.js';

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
