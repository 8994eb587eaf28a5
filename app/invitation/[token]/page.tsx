import type { Metadata } from "next";
import Link from "next/link";
import { currentAccess } from "@/lib/auth/current-access";
import { unsafeInvitationPageState } from "@/lib/invitations/queries";
import { invitationPath } from "@/lib/invitations/invitation-token";
import { invitationSentence } from "@/lib/invitations/offered-role";
import { displayLongDay } from "@/lib/format/dates";
import { signInReturningTo } from "@/lib/navigation/return-path";
import { NewAccountForm } from "./new-account-form";
import { RespondForm } from "./respond-form";
import { SignOutAndReturn } from "./sign-out-and-return";

export const metadata: Metadata = { title: "Your invitation" };

// Reached only through the emailed link. A person new to Assay creates their account here; a
// person who already has one must be signed in as that account to accept or decline.

export default async function InvitationPage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const [state, access] = await Promise.all([unsafeInvitationPageState(token), currentAccess()]);
  return (
    <main id="main" className="mx-auto flex min-h-screen max-w-md flex-col justify-center px-4 py-10">
      <p className="text-2xl font-bold text-brand-700">Assay</p>
      {!state ? (
        <>
          <h1 className="mt-2 text-3xl font-bold text-ink">This link does not work</h1>
          <p className="mt-2">
            The invitation may have been answered or withdrawn, or the link may have expired or been replaced by a newer email. Ask the
            centre to send it again, or <Link href="/sign-in">sign in</Link> if you already have an account.
          </p>
        </>
      ) : (
        <>
          <h1 className="mt-2 text-3xl font-bold text-ink">Join {state.invitation.centre.name}</h1>
          <p className="mt-2">
            {invitationSentence(state.invitation, state.invitation.centre.name)} The invitation was sent to{" "}
            <strong className="break-all">{state.invitation.email}</strong> and is open until {displayLongDay(state.invitation.expiresAt)}.
          </p>
          {access && access.userId === state.account?.userId ? (
            <RespondForm token={token} />
          ) : access ? (
            <div className="mt-6 flex flex-col gap-3">
              {state.account ? (
                <p>
                  You are signed in as another account. Only the account that uses {state.invitation.email} can answer this invitation: sign
                  out, then sign in as that account.
                </p>
              ) : (
                <p>
                  You are signed in as another account, and no account uses {state.invitation.email} yet. To accept as that address, sign
                  out and open this link again.
                </p>
              )}
              <div>
                <SignOutAndReturn to={state.account ? signInReturningTo(invitationPath(token)) : invitationPath(token)} />
              </div>
            </div>
          ) : state.account?.canSignIn ? (
            <div className="mt-6 flex flex-col gap-3">
              <p>An Assay account already uses this address. Sign in as it to accept or decline; you will come back to this page.</p>
              <p>
                <Link href={signInReturningTo(invitationPath(token))}>Sign in to answer the invitation</Link>
              </p>
              {!state.account.hasPassword && (
                <p>
                  This account has no password yet. Choose one with <Link href="/forgot-password">Forgot your password?</Link>, then open
                  this link again.
                </p>
              )}
            </div>
          ) : (
            <>
              <p className="mt-4">
                {state.account
                  ? "Welcome back to Assay. Your earlier roles have ended, so check your name and choose a new password to accept."
                  : "You are new to Assay: check your name and choose a password to accept."}
              </p>
              <NewAccountForm token={token} name={state.invitation.name} />
            </>
          )}
        </>
      )}
    </main>
  );
}
