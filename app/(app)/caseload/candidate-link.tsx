import Link from "next/link";
import type { ReactNode } from "react";
import { candidatePath } from "@/lib/caseload/schemas";
import { openCandidateInCentreAction } from "./actions";

const linkClasses = "text-left font-semibold text-brand-800 underline underline-offset-2";

/**
 * A link to a candidate (or one of their units). In the centre being worked in it is a plain link;
 * in another of the person's centres it is a small form that switches centre first (the audited
 * switch), then opens the candidate, and says so.
 */
export function CandidateLink(props: {
  candidateId: string;
  unitId?: string;
  centre: { id: string; name: string; key: string };
  activeCentreId: string | null;
  children: ReactNode;
}) {
  if (props.centre.id === props.activeCentreId) {
    return (
      <Link href={candidatePath(props)} className={linkClasses}>
        {props.children}
      </Link>
    );
  }
  return (
    <form action={openCandidateInCentreAction} className="inline">
      <input type="hidden" name="workspaceKey" value={props.centre.key} />
      <input type="hidden" name="candidateId" value={props.candidateId} />
      {props.unitId && <input type="hidden" name="unitId" value={props.unitId} />}
      <button type="submit" className={`${linkClasses} min-h-6 cursor-pointer`}>
        {props.children}
        <span className="font-normal"> (switches to {props.centre.name})</span>
      </button>
    </form>
  );
}
