import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { currentAccess } from "@/lib/auth/current-access";
import { signInErrorMessage } from "@/lib/auth/sign-in-messages";
import { safeReturnPath } from "@/lib/navigation/return-path";
import { SignInForm } from "./sign-in-form";

export const metadata: Metadata = { title: "Sign in" };

export default async function SignInPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const params = await searchParams;
  // After signing in, back to where the person came from (an invitation, say): only a path here.
  const returnTo = safeReturnPath(params.next) ?? undefined;
  if (await currentAccess()) redirect(returnTo ?? "/");
  // Only known codes become text: a crafted ?error= must not put words on our page.
  const error = signInErrorMessage(typeof params.error === "string" ? params.error : null) ?? undefined;
  return (
    <main id="main" className="mx-auto flex min-h-screen max-w-md flex-col justify-center px-4 py-10">
      <p className="text-2xl font-bold text-brand-700">Assay</p>
      <h1 className="mt-2 text-3xl font-bold text-ink">Sign in</h1>
      <p className="mt-2 text-ink-muted">Assessment records for your centre: plans, observations, decisions, sampling and sign-off.</p>
      <SignInForm initialError={error} returnTo={returnTo} />
      <p className="mt-6">
        <Link href="/forgot-password">Forgot your password?</Link>
      </p>
    </main>
  );
}
