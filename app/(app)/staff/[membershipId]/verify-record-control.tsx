"use client";

import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { Button } from "@/components/ui/button";
import { FormError } from "@/components/ui/form-error";
import { useToast } from "@/components/ui/toast";
import { verifyStaffRecordAction, withdrawStaffRecordVerificationAction } from "../actions";

/**
 * A centre admin verifies one row of a staff member's assessor record for this centre (they have
 * seen the certificate or the CV), or withdraws the verification. A real form posting the row as
 * shown, so it works from the keyboard and says what went wrong next to the button.
 */
export function VerifyRecordControl(props: {
  workspaceKey: string;
  membershipId: string;
  kind: "qualification" | "competence";
  rowId: string;
  claimSha256: string;
  verified: boolean;
  /** What the row is, for the button's accessible name: "CAVA", "A/123/4 Resolve complaints". */
  label: string;
}) {
  const router = useRouter();
  const toast = useToast();
  const [error, setError] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();
  const ref = { membershipId: props.membershipId, kind: props.kind, rowId: props.rowId };

  function onSubmit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setError(null);
    startTransition(async () => {
      const result = props.verified
        ? await withdrawStaffRecordVerificationAction(props.workspaceKey, ref)
        : await verifyStaffRecordAction(props.workspaceKey, { ...ref, claimSha256: props.claimSha256 });
      if (!result.ok) {
        setError(result.message);
        return;
      }
      toast.show(props.verified ? `Verification of ${props.label} withdrawn.` : `${props.label} verified for this centre.`);
      router.refresh();
    });
  }

  return (
    <form method="post" onSubmit={onSubmit} className="flex flex-col gap-2">
      <FormError message={error} />
      <div>
        <Button
          type="submit"
          variant={props.verified ? "secondary" : "primary"}
          pending={pending}
          aria-label={props.verified ? `Withdraw verification of ${props.label}` : `Verify ${props.label} for this centre`}
        >
          {props.verified ? "Withdraw verification" : "Verify"}
        </Button>
      </div>
    </form>
  );
}
