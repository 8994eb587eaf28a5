"use client";

import { signOut } from "next-auth/react";
import { Button } from "@/components/ui/button";

/** Signs out, then opens the sign-in page that returns to this invitation. */
export function SignOutAndReturn({ to }: { to: string }) {
  return (
    <Button variant="secondary" onClick={() => signOut({ callbackUrl: to })}>
      Sign out and switch account
    </Button>
  );
}
