"use client";

import "./globals.css";

export default function GlobalError({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <html lang="en-GB">
      <body>
        <main id="main" className="mx-auto my-16 max-w-xl px-4">
          <h1>Something went wrong</h1>
          <p>Assay could not show this page. Try again{error.digest ? `; if it keeps happening quote reference ${error.digest}` : ""}.</p>
          <button type="button" onClick={() => reset()}>
            Try again
          </button>
        </main>
      </body>
    </html>
  );
}
