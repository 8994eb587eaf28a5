import { isIP } from "node:net";

// Which client a request comes from, for counting failed sign-ins per client. Reached directly,
// the client is the connection's own address, which lib/auth/connection-address.ts writes into
// a header of ours on every request (overwriting anything the client sent). Behind a reverse
// proxy every connection comes from the proxy, so the client is read from X-Forwarded-For, but
// only when ASSAY_TRUST_PROXY says how many proxies to trust: otherwise that header is whatever
// the client chose to send, and a different made-up address on each attempt would escape the limit.

/** Set on every request to the address the connection came from (never taken from the client). */
export const connectionAddressHeader = "x-assay-connection-address";

// The environment, or the part of it a test sets.
type TrustSetting = Record<string, string | undefined>;
type HeaderSource = Headers | Record<string, string | string[] | undefined>;

function headerValue(headers: HeaderSource, name: string): string | undefined {
  if (headers instanceof Headers) return headers.get(name) ?? undefined;
  const value = headers[name];
  return Array.isArray(value) ? value.join(", ") : value;
}

/** How many reverse proxies in front of Assay add to X-Forwarded-For (ASSAY_TRUST_PROXY); 0 when none. */
export function trustedProxyCount(env: TrustSetting = process.env): number {
  const value = env.ASSAY_TRUST_PROXY?.trim().toLowerCase();
  if (!value || value === "0" || value === "false") return 0;
  if (value === "true") return 1;
  const count = Number(value);
  return Number.isInteger(count) && count > 0 ? count : 0;
}

/** The eight 16-bit groups of an IPv6 address, or null. */
function ipv6Groups(address: string): number[] | null {
  let text = address;
  const embedded = text.match(/^(.*:)(\d+\.\d+\.\d+\.\d+)$/);
  if (embedded) {
    const [a, b, c, d] = embedded[2]!.split(".").map(Number) as [number, number, number, number];
    text = `${embedded[1]}${((a << 8) | b).toString(16)}:${((c << 8) | d).toString(16)}`;
  }
  const [head = "", tail] = text.split("::");
  const parse = (part: string) => (part ? part.split(":").map((group) => parseInt(group, 16)) : []);
  const front = parse(head);
  const back = tail === undefined ? [] : parse(tail);
  const missing = 8 - front.length - back.length;
  if (tail === undefined ? missing !== 0 : missing < 1) return null;
  return [...front, ...Array<number>(missing).fill(0), ...back];
}

/**
 * The key a client is counted under: an IPv4 address as it is; an IPv6 address by its /64
 * network, because one household or server is given a whole /64 and could change address at will.
 */
export function clientKey(address: string): string | null {
  let text = address.trim();
  const bracketed = text.match(/^\[([^\]]+)\](?::\d+)?$/);
  if (bracketed) text = bracketed[1]!;
  else if (/^\d+\.\d+\.\d+\.\d+:\d+$/.test(text)) text = text.slice(0, text.lastIndexOf(":"));
  text = text.replace(/%.*$/, "");
  if (/^::ffff:\d+\.\d+\.\d+\.\d+$/i.test(text)) text = text.slice("::ffff:".length);
  const version = isIP(text);
  if (version === 4) return text;
  if (version !== 6) return null;
  const groups = ipv6Groups(text.toLowerCase());
  return groups
    ? `${groups
        .slice(0, 4)
        .map((group) => group.toString(16))
        .join(":")}::/64`
    : null;
}

/** The client a request comes from, or null when it cannot be told. */
export function clientAddressFrom(headers: HeaderSource, env: TrustSetting = process.env): string | null {
  const proxies = trustedProxyCount(env);
  if (proxies > 0) {
    const chain = (headerValue(headers, "x-forwarded-for") ?? "")
      .split(",")
      .map((entry) => entry.trim())
      .filter(Boolean);
    // Each trusted proxy appends the address it was reached from: the client is the entry the
    // outermost one added. Entries to its left were written by the client and prove nothing.
    const address = chain[chain.length - proxies];
    if (address) return clientKey(address);
  }
  const connection = headerValue(headers, connectionAddressHeader);
  return connection ? clientKey(connection) : null;
}
