// The Content-Disposition of a download: an ASCII fallback name for old clients and the exact
// name as RFC 5987 / RFC 6266 `filename*` (UTF-8, percent-encoded). Pure.

/** Printable ASCII without quotes, backslashes, path separators or characters some clients mangle. */
function asciiFallback(name: string): string {
  const ascii = name
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/[^\x20-\x7e]|["\\/:*?<>|%;]/g, "_")
    .trim();
  return ascii === "" || /^[._]*$/.test(ascii) ? "download" : ascii;
}

/** RFC 5987 attr-char: everything else is percent-encoded from UTF-8. */
function rfc5987(name: string): string {
  return encodeURIComponent(name).replace(/['()*]/g, (char) => `%${char.charCodeAt(0).toString(16).toUpperCase()}`);
}

export function contentDisposition(kind: "attachment" | "inline", fileName: string): string {
  const name =
    [...fileName]
      .filter((char) => char.charCodeAt(0) > 0x1f && char.charCodeAt(0) !== 0x7f)
      .join("")
      .trim() || "download";
  return `${kind}; filename="${asciiFallback(name)}"; filename*=UTF-8''${rfc5987(name)}`;
}
