import Link from "next/link";
import { cx } from "@/components/ui/cx";

// The sections of the professional record, shown at the top of each of its pages:
// `<RecordSections current="cpd" />`.

export const recordSections = [
  { key: "overview", href: "/professional-record", label: "Overview" },
  { key: "cpd", href: "/professional-record/cpd", label: "CPD" },
  { key: "conflicts", href: "/professional-record/conflicts", label: "Conflicts of interest" },
  { key: "circumstances", href: "/professional-record/circumstances", label: "Changes of circumstance" },
  { key: "signature", href: "/professional-record/signature", label: "Sample signature" },
  { key: "qa-requests", href: "/professional-record/qa-requests", label: "Quality-assurance requests" },
] as const;

export type RecordSectionKey = (typeof recordSections)[number]["key"];

export function RecordSections({ current }: { current: RecordSectionKey }) {
  return (
    <nav aria-label="Professional record sections" className="mb-6">
      <ul className="flex flex-wrap gap-x-1 gap-y-1 border-b border-line-subtle">
        {recordSections.map((section) => {
          const isCurrent = section.key === current;
          return (
            <li key={section.key}>
              <Link
                href={section.href}
                aria-current={isCurrent ? "page" : undefined}
                className={cx(
                  "inline-flex min-h-11 items-center border-b-4 px-3 font-semibold",
                  isCurrent ? "border-brand-700 text-brand-800" : "border-transparent text-ink-muted hover:text-ink",
                )}
              >
                {section.label}
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
