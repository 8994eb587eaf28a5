import { describe, expect, it } from "vitest";
import { contentSecurityPolicy, newNonce, securityHeaders, servedOverHttps } from "./security-headers";

const request = (url: string, values: Record<string, string> = {}) => ({ url, headers: new Headers(values) });

describe("security headers", () => {
  it("gives each request a fresh, unguessable nonce", () => {
    const nonces = new Set(Array.from({ length: 100 }, newNonce));
    expect(nonces.size).toBe(100);
    expect(newNonce()).toMatch(/^[A-Za-z0-9+/]{22}==$/);
  });

  it("allows only nonced scripts in production: no unsafe-eval, no unsafe-inline", () => {
    const csp = contentSecurityPolicy({ nonce: "abc", https: false, development: false });
    expect(csp).toContain("script-src 'self' 'nonce-abc' 'strict-dynamic'");
    expect(csp).toContain("style-src 'self' 'nonce-abc'");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).toContain("object-src 'none'");
    expect(csp).not.toContain("unsafe");
    expect(csp).not.toContain("upgrade-insecure-requests");
  });

  it("allows eval only for the development server", () => {
    expect(contentSecurityPolicy({ nonce: "abc", https: false, development: true })).toContain("'unsafe-eval'");
  });

  it("sends HSTS and upgrades requests only over HTTPS", () => {
    const plain = securityHeaders({ nonce: "n", https: false, development: false });
    expect(plain["Strict-Transport-Security"]).toBeUndefined();
    expect(plain).toMatchObject({ "X-Frame-Options": "DENY", "X-Content-Type-Options": "nosniff", "Referrer-Policy": "same-origin" });
    expect(plain["Permissions-Policy"]).toContain("camera=()");
    const secure = securityHeaders({ nonce: "n", https: true, development: false });
    expect(secure["Strict-Transport-Security"]).toMatch(/^max-age=\d+/);
    expect(secure["Content-Security-Policy"]).toContain("upgrade-insecure-requests");
  });

  it("knows HTTPS from NEXTAUTH_URL, x-forwarded-proto or the URL itself", () => {
    expect(servedOverHttps(request("http://localhost:3000/"), "https://assay.example")).toBe(true);
    expect(servedOverHttps(request("http://10.0.0.5:3000/", { "x-forwarded-proto": "https" }), undefined)).toBe(true);
    expect(servedOverHttps(request("https://assay.example/"), undefined)).toBe(true);
    expect(servedOverHttps(request("http://localhost:3000/"), "http://localhost:3000")).toBe(false);
    expect(servedOverHttps(request("http://localhost:3000/", { "x-forwarded-proto": "http" }), undefined)).toBe(false);
  });
});
