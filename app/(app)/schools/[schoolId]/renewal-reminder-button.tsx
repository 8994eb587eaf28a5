"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { FormError } from "@/components/ui/form-error";
import { useToast } from "@/components/ui/toast";
import { sendRenewalReminderAction } from "../actions";

/** Emails the school's contact that its ICT Mark is due for renewal. */
export function RenewalReminderButton(props: { workspaceKey: string; schoolId: string; version: number; contactEmail: string }) {
  const router = useRouter();
  const toast = useToast();
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<string | null>(null);

  async function send() {
    setPending(true);
    setError(null);
    const result = await sendRenewalReminderAction(props.workspaceKey, { schoolId: props.schoolId, version: props.version });
    setPending(false);
    if (!result.ok) {
      setError(result.message);
      return;
    }
    toast.show(
      result.data.emailDelivery.sent
        ? `Renewal reminder sent to ${result.data.sentTo}.`
        : `The reminder is recorded, but the email to ${result.data.sentTo} could not be sent. Check the email settings.`,
    );
    router.refresh();
  }

  return (
    <div className="flex flex-col gap-3">
      <FormError message={error} />
      <p>
        A renewal reminder is due. It goes to <span className="break-all font-semibold">{props.contactEmail}</span>.
      </p>
      <div>
        <Button type="button" onClick={send} pending={pending}>
          Send renewal reminder
        </Button>
      </div>
    </div>
  );
}
