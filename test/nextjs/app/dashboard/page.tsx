import { SignedInUser } from './SignedInUser';

export default function Page() {
  return (
    <main>
      <h1>Dashboard</h1>
      <SignedInUser />
    </main>
  );
}
