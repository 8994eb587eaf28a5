"use client";

import { ActionButton } from "@/components/forms/action-button";
import { retryVisitPackAction } from "./actions";

export function RetryPackButton(props: { workspaceKey: string; packId: string }) {
  return (
    <ActionButton
      name="the visit pack"
      variant="secondary"
      run={() => retryVisitPackAction(props.workspaceKey, { packId: props.packId })}
      doneMessage="Preparing the visit pack again."
      refreshOnError
    >
      Try again
    </ActionButton>
  );
}
