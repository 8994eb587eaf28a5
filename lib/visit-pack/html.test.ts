import { describe, expect, it } from "vitest";
import { csvLine, escapeHtml, hrefOf, page, table } from "./html";
import { safeSegment, storedFilePath } from "./pack-paths";

describe("the visit pack's pages and paths", () => {
  it("escapes people's words in HTML and percent-encodes each segment of a relative link", () => {
    expect(escapeHtml(`<img src=x onerror="a">&'`)).toBe("&lt;img src=x onerror=&quot;a&quot;&gt;&amp;&#39;");
    expect(hrefOf("candidates/Zoë O'Neil/001-a b#1.pdf")).toBe("candidates/Zo%C3%AB%20O'Neil/001-a%20b%231.pdf");
    expect(table("Decisions", ["Unit"], [["<b>"]])).toContain("<caption>Decisions</caption>");
    expect(table("Decisions", ["Unit"], [["<b>"]])).toContain("<td>&lt;b&gt;</td>");
    expect(table("Decisions", ["Unit"], [])).toBe("<p>Decisions: none.</p>");
    expect(page("Pack", "<p>x</p>")).toMatch(/^<!doctype html>\n<html lang="en-GB">/);
    expect(page("Pack", "", { styled: false })).not.toContain("<style>");
  });

  it("writes CSV cells quoted when needed and never as a spreadsheet formula", () => {
    expect(csvLine(["Ann", 'say "hi"', "a,b", null, 3, "=SUM(A1)", "-1", "@x"])).toBe(`Ann,"say ""hi""","a,b",,3,'=SUM(A1),'-1,'@x\r\n`);
    expect(csvLine(["two\nlines"])).toBe(`"two\nlines"\r\n`);
  });

  it("reduces names to safe path segments that cannot climb out of the pack", () => {
    expect(safeSegment("../../etc/passwd")).toBe("etc-passwd");
    expect(safeSegment("Zoë O'Neil")).toBe("Zoe-O-Neil");
    expect(safeSegment("...")).toBe("file");
    expect(storedFilePath("candidates/x", 0, "photo 1.JPG")).toBe("candidates/x/001-photo-1.JPG");
    expect(storedFilePath("candidates/x", 11, "a/b.pdf")).toBe("candidates/x/012-a-b.pdf");
  });
});
