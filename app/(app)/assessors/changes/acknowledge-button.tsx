"use client";

import { ActionButton } from "@/components/forms/action-button";
import { acknowledgeCircumstanceChangeAction } from "./actions";

/** Acknowledges one notified change, once. */
export function AcknowledgeButton(props: { workspaceKey: string; changeId: string; description: string }) {
  return (
    <ActionButton
      name={props.description}
      variant="secondary"
      doneMessage="Change acknowledged."
      refreshOnError
      run={() => acknowledgeCircumstanceChangeAction(props.workspaceKey, { changeId: props.changeId })}
    >
      Acknowledge
    </ActionButton>
  );
}
