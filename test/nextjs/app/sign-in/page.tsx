// A server component (no 'use client'): the README's sample.
import { SignInWithRouter } from './SignInWithRouter';

export default function Page() {
  return <SignInWithRouter />;
}
