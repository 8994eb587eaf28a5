"use client";

import { useEffect, useState } from "react";
import { Button } from "@/components/ui/button";
import { DATABASE_UNAVAILABLE_MESSAGE } from "@/lib/http/unavailable-page";

export default function ErrorBoundary({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  // A page that failed in the moment its database went away (before proxy.ts answers 503 to the
  // next one): ask the health check, so the person is told the real reason.
  const [databaseDown, setDatabaseDown] = useState(false);
  useEffect(() => {
    fetch("/api/health", { cache: "no-store" })
      .then((response) => setDatabaseDown(response.status === 503))
      .catch(() => undefined);
  }, []);

  return (
    <main id="main" className="mx-auto flex min-h-screen max-w-xl flex-col justify-center px-4 py-10">
      <h1 className="text-3xl font-bold text-ink">{databaseDown ? DATABASE_UNAVAILABLE_MESSAGE : "Something went wrong"}</h1>
      <p className="mt-2">
        This page could not be shown. Nothing you saved has been lost. Try again, and if it keeps happening, tell your centre admin
        {error.digest ? ` and quote reference ${error.digest}` : ""}.
      </p>
      <div className="mt-4">
        <Button onClick={() => reset()}>Try again</Button>
      </div>
    </main>
  );
}
