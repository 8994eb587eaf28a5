import type { SampleSignatureView } from "@/lib/sample-signatures/queries";
import { cx } from "@/components/ui/cx";

/**
 * A stored sample signature: a drawing as an inline SVG path on its 600 × 200 canvas (no image,
 * no data URL: the Content-Security-Policy allows neither), a typed one as the name in a script face.
 */
export function SignatureView({ signature, name, className }: { signature: SampleSignatureView; name: string; className?: string }) {
  if (signature.method === "DRAWN" && signature.path) {
    return (
      <svg
        viewBox="0 0 600 200"
        role="img"
        aria-label={`${name}'s signature, drawn`}
        className={cx("h-auto w-full max-w-xs rounded-md border border-line-subtle bg-surface text-ink", className)}
      >
        <path d={signature.path} fill="none" stroke="currentColor" strokeWidth={4} strokeLinecap="round" strokeLinejoin="round" />
      </svg>
    );
  }
  return (
    <span className={cx("inline-block font-serif text-2xl text-ink italic", className)}>
      <span className="sr-only">Typed signature: </span>
      {signature.typedName ?? "(drawing could not be read)"}
    </span>
  );
}
