import type { Metadata } from "next";
import Link from "next/link";
import { ForgotPasswordForm } from "./forgot-password-form";

export const metadata: Metadata = { title: "Forgot your password?" };

export default function ForgotPasswordPage() {
  return (
    <main id="main" className="mx-auto flex min-h-screen max-w-md flex-col justify-center px-4 py-10">
      <p className="text-2xl font-bold text-brand-700">Assay</p>
      <h1 className="mt-2 text-3xl font-bold text-ink">Forgot your password?</h1>
      <p className="mt-2 text-ink-muted">
        Enter the email address you sign in with. We will email you a link to choose a new password. This is also how to set your first
        password if you were added before invitations were sent by email.
      </p>
      <ForgotPasswordForm />
      <p className="mt-6">
        <Link href="/sign-in">Back to sign in</Link>
      </p>
    </main>
  );
}
