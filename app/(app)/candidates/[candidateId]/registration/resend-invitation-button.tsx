"use client";

import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { Button } from "@/components/ui/button";
import { FormError } from "@/components/ui/form-error";
import { useToast } from "@/components/ui/toast";
import { resendInvitationAction } from "../../../staff/actions";

/** Sends the candidate's invitation again with a new link (the staff area's resend action). */
export function ResendInvitationButton(props: { workspaceKey: string; invitationId: string; email: string }) {
  const router = useRouter();
  const toast = useToast();
  const [error, setError] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();
  return (
    <div className="flex flex-col gap-3">
      <FormError message={error} />
      <div>
        <Button
          variant="secondary"
          pending={pending}
          onClick={() =>
            startTransition(async () => {
              setError(null);
              const result = await resendInvitationAction(props.workspaceKey, { invitationId: props.invitationId });
              if (!result.ok) {
                setError(result.message);
                return;
              }
              toast.show(
                result.data.emailDelivery.sent ? `A new invitation was sent to ${props.email}.` : "Saved, but the email could not be sent.",
              );
              router.refresh();
            })
          }
        >
          Resend the invitation
        </Button>
      </div>
    </div>
  );
}
