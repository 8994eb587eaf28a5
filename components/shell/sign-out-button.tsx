"use client";

import { useRef } from "react";
import { signOutAction } from "@/app/(app)/actions";
import { clearLocalDraftsThen } from "@/app/(app)/record/local-draft";
import { Button } from "@/components/ui/button";

/**
 * A form that posts to a server action, so signing out works before the page's JavaScript has
 * loaded. Once it has, the browser's copies of activity drafts are emptied first (at most half a
 * second), so a candidate's details do not stay on a shared phone; then the form posts as before.
 */
export function SignOutButton() {
  const draftsCleared = useRef(false);
  const clearing = useRef(false);
  return (
    <form
      action={signOutAction}
      onSubmit={(event) => {
        if (draftsCleared.current) return;
        event.preventDefault();
        if (clearing.current) return;
        clearing.current = true;
        const form = event.currentTarget;
        clearLocalDraftsThen(() => {
          draftsCleared.current = true;
          form.requestSubmit();
        });
      }}
    >
      <Button type="submit" variant="secondary" size="sm">
        Sign out
      </Button>
    </form>
  );
}
