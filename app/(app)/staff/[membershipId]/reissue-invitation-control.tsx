"use client";

import { useState, useTransition } from "react";
import { InvitationLink } from "@/components/staff/invitation-link";
import { Button } from "@/components/ui/button";
import { FormError } from "@/components/ui/form-error";
import { reissueInvitationAction } from "../actions";

export function ReissueInvitationControl({ workspaceKey, membershipId, name }: { workspaceKey: string; membershipId: string; name: string }) {
  const [token, setToken] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();

  if (token) return <InvitationLink token={token} />;
  return (
    <div className="flex flex-col gap-3">
      <FormError message={error} />
      <p>{name} has not set a password yet. If their link was lost or has expired, issue a new one; earlier links stop working.</p>
      <div>
        <Button
          variant="secondary"
          pending={pending}
          onClick={() =>
            startTransition(async () => {
              setError(null);
              const result = await reissueInvitationAction(workspaceKey, { membershipId });
              if (result.ok) setToken(result.data.invitationToken);
              else setError(result.message);
            })
          }
        >
          Issue a new invitation link
        </Button>
      </div>
    </div>
  );
}
