import type { Metadata } from "next";
import Link from "next/link";
import { unsafeResetLinkWorks } from "@/lib/password-reset/queries";
import { ResetPasswordForm } from "./reset-password-form";

export const metadata: Metadata = { title: "Choose a new password" };

// Reached only through the emailed link; the token is the only key.
export default async function ResetPasswordPage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const works = await unsafeResetLinkWorks(token);
  return (
    <main id="main" className="mx-auto flex min-h-screen max-w-md flex-col justify-center px-4 py-10">
      <p className="text-2xl font-bold text-brand-700">Assay</p>
      {works ? (
        <>
          <h1 className="mt-2 text-3xl font-bold text-ink">Choose a new password</h1>
          <p className="mt-2 text-ink-muted">Saving it signs your account out on every other device.</p>
          <ResetPasswordForm token={token} />
        </>
      ) : (
        <>
          <h1 className="mt-2 text-3xl font-bold text-ink">This link does not work</h1>
          <p className="mt-2">
            It may have been used already, replaced by a newer email, or be more than an hour old.{" "}
            <Link href="/forgot-password">Ask for a new link</Link> or <Link href="/sign-in">sign in</Link>.
          </p>
        </>
      )}
    </main>
  );
}
