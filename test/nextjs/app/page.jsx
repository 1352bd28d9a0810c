// Server Component (no 'use client' here): imports the package directly.
import { SignInFlow } from 'clerk-mfa-steps';

// Render per request only, so `next build` prerenders nothing and never needs a Clerk instance.
export const dynamic = 'force-dynamic';

export default function Page() {
  return <SignInFlow />;
}
