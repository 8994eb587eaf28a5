import { describe, expect, it } from "vitest";
import { contentDisposition } from "./content-disposition";
import { crossSiteRefusal, declaredLength, headerFileName } from "./upload-request";

const headers = (values: Record<string, string>) => new Headers(values);

describe("upload request headers", () => {
  it("accepts a same-origin upload and refuses one from another site", () => {
    expect(crossSiteRefusal(headers({ host: "assay.test", origin: "http://assay.test", "sec-fetch-site": "same-origin" }))).toBeNull();
    expect(crossSiteRefusal(headers({ host: "assay.test", origin: "http://assay.test" }))).toBeNull();
    expect(crossSiteRefusal(headers({ host: "assay.test", origin: "http://evil.test" }))).toBe(
      "Changes can only be sent from Assay's own pages.",
    );
    expect(crossSiteRefusal(headers({ host: "assay.test", origin: "http://assay.test", "sec-fetch-site": "cross-site" }))).toBe(
      "Files can only be uploaded from Assay's own pages.",
    );
    expect(crossSiteRefusal(headers({ host: "assay.test", origin: "http://assay.test", "sec-fetch-site": "same-site" }))).not.toBeNull();
    expect(crossSiteRefusal(headers({ host: "assay.test" }))).toBe("The request did not say which site sent it.");
  });

  it("reads the declared length and the URI-encoded file name", () => {
    expect(declaredLength(headers({ "content-length": "1234" }))).toBe(1234);
    expect(declaredLength(headers({}))).toBeNull();
    expect(declaredLength(headers({ "content-length": "-5" }))).toBeNull();
    expect(headerFileName(headers({ "x-file-name": encodeURIComponent("Évidence 1 – log.pdf") }), "X-File-Name")).toBe(
      "Évidence 1 – log.pdf",
    );
    expect(headerFileName(headers({ "x-file-name": "%E0%A4%A" }), "X-File-Name")).toBeNull();
    expect(headerFileName(headers({}), "X-File-Name")).toBeNull();
  });
});

describe("contentDisposition", () => {
  it("gives an ASCII fallback and the exact UTF-8 name (RFC 5987)", () => {
    expect(contentDisposition("attachment", "log.pdf")).toBe(`attachment; filename="log.pdf"; filename*=UTF-8''log.pdf`);
    expect(contentDisposition("attachment", "Café menu (1).jpg")).toBe(
      `attachment; filename="Cafe menu (1).jpg"; filename*=UTF-8''Caf%C3%A9%20menu%20%281%29.jpg`,
    );
    expect(contentDisposition("inline", "日本.png")).toBe(`inline; filename="__.png"; filename*=UTF-8''%E6%97%A5%E6%9C%AC.png`);
  });

  it("cannot be broken out of by quotes, separators or line breaks in the name", () => {
    const header = contentDisposition("attachment", 'a"; filename="evil.html\r\nSet-Cookie: x=1');
    expect(header).not.toMatch(/[\r\n]/);
    expect(header).toBe(
      `attachment; filename="a__ filename=_evil.htmlSet-Cookie_ x=1"; filename*=UTF-8''a%22%3B%20filename%3D%22evil.htmlSet-Cookie%3A%20x%3D1`,
    );
    expect(contentDisposition("attachment", "..")).toMatch(/^attachment; filename="download"/);
    expect(contentDisposition("attachment", "")).toMatch(/^attachment; filename="download"; filename\*=UTF-8''download$/);
  });
});
