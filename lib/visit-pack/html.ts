// Pages of the visit pack: plain, self-contained HTML (no scripts, no outside resources) that
// opens from the unzipped folder in any browser, readable by a screen reader and on a phone.

export function escapeHtml(value: unknown): string {
  return String(value ?? "")
    .replaceAll("&", "&amp;")
    .replaceAll("<", "&lt;")
    .replaceAll(">", "&gt;")
    .replaceAll('"', "&quot;")
    .replaceAll("'", "&#39;");
}

/** A relative link's href: each path segment percent-encoded. */
export function hrefOf(path: string): string {
  return path.split("/").map(encodeURIComponent).join("/");
}

export function link(path: string, text: string): string {
  return `<a href="${escapeHtml(hrefOf(path))}">${escapeHtml(text)}</a>`;
}

/** A table with a caption and column headers; cells are escaped unless given as { html }. */
export function table(caption: string, headers: string[], rows: (string | number | null | { html: string })[][]): string {
  if (rows.length === 0) return `<p>${escapeHtml(caption)}: none.</p>`;
  const cell = (value: string | number | null | { html: string }) =>
    `<td>${value !== null && typeof value === "object" ? value.html : escapeHtml(value ?? "—")}</td>`;
  return [
    `<div class="scroll"><table><caption>${escapeHtml(caption)}</caption>`,
    `<thead><tr>${headers.map((h) => `<th scope="col">${escapeHtml(h)}</th>`).join("")}</tr></thead>`,
    `<tbody>${rows.map((row) => `<tr>${row.map(cell).join("")}</tr>`).join("\n")}</tbody></table></div>`,
  ].join("\n");
}

const style = `body{font-family:system-ui,sans-serif;line-height:1.5;margin:1rem auto;max-width:60rem;padding:0 1rem;color:#111}
h1{font-size:1.6rem}h2{font-size:1.3rem;margin-top:2rem}h3{font-size:1.1rem}
.scroll{overflow-x:auto}table{border-collapse:collapse;margin:.5rem 0 1rem;min-width:100%}
caption{text-align:left;font-weight:600;padding:.25rem 0}th,td{border:1px solid #999;padding:.3rem .5rem;text-align:left;vertical-align:top}
a{color:#0645ad}a:focus{outline:3px solid #fd0}dl{display:grid;grid-template-columns:max-content 1fr;gap:.2rem 1rem}dt{font-weight:600}`;

/**
 * A whole page. `up` is the path back to the pack's top folder ("" or "../../"). `styled: false` leaves
 * out the style sheet, for the copy the app serves under its Content-Security-Policy (no inline styles).
 */
export function page(title: string, body: string, options: { up?: string; subtitle?: string; styled?: boolean } = {}): string {
  const back = options.up === undefined ? "" : `<p>${link(`${options.up}index.html`, "Back to the visit pack's index")}</p>`;
  return `<!doctype html>
<html lang="en-GB">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${escapeHtml(title)}</title>${options.styled === false ? "" : `<style>${style}</style>`}</head>
<body>
<main>
${back}
<h1>${escapeHtml(title)}</h1>
${options.subtitle ? `<p>${escapeHtml(options.subtitle)}</p>` : ""}
${body}
</main>
</body>
</html>
`;
}

export function definitionList(items: [string, string | null | undefined][]): string {
  return `<dl>${items.map(([term, value]) => `<dt>${escapeHtml(term)}</dt><dd>${escapeHtml(value || "—")}</dd>`).join("")}</dl>`;
}

/** One CSV line (RFC 4180); a cell that a spreadsheet would run as a formula is prefixed with '. */
export function csvLine(cells: (string | number | boolean | null | undefined)[]): string {
  return (
    cells
      .map((cell) => {
        let text = cell === null || cell === undefined ? "" : String(cell);
        if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
        return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
      })
      .join(",") + "\r\n"
  );
}
