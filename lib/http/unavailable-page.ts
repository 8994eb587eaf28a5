// What a page answers while the database cannot be reached (proxy.ts): a plain, accessible page
// with no script, no stack trace and nothing from the request but its path.

export const DATABASE_UNAVAILABLE_MESSAGE = "Assay cannot reach its database; try again in a moment.";

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);
}

export function databaseUnavailablePage(path: string, nonce: string): string {
  // "//host" would be a link to another site.
  const retry = path.startsWith("/") && !path.startsWith("//") ? path : "/";
  return `<!doctype html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Assay is unavailable</title>
<style nonce="${escapeHtml(nonce)}">
body { font-family: system-ui, sans-serif; color: #1a1a1a; background: #fff; margin: 0; line-height: 1.5; }
main { max-width: 36rem; margin: 4rem auto; padding: 0 1rem; }
h1 { font-size: 1.75rem; }
a { color: #1d4ed8; }
</style>
</head>
<body>
<main id="main">
<h1>${DATABASE_UNAVAILABLE_MESSAGE}</h1>
<p>Nothing you saved has been lost. This page works again as soon as the database is back.</p>
<p><a href="${escapeHtml(retry)}">Try again</a></p>
</main>
</body>
</html>
`;
}
