import type { Metadata } from "next";
import Link from "next/link";
import { unsafeUnlockLinkWorks } from "@/lib/auth/unlock-sign-in";
import { UnlockSignInForm } from "./unlock-sign-in-form";

export const metadata: Metadata = { title: "Unlock sign-in" };

// Reached only through the emailed link; the token is the only key. Opening the page changes
// nothing (mail scanners open links too): the button does.
export default async function UnlockSignInPage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const works = await unsafeUnlockLinkWorks(token);
  return (
    <main id="main" className="mx-auto flex min-h-screen max-w-md flex-col justify-center px-4 py-10">
      <p className="text-2xl font-bold text-brand-700">Assay</p>
      {works ? (
        <>
          <h1 className="mt-2 text-3xl font-bold text-ink">Unlock sign-in</h1>
          <p className="mt-2 text-ink-muted">
            Sign-in to your account was locked after several wrong passwords. Unlocking lets you sign in again straight away, from any
            device.
          </p>
          <UnlockSignInForm token={token} />
        </>
      ) : (
        <>
          <h1 className="mt-2 text-3xl font-bold text-ink">This link does not work</h1>
          <p className="mt-2">
            It may have been used already, replaced by a newer email, or be more than an hour old. If sign-in is still locked, wait until
            the time it shows, or <Link href="/forgot-password">reset your password</Link>. <Link href="/sign-in">Sign in</Link>
          </p>
        </>
      )}
    </main>
  );
}
