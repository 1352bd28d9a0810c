// A server component importing the package itself: only the package's own 'use client' makes
// <SignInFlow> a client reference here. Without it, `next build` fails on its hooks.
import { SignInFlow } from 'clerk-mfa-steps';

export default function Page() {
  return <SignInFlow redirectUrl="/dashboard" />;
}
