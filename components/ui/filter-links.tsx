import Link from "next/link";
import { cx } from "./cx";

export type FilterLink = { href: string; label: string; current: boolean };

/** The row of "Show …" links above a register: the current one is marked for screen readers and by colour. */
export function FilterLinks({ label, links }: { label: string; links: FilterLink[] }) {
  return (
    <nav aria-label={label} className="mb-4">
      <ul className="flex flex-wrap gap-2">
        {links.map((link) => (
          <li key={link.href}>
            <Link
              href={link.href}
              aria-current={link.current ? "page" : undefined}
              className={cx(
                "inline-flex min-h-11 items-center rounded border px-3 font-semibold",
                link.current ? "border-brand-700 bg-brand-700 text-white" : "border-line text-ink",
              )}
            >
              {link.label}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
