import { describe, expect, it } from "vitest";
import {
  ACTION_BODY_LIMIT_BYTES,
  actionHeaderRefusal,
  isPossibleServerAction,
  multipartBodyRefusal,
  originRefusal,
  textBodyRefusal,
} from "./action-request";

function headers(values: Record<string, string>) {
  return new Headers(values);
}

const sameSite = { host: "assay.example", origin: "https://assay.example", "content-type": "text/plain;charset=UTF-8" };

describe("isPossibleServerAction", () => {
  it("is a POST with Next-Action, or a multipart POST", () => {
    expect(isPossibleServerAction("POST", headers({ "next-action": "abc" }))).toBe(true);
    expect(isPossibleServerAction("POST", headers({ "content-type": "multipart/form-data; boundary=x" }))).toBe(true);
    expect(isPossibleServerAction("POST", headers({ "content-type": "application/x-www-form-urlencoded" }))).toBe(false);
    expect(isPossibleServerAction("GET", headers({ "next-action": "abc" }))).toBe(false);
  });
});

describe("originRefusal", () => {
  it("accepts the app's own origin, also behind a proxy that sets x-forwarded-host", () => {
    expect(originRefusal(headers(sameSite))).toBeNull();
    expect(
      originRefusal(headers({ host: "10.0.0.5:3000", "x-forwarded-host": "assay.example", origin: "https://assay.example" })),
    ).toBeNull();
  });

  it("refuses another site, a missing Origin, 'null' and garbage with 403", () => {
    expect(originRefusal(headers({ ...sameSite, origin: "https://evil.example" }))?.status).toBe(403);
    expect(originRefusal(headers({ host: "assay.example" }))?.status).toBe(403);
    expect(originRefusal(headers({ ...sameSite, origin: "null" }))?.status).toBe(403);
    expect(originRefusal(headers({ ...sameSite, origin: "not a url" }))?.status).toBe(403);
    // Same host name, other port: another origin.
    expect(originRefusal(headers({ ...sameSite, origin: "https://assay.example:8443" }))?.status).toBe(403);
  });
});

describe("actionHeaderRefusal", () => {
  it("refuses a declared size over the limit with 413 and an unexpected type with 415", () => {
    expect(actionHeaderRefusal(headers({ ...sameSite, "content-length": String(ACTION_BODY_LIMIT_BYTES + 1) }))?.status).toBe(413);
    expect(actionHeaderRefusal(headers({ ...sameSite, "content-length": String(ACTION_BODY_LIMIT_BYTES) }))).toBeNull();
    expect(actionHeaderRefusal(headers({ ...sameSite, "content-type": "application/json" }))?.status).toBe(415);
    expect(actionHeaderRefusal(headers({ ...sameSite, "content-type": "multipart/form-data; boundary=x" }))).toBeNull();
  });
});

describe("textBodyRefusal", () => {
  const check = (body: string) => textBodyRefusal(body, Buffer.byteLength(body));

  it("accepts React's encoding of an argument list", () => {
    expect(check('["centre:1",{"name":"Zara Ahmed","email":"zara@example.org"}]')).toBeNull();
    expect(check("[]")).toBeNull();
  });

  it("refuses an empty body, a body that is not JSON, and JSON that is not a list with 400", () => {
    expect(check("")).toMatchObject({ status: 400, reason: "The request has no body." });
    expect(check("   ")?.status).toBe(400);
    expect(check("this is not json")).toMatchObject({ status: 400, reason: "The request body is not JSON." });
    expect(check('{"a":1}')?.status).toBe(400);
  });

  it("refuses an array nested 5,000 deep with 400 and a body over the limit with 413", () => {
    expect(check("[".repeat(5000) + "]".repeat(5000))).toMatchObject({ status: 400, reason: expect.stringContaining("nested") });
    expect(textBodyRefusal("[]", ACTION_BODY_LIMIT_BYTES + 1)?.status).toBe(413);
  });
});

describe("multipartBodyRefusal", () => {
  it("accepts ordinary parts and refuses deep nesting in any text part, an empty form and an oversize body", () => {
    expect(
      multipartBodyRefusal(
        [
          ["0", '["$K1"]'],
          ["1_name", "Zara [Ahmed]"],
        ],
        100,
      ),
    ).toBeNull();
    expect(multipartBodyRefusal([["0", "[".repeat(5000)]], 100)?.status).toBe(400);
    expect(multipartBodyRefusal([], 0)?.status).toBe(400);
    expect(multipartBodyRefusal([["0", "[]"]], ACTION_BODY_LIMIT_BYTES + 1)?.status).toBe(413);
  });
});
