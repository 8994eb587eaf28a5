import Link from "next/link";
import { Card } from "@/components/ui/card";

/** What the schools pages say to a body whose policy runs no ICT Mark (schools are Naace's scheme). */
export function NoIctMark({ bodyName }: { bodyName: string }) {
  return (
    <Card title="Schools are part of Naace's ICT Mark scheme">
      <div className="flex flex-col gap-3">
        <p>
          Naace accredits schools with the ICT Mark: an external assessor judges that a school has reached the threshold levels of the
          Self-review Framework, and the accreditation runs for three years from the award. Naace's staff keep their schools here, with each
          award, its expiry and the renewal reminders sent.
        </p>
        <p>
          {bodyName}&apos;s policy has no ICT Mark, so {bodyName} keeps no schools. Your assessors and centres are on the{" "}
          <Link href="/assessors" className="font-semibold text-brand-800 underline underline-offset-2">
            assessor register
          </Link>
          .
        </p>
      </div>
    </Card>
  );
}
