"use client";

import { ActionButton } from "@/components/forms/action-button";
import { revokeExternalVerifierAccessAction } from "./actions";

/** Ends a grant at once. */
export function RevokeAccessButton(props: { workspaceKey: string; accessId: string; version: number; name: string }) {
  return (
    <ActionButton
      name={props.name}
      variant="secondary"
      doneMessage="Access revoked. The verifier no longer sees these candidates."
      run={() => revokeExternalVerifierAccessAction(props.workspaceKey, { accessId: props.accessId, version: props.version })}
    >
      Revoke
    </ActionButton>
  );
}
