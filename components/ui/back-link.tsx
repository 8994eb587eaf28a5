import Link from "next/link";

/** The "Back to …" link above a detail page's heading. */
export function BackLink({ href, children }: { href: string; children: string }) {
  return (
    <p className="mb-4">
      <Link href={href} className="text-brand-800 underline underline-offset-2">
        {children}
      </Link>
    </p>
  );
}
