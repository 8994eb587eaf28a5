"use client";

import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { Button } from "@/components/ui/button";
import { Dialog } from "@/components/ui/dialog";
import { FormError } from "@/components/ui/form-error";
import { useToast } from "@/components/ui/toast";
import { deactivateStaffMemberAction, reactivateStaffMemberAction } from "../actions";

export function MembershipStatusControl(props: {
  workspaceKey: string;
  membershipId: string;
  version: number;
  name: string;
  status: "ACTIVE" | "DEACTIVATED";
}) {
  const router = useRouter();
  const toast = useToast();
  const [confirming, setConfirming] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();
  const ref = { membershipId: props.membershipId, version: props.version };

  function run(action: typeof deactivateStaffMemberAction, done: string) {
    setError(null);
    startTransition(async () => {
      const result = await action(props.workspaceKey, ref);
      setConfirming(false);
      if (!result.ok) {
        setError(result.message);
        return;
      }
      toast.show(done);
      router.refresh();
    });
  }

  if (props.status === "DEACTIVATED") {
    return (
      <div className="flex flex-col gap-3">
        <FormError message={error} />
        <p>{props.name} cannot sign in to this centre. Reactivating restores their role.</p>
        <div>
          <Button variant="secondary" pending={pending} onClick={() => run(reactivateStaffMemberAction, `${props.name} was reactivated.`)}>
            Reactivate
          </Button>
        </div>
      </div>
    );
  }

  return (
    <div className="flex flex-col gap-3">
      <FormError message={error} />
      <p>{props.name} will no longer be able to work in this centre in this role. Their records and the audit trail are kept.</p>
      <div>
        <Button variant="danger" type="button" onClick={() => setConfirming(true)}>
          Deactivate…
        </Button>
      </div>
      <Dialog
        open={confirming}
        onClose={() => setConfirming(false)}
        title={`Deactivate ${props.name}?`}
        description="They lose access to this centre in this role straight away. You can reactivate them later."
      >
        <div className="mt-4 flex flex-wrap gap-3">
          <Button variant="danger" pending={pending} onClick={() => run(deactivateStaffMemberAction, `${props.name} was deactivated.`)}>
            Deactivate
          </Button>
          <Button variant="secondary" type="button" onClick={() => setConfirming(false)}>
            Cancel
          </Button>
        </div>
      </Dialog>
    </div>
  );
}
