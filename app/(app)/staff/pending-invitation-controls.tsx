"use client";

import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { Button } from "@/components/ui/button";
import { useToast } from "@/components/ui/toast";
import { VisuallyHidden } from "@/components/ui/visually-hidden";
import { resendInvitationAction, withdrawInvitationAction } from "./actions";

/** Resend and withdraw for one pending invitation; the email names each button for screen readers. */
export function PendingInvitationControls({
  workspaceKey,
  invitationId,
  email,
}: {
  workspaceKey: string;
  invitationId: string;
  email: string;
}) {
  const router = useRouter();
  const toast = useToast();
  const [pending, startTransition] = useTransition();
  const [running, setRunning] = useState<"resend" | "withdraw" | null>(null);

  function run(which: "resend" | "withdraw") {
    setRunning(which);
    startTransition(async () => {
      if (which === "resend") {
        const result = await resendInvitationAction(workspaceKey, { invitationId });
        if (!result.ok) toast.show(result.message, "error");
        else if (result.data.emailDelivery.sent) toast.show(`Invitation sent again to ${email}. The earlier link no longer works.`);
        else toast.show(`A new link was made for ${email}, but the email could not be sent. Try again in a few minutes.`, "error");
      } else {
        const result = await withdrawInvitationAction(workspaceKey, { invitationId });
        toast.show(
          result.ok ? `Invitation to ${email} withdrawn. Its link no longer works.` : result.message,
          result.ok ? "success" : "error",
        );
      }
      setRunning(null);
      router.refresh();
    });
  }

  return (
    // relative: the screen-reader text is positioned absolutely and must stay inside the table's scroll area.
    <div className="relative flex flex-wrap gap-2">
      <Button variant="secondary" size="sm" pending={pending && running === "resend"} disabled={pending} onClick={() => run("resend")}>
        Resend<VisuallyHidden> invitation to {email}</VisuallyHidden>
      </Button>
      <Button variant="ghost" size="sm" pending={pending && running === "withdraw"} disabled={pending} onClick={() => run("withdraw")}>
        Withdraw<VisuallyHidden> invitation to {email}</VisuallyHidden>
      </Button>
    </div>
  );
}
