import { describe, expect, it } from "vitest";
import { clientAddressFrom, clientKey, connectionAddressHeader, trustedProxyCount } from "./client-address";

describe("the client a sign-in comes from", () => {
  it("is the connection's address when no proxy is trusted, whatever X-Forwarded-For claims", () => {
    const headers = { [connectionAddressHeader]: "203.0.113.7", "x-forwarded-for": "198.51.100.1" };
    expect(clientAddressFrom(headers, {})).toBe("203.0.113.7");
    expect(clientAddressFrom(new Headers(headers), { ASSAY_TRUST_PROXY: "0" })).toBe("203.0.113.7");
  });

  it("is the address the trusted proxy saw, not what the client wrote before it", () => {
    // The client sent "X-Forwarded-For: 1.1.1.1"; the proxy appended the real address.
    const headers = { [connectionAddressHeader]: "10.0.0.2", "x-forwarded-for": "1.1.1.1, 203.0.113.7" };
    expect(clientAddressFrom(headers, { ASSAY_TRUST_PROXY: "1" })).toBe("203.0.113.7");
    expect(clientAddressFrom(headers, { ASSAY_TRUST_PROXY: "true" })).toBe("203.0.113.7");
    // Two proxies (a CDN, then a load balancer): the CDN's entry is the client.
    expect(clientAddressFrom({ "x-forwarded-for": "1.1.1.1, 203.0.113.7, 10.0.0.9" }, { ASSAY_TRUST_PROXY: "2" })).toBe("203.0.113.7");
  });

  it("falls back to the connection when the trusted chain is too short (the proxy was bypassed)", () => {
    expect(clientAddressFrom({ [connectionAddressHeader]: "10.0.0.2" }, { ASSAY_TRUST_PROXY: "1" })).toBe("10.0.0.2");
  });

  it("is unknown when nothing says, or what is said is not an address", () => {
    expect(clientAddressFrom({}, {})).toBeNull();
    expect(clientAddressFrom({ [connectionAddressHeader]: "" }, {})).toBeNull();
    expect(clientAddressFrom({ "x-forwarded-for": "not-an-address" }, { ASSAY_TRUST_PROXY: "1" })).toBeNull();
  });

  it("reads ASSAY_TRUST_PROXY as a count of proxies", () => {
    expect([undefined, "", "0", "false", "no", "-1", "1.5"].map((value) => trustedProxyCount({ ASSAY_TRUST_PROXY: value }))).toEqual([
      0, 0, 0, 0, 0, 0, 0,
    ]);
    expect(["1", "true", "3"].map((value) => trustedProxyCount({ ASSAY_TRUST_PROXY: value }))).toEqual([1, 1, 3]);
  });
});

describe("the key a client is counted under", () => {
  it("keeps IPv4 addresses, without a port or an IPv6 wrapper", () => {
    expect(clientKey("203.0.113.7")).toBe("203.0.113.7");
    expect(clientKey("203.0.113.7:51234")).toBe("203.0.113.7");
    expect(clientKey("::ffff:203.0.113.7")).toBe("203.0.113.7");
  });

  it("counts an IPv6 client by its /64, which one household or server can roam at will", () => {
    expect(clientKey("2001:db8:aa:bb:1:2:3:4")).toBe("2001:db8:aa:bb::/64");
    expect(clientKey("2001:db8:aa:bb::99")).toBe("2001:db8:aa:bb::/64");
    expect(clientKey("[2001:DB8:AA:BB::1]:443")).toBe("2001:db8:aa:bb::/64");
    expect(clientKey("::1")).toBe("0:0:0:0::/64");
    expect(clientKey("fe80::1%eth0")).toBe("fe80:0:0:0::/64");
  });

  it("refuses what is not an address", () => {
    expect(clientKey("localhost")).toBeNull();
    expect(clientKey("1.2.3")).toBeNull();
    expect(clientKey("")).toBeNull();
  });
});
