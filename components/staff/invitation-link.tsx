"use client";

import { useEffect, useState } from "react";
import { invitationPath } from "@/lib/auth/invitation-token";

/** Shows the one-time link once; Assay keeps only its hash, so it cannot be shown again. */
export function InvitationLink({ token }: { token: string }) {
  const [origin, setOrigin] = useState("");
  useEffect(() => setOrigin(window.location.origin), []);
  const url = `${origin}${invitationPath(token)}`;
  return (
    <div className="flex flex-col gap-2">
      <p>
        Send this link to the person so they can set their password. It works once and expires in 14 days. It will not be
        shown again.
      </p>
      <p className="rounded-md border border-line bg-subtle p-3 font-mono text-sm break-all" data-testid="invitation-link">
        {url}
      </p>
    </div>
  );
}
