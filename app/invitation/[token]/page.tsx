import type { Metadata } from "next";
import Link from "next/link";
import { unsafeFindOpenInvitation } from "@/lib/invitations/accept-invitation";
import { getPrisma } from "@/lib/db/client";
import { AcceptInvitationForm } from "./accept-invitation-form";

export const metadata: Metadata = { title: "Set your password" };

export default async function InvitationPage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const invitation = await unsafeFindOpenInvitation(getPrisma(), token, new Date());
  return (
    <main id="main" className="mx-auto flex min-h-screen max-w-md flex-col justify-center px-4 py-10">
      <p className="text-2xl font-bold text-brand-700">Assay</p>
      {invitation ? (
        <>
          <h1 className="mt-2 text-3xl font-bold text-ink">Set your password</h1>
          <p className="mt-2 text-ink-muted">
            {invitation.user.name}, you have been added to {invitation.centre.name}. Choose a password to sign in as{" "}
            {invitation.user.email}.
          </p>
          <AcceptInvitationForm token={token} />
        </>
      ) : (
        <>
          <h1 className="mt-2 text-3xl font-bold text-ink">This link does not work</h1>
          <p className="mt-2">
            It may have been used already or have expired. Ask your centre admin for a new one, or{" "}
            <Link href="/sign-in">sign in</Link> if you have set your password.
          </p>
        </>
      )}
    </main>
  );
}
