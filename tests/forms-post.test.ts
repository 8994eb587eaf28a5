import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import ts from "typescript";
import { describe, expect, it } from "vitest";

// No form in the app may submit with GET, even before its JavaScript has loaded: its fields (a
// password among them) would land in the URL. Every JSX <form> says method="post" (or "dialog"),
// or has an action (a server action, which React posts). Read from the syntax tree, so a form
// written across lines or with its attributes in any order is still seen. The end-to-end spec
// tests/e2e/forms-post.spec.ts checks the rendered pages as well.

function tsxFilesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? tsxFilesUnder(path) : name.endsWith(".tsx") ? [path] : [];
  });
}

/** Each <form> in the source as "file:line: ok" or "file:line: <problem>". */
function formsIn(file: string, text = readFileSync(file, "utf8")): string[] {
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true, ts.ScriptKind.TSX);
  const found: string[] = [];
  const visit = (node: ts.Node) => {
    if ((ts.isJsxOpeningElement(node) || ts.isJsxSelfClosingElement(node)) && node.tagName.getText(source) === "form") {
      const line = source.getLineAndCharacterOfPosition(node.getStart(source)).line + 1;
      const attributes = new Map<string, ts.JsxAttribute>();
      for (const property of node.attributes.properties) {
        if (ts.isJsxAttribute(property)) attributes.set(property.name.getText(source), property);
      }
      const method = attributes.get("method")?.initializer;
      const methodValue = method && ts.isStringLiteral(method) ? method.text.toLowerCase() : null;
      const posts = methodValue === "post" || methodValue === "dialog" || attributes.has("action");
      found.push(`${file}:${line}: ${posts ? "ok" : 'no method="post"'}`);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

describe("every form posts", () => {
  const forms = [...tsxFilesUnder("app"), ...tsxFilesUnder("components")].flatMap((file) => formsIn(file));

  it("finds the app's forms (sign-in, invitation, password, staff, centre switcher)", () => {
    expect(forms.length).toBeGreaterThanOrEqual(5);
  });

  it('has method="post", method="dialog" or a server action on every <form>', () => {
    expect(forms.filter((form) => !form.endsWith(": ok"))).toEqual([]);
  });

  it("catches a form without a method, or with GET, however it is written", () => {
    const text = `export const A = () => (\n  <form\n    onSubmit={go}\n  />\n);\nexport const B = () => <form method="get" aria-label="b"><input /></form>;\nexport const C = () => <form aria-label="c" method="POST" />;`;
    expect(formsIn("example.tsx", text)).toEqual([
      'example.tsx:2: no method="post"',
      'example.tsx:6: no method="post"',
      "example.tsx:7: ok",
    ]);
  });
});
