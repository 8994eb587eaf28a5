import { originRefusal } from "@/lib/http/action-request";

// What the upload route reads from the request headers, as pure functions (tested on their own).

type HeaderReader = { get(name: string): string | null };

/**
 * The upload is cookie-authenticated, so a request another site's page makes must be refused:
 * the Origin must be this host (as for server actions), and Sec-Fetch-Site, which browsers set
 * and pages cannot, must not say another site.
 */
export function crossSiteRefusal(headers: HeaderReader): string | null {
  const fetchSite = headers.get("sec-fetch-site");
  if (fetchSite && fetchSite !== "same-origin") return "Files can only be uploaded from Assay's own pages.";
  return originRefusal(headers)?.reason ?? null;
}

/** Content-Length as a number, null when absent; NaN-like values count as absent (the body is still counted). */
export function declaredLength(headers: HeaderReader): number | null {
  const raw = headers.get("content-length");
  if (raw === null || !/^\d+$/.test(raw.trim())) return null;
  return Number(raw.trim());
}

/** The file name from X-File-Name (URI-encoded by the widget), or null when missing or not decodable. */
export function headerFileName(headers: HeaderReader, header: string): string | null {
  const raw = headers.get(header);
  if (!raw) return null;
  try {
    const name = decodeURIComponent(raw);
    return name.trim() === "" ? null : name;
  } catch {
    return null;
  }
}
