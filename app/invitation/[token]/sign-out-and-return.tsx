"use client";

import { signOut } from "next-auth/react";
import { clearLocalDraftsThen } from "@/app/(app)/record/local-draft";
import { Button } from "@/components/ui/button";

/** Empties this browser's activity drafts, signs out, then opens the sign-in page that returns to this invitation. */
export function SignOutAndReturn({ to }: { to: string }) {
  return (
    <Button variant="secondary" onClick={() => clearLocalDraftsThen(() => void signOut({ callbackUrl: to }))}>
      Sign out and switch account
    </Button>
  );
}
