'use client';
import { Show, useUser } from '@clerk/nextjs';

// Client-side on purpose: the server `<Show>` and `auth()` need clerkMiddleware() and a secret key.
// (`<SignedIn>` is gone in @clerk/nextjs 7: it throws.)
export function SignedInUser() {
  const { user } = useUser();
  return (
    <Show when="signed-in" fallback={<p>Signed out</p>}>
      <p>Signed in as {user?.primaryEmailAddress?.emailAddress}</p>
    </Show>
  );
}
