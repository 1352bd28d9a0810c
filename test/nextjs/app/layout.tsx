import { ClerkProvider } from '@clerk/nextjs';
import type { ReactNode } from 'react';

export const metadata = { title: 'clerk-mfa-steps on Next.js' };

// The server ClerkProvider of @clerk/nextjs 7, as Clerk's quickstart has it. The publishable key and
// the proxy URL come from NEXT_PUBLIC_CLERK_PUBLISHABLE_KEY and NEXT_PUBLIC_CLERK_PROXY_URL; with a
// relative proxy URL it loads clerk-js from `/__clerk/npm/…`. No @clerk/ui prefetch: these forms replace it.
export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <ClerkProvider prefetchUI={false} telemetry={false}>
      <html lang="en">
        <body>{children}</body>
      </html>
    </ClerkProvider>
  );
}
