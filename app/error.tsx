"use client";

import { Button } from "@/components/ui/button";

export default function ErrorBoundary({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <main id="main" className="mx-auto flex min-h-screen max-w-xl flex-col justify-center px-4 py-10">
      <h1 className="text-3xl font-bold text-ink">Something went wrong</h1>
      <p className="mt-2">
        This page could not be shown. Nothing you saved has been lost. Try again, and if it keeps happening, tell your centre
        admin{error.digest ? ` and quote reference ${error.digest}` : ""}.
      </p>
      <div className="mt-4">
        <Button onClick={() => reset()}>Try again</Button>
      </div>
    </main>
  );
}
