"use client";

import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { switchWorkspaceAction } from "@/app/(app)/actions";
import { Button } from "@/components/ui/button";
import { FormError } from "@/components/ui/form-error";
import { useToast } from "@/components/ui/toast";
import { acceptInvitationAction, declineInvitationAction } from "./actions";

/** Accept or decline, signed in as the invited account. */
export function RespondForm({ token }: { token: string }) {
  const router = useRouter();
  const toast = useToast();
  const [error, setError] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();
  const [choice, setChoice] = useState<"accept" | "decline" | null>(null);

  function respond(which: "accept" | "decline") {
    setError(null);
    setChoice(which);
    startTransition(async () => {
      if (which === "accept") {
        const result = await acceptInvitationAction({ token });
        if (!result.ok) return setError(result.message);
        // Start working in the centre just joined; the switcher still offers the others.
        await switchWorkspaceAction({ workspaceKey: result.data.workspaceKey });
        toast.show(`You now work at ${result.data.centreName} as ${result.data.role}.`);
      } else {
        const result = await declineInvitationAction({ token });
        if (!result.ok) return setError(result.message);
        toast.show(`You declined the invitation from ${result.data.centreName}.`);
      }
      router.replace("/");
      router.refresh();
    });
  }

  return (
    <div role="group" className="mt-6 flex flex-col gap-4" aria-label="Answer the invitation">
      <FormError message={error} />
      <div className="flex flex-wrap gap-3">
        <Button type="button" pending={pending && choice === "accept"} disabled={pending} onClick={() => respond("accept")}>
          Accept invitation
        </Button>
        <Button
          type="button"
          variant="secondary"
          pending={pending && choice === "decline"}
          disabled={pending}
          onClick={() => respond("decline")}
        >
          Decline
        </Button>
      </div>
    </div>
  );
}
