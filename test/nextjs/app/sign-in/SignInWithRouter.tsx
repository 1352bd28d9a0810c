'use client';
import { useRouter } from 'next/navigation';
import { SignInFlow } from 'clerk-mfa-steps';

// A function prop cannot cross from a server component, so the router's navigation is wired here.
export function SignInWithRouter() {
  const router = useRouter();
  return <SignInFlow redirectUrl="/dashboard" navigate={(to) => router.push(to)} />;
}
