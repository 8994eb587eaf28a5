import Link from "next/link";
import { howToAppeal } from "@/lib/appeals/labels";

/** How to appeal an assessment decision, in the candidate's words, with the way in. */
export function HowToAppeal({ candidateId, mayLodge }: { candidateId: string; mayLodge: boolean }) {
  return (
    <div className="flex flex-col gap-3">
      {howToAppeal.map((paragraph) => (
        <p key={paragraph}>{paragraph}</p>
      ))}
      {mayLodge && (
        <p>
          <Link href={`/candidates/${candidateId}/appeals/new`} className="font-semibold text-brand-800 underline underline-offset-2">
            Appeal an assessment decision
          </Link>
        </p>
      )}
    </div>
  );
}
