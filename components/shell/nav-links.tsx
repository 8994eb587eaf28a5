"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";
import { cx } from "@/components/ui/cx";

function matches(pathname: string, href: string) {
  return href === "/" ? pathname === "/" : pathname === href || pathname.startsWith(`${href}/`);
}

/** The one link for the page: the longest that matches, so /assessors/changes is not also "Assessor register". */
function currentHref(pathname: string, items: readonly { href: string }[]): string | undefined {
  return items.filter((item) => matches(pathname, item.href)).sort((a, b) => b.href.length - a.href.length)[0]?.href;
}

export function NavLinks({ items }: { items: { href: string; label: string }[] }) {
  const pathname = usePathname();
  const currentLink = currentHref(pathname, items);
  return (
    <nav aria-label="Main" className="mx-auto max-w-5xl px-2">
      <ul className="flex flex-wrap gap-1">
        {items.map((item) => {
          const current = item.href === currentLink;
          return (
            <li key={item.href}>
              <Link
                href={item.href}
                aria-current={current ? "page" : undefined}
                className={cx(
                  "inline-flex min-h-11 items-center border-b-4 px-3 font-semibold",
                  current ? "border-brand-700 text-brand-800" : "border-transparent text-ink-muted hover:text-ink",
                )}
              >
                {item.label}
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
