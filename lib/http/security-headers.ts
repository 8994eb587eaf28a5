// Every response's security headers, in one place (applied by proxy.ts). Next.js reads the
// nonce from the Content-Security-Policy request header and puts it on its own scripts and
// styles, so the policy allows no inline script or style without it.

export type SecurityHeaderOptions = {
  /** Fresh for every request (see newNonce). */
  nonce: string;
  /** Served over HTTPS: adds HSTS and upgrade-insecure-requests. */
  https: boolean;
  /** `next dev`: React rebuilds server error stacks with eval and injects styles without a nonce. */
  development: boolean;
};

/** 128 random bits, base64: unguessable and unique per request. */
export function newNonce(): string {
  const bytes = new Uint8Array(16);
  crypto.getRandomValues(bytes);
  return btoa(String.fromCharCode(...bytes));
}

export function contentSecurityPolicy({ nonce, https, development }: SecurityHeaderOptions): string {
  const directives = [
    "default-src 'self'",
    // 'strict-dynamic': scripts loaded by Next's nonced scripts are trusted, nothing else is.
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${development ? " 'unsafe-eval'" : ""}`,
    `style-src 'self' ${development ? "'unsafe-inline'" : `'nonce-${nonce}'`}`,
    "img-src 'self' data: blob:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'self'",
    "frame-ancestors 'none'",
    ...(https ? ["upgrade-insecure-requests"] : []),
  ];
  return directives.join("; ");
}

/** The headers every response carries. */
export function securityHeaders(options: SecurityHeaderOptions): Record<string, string> & { "Content-Security-Policy": string } {
  return {
    "Content-Security-Policy": contentSecurityPolicy(options),
    // For browsers that predate frame-ancestors.
    "X-Frame-Options": "DENY",
    "X-Content-Type-Options": "nosniff",
    // Invitation links carry a token in the path: never send a path to another site. Same-origin
    // requests keep their Origin, which server actions and next-auth check.
    "Referrer-Policy": "same-origin",
    "Permissions-Policy": "camera=(), microphone=(), geolocation=(), payment=(), usb=()",
    "Cross-Origin-Opener-Policy": "same-origin",
    ...(options.https ? { "Strict-Transport-Security": "max-age=63072000; includeSubDomains" } : {}),
  };
}

/** Whether the browser reached us over HTTPS, directly or through a proxy that says so. */
export function servedOverHttps(
  request: { url: string; headers: { get(name: string): string | null } },
  nextAuthUrl = process.env.NEXTAUTH_URL,
): boolean {
  if (nextAuthUrl?.startsWith("https://")) return true;
  const forwarded = request.headers.get("x-forwarded-proto")?.split(",")[0]?.trim().toLowerCase();
  if (forwarded) return forwarded === "https";
  return new URL(request.url).protocol === "https:";
}
