"use client";

import { useEffect, useRef, useState } from "react";
import { invitationPath } from "@/lib/invitations/invitation-token";

/**
 * Shows the one-time link once; Assay keeps only its hash, so it cannot be shown again. It takes
 * focus when it appears, because the button that produced it has gone.
 */
export function InvitationLink({ token }: { token: string }) {
  const [origin, setOrigin] = useState("");
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    setOrigin(window.location.origin);
    heading.current?.focus();
  }, []);
  const url = `${origin}${invitationPath(token)}`;
  return (
    <div className="flex flex-col gap-2">
      <h3 ref={heading} tabIndex={-1} className="font-semibold">
        Invitation link
      </h3>
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
