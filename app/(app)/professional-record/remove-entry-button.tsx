"use client";

import { ActionButton } from "@/components/forms/action-button";
import { removeOccupationalCompetenceAction, removeStaffQualificationAction } from "./actions";

/** Removes one entry from the person's own record. */
export function RemoveEntryButton(props: { kind: "qualification" | "unit"; id: string; name: string }) {
  return (
    <ActionButton
      name={props.name}
      doneMessage={`${props.name} removed.`}
      run={() =>
        props.kind === "qualification"
          ? removeStaffQualificationAction({ staffQualificationId: props.id })
          : removeOccupationalCompetenceAction({ occupationalCompetenceId: props.id })
      }
    >
      Remove
    </ActionButton>
  );
}
