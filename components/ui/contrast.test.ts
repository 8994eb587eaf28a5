import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

// Guards WCAG 1.4.3 (text >= 4.5:1) and 1.4.11 (UI boundaries/focus >= 3:1) for every colour pair
// components/ui actually uses, reading the real tokens so a palette tweak can't silently regress.
const css = readFileSync(fileURLToPath(new URL("../../app/globals.css", import.meta.url)), "utf8");
const tokens = new Map([...css.matchAll(/--color-([\w-]+):\s*(#[0-9a-f]{6})\b/gi)].map((m) => [m[1]!, m[2]!.toLowerCase()]));
tokens.set("white", "#ffffff");

function luminance(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((i) => {
    const c = parseInt(hex.slice(i, i + 2), 16) / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
}

function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi! + 0.05) / (lo! + 0.05);
}

function token(name: string): string {
  const value = tokens.get(name);
  if (!value) throw new Error(`--color-${name} missing from app/globals.css`);
  return value;
}

const textPairs: Array<[fg: string, bg: string, where: string]> = [
  ["ink", "canvas", "body text"],
  ["ink", "surface", "cards, inputs, dialog, toast"],
  ["ink", "subtle", "table header"],
  ["ink-muted", "surface", "hints, descriptions"],
  ["ink-muted", "canvas", "page header description"],
  ["ink-muted", "subtle", "neutral badge, disabled input"],
  ["brand-800", "canvas", "links, ghost button"],
  ["brand-800", "surface", "secondary button, links"],
  ["brand-800", "brand-50", "secondary/ghost hover"],
  ["white", "brand-700", "primary button"],
  ["white", "brand-800", "primary hover"],
  ["white", "danger-700", "danger button, error toast glyph"],
  ["white", "danger-800", "danger hover"],
  ["white", "success-700", "success toast glyph"],
  ["danger-700", "surface", "field error text"],
  ["danger-700", "canvas", "field error text on page"],
  ["danger-800", "danger-50", "form error box, danger badge"],
  ["success-800", "success-100", "success badge"],
  ["warning-800", "warning-100", "warning badge"],
  ["info-800", "info-100", "info badge"],
];

const uiPairs: Array<[fg: string, bg: string, where: string]> = [
  ["line", "surface", "input border"],
  ["line", "canvas", "input border on page"],
  ["focus", "surface", "focus ring"],
  ["focus", "canvas", "focus ring on page"],
  ["danger-700", "surface", "invalid input border"],
];

describe("colour tokens", () => {
  it.each(textPairs)("%s on %s (%s) meets 4.5:1", (fg, bg) => {
    expect(contrast(token(fg), token(bg))).toBeGreaterThanOrEqual(4.5);
  });
  it.each(uiPairs)("%s on %s (%s) meets 3:1", (fg, bg) => {
    expect(contrast(token(fg), token(bg))).toBeGreaterThanOrEqual(3);
  });
});
