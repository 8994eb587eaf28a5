import { displayDay } from "@/lib/format/dates";
import { signatureRoleLabels } from "@/lib/sign-off/labels";
import type { SignedVersion } from "@/lib/signatures/read-signatures";

// A signed record's versions, newest first: each version's hash and whether its content still
// matches it, and who signed it in which role and when, each signature valid for that version only.
// Shown for a decision on the unit page and on the IQA's sampling page.

type Version = Pick<SignedVersion, "version" | "createdAt" | "intact" | "contentSha256"> & {
  signatures: Pick<SignedVersion["signatures"][number], "id" | "role" | "signedAt" | "valid" | "signer">[];
};

export function SignedVersionList(props: { versions: Version[]; className?: string }) {
  return (
    <ol className={props.className ?? "flex flex-col gap-3 text-sm"}>
      {props.versions.map((version, index) => (
        <li key={version.version}>
          <p className="font-semibold">
            Version {version.version}
            {index === 0 ? " (current)" : ""}, {displayDay(version.createdAt)}
            {version.intact ? "" : " · its content no longer matches what was signed"}
          </p>
          <p className="break-all text-ink-muted">SHA-256 {version.contentSha256}</p>
          {version.signatures.length === 0 ? (
            <p>Not signed.</p>
          ) : (
            <ul className="list-disc pl-6">
              {version.signatures.map((signature) => (
                <li key={signature.id}>
                  {signatureRoleLabels[signature.role]}: {signature.signer.name},{" "}
                  <time dateTime={signature.signedAt.toISOString()}>{displayDay(signature.signedAt)}</time>
                  {signature.valid ? ` · valid for version ${version.version} only` : " · not valid"}
                </li>
              ))}
            </ul>
          )}
        </li>
      ))}
    </ol>
  );
}
