import { describe, expect, it } from "vitest";
import { DATABASE_UNAVAILABLE_MESSAGE, databaseUnavailablePage } from "./unavailable-page";

describe("databaseUnavailablePage", () => {
  it("says what is wrong in words, in English, with no script", () => {
    const html = databaseUnavailablePage("/staff", "n0nce");
    expect(html).toContain('<html lang="en-GB">');
    expect(html).toContain(`<h1>${DATABASE_UNAVAILABLE_MESSAGE}</h1>`);
    expect(html).toContain('<a href="/staff">Try again</a>');
    expect(html).toContain('<style nonce="n0nce">');
    expect(html).not.toContain("<script");
  });

  it("never links to another site or lets the path break out of the attribute", () => {
    expect(databaseUnavailablePage("//evil.example/x", "n")).toContain('<a href="/">');
    expect(databaseUnavailablePage('/a"><script>', "n")).not.toContain("<script");
  });
});
