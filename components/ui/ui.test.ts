import { createElement as h } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { Button, buttonClasses } from "./button";
import { Card } from "./card";
import { CheckboxField } from "./checkbox-field";
import { Dialog } from "./dialog";
import { FormError } from "./form-error";
import { SelectField } from "./select-field";
import { TD, TH, TR, Table, TBody, THead } from "./table";
import { TextField } from "./text-field";
import { ToastProvider } from "./toast";
import { PageHeader } from "./page-header";

// Server-rendered markup is what axe and screen readers see first, so assert the ARIA wiring there.
describe("form fields", () => {
  it("TextField links label, hint and error to the input", () => {
    const html = renderToStaticMarkup(
      h(TextField, { id: "email", name: "email", label: "Email", hint: "Work address", error: "Enter an email" }),
    );
    expect(html).toContain('<label for="email"');
    expect(html).toContain('id="email-hint"');
    expect(html).toContain('id="email-error"');
    expect(html).toContain('aria-describedby="email-hint email-error"');
    expect(html).toContain('aria-invalid="true"');
    expect(html).toMatch(/<span class="sr-only">Error: <\/span>Enter an email/);
  });

  it("TextField generates an id and omits aria-describedby when there is nothing to describe", () => {
    const html = renderToStaticMarkup(h(TextField, { label: "Name" }));
    const id = /<input[^>]* id="([^"]+)"/.exec(html)?.[1];
    expect(id).toBeTruthy();
    expect(html).toContain(`for="${id}"`);
    expect(html).not.toContain("aria-describedby");
    expect(html).not.toContain("aria-invalid");
  });

  it("keeps a caller's aria-describedby", () => {
    const html = renderToStaticMarkup(h(TextField, { id: "x", label: "X", hint: "h", "aria-describedby": "extra" }));
    expect(html).toContain('aria-describedby="extra x-hint"');
  });

  it("SelectField renders an empty-valued, selectable placeholder first", () => {
    const html = renderToStaticMarkup(
      h(SelectField, {
        id: "role",
        label: "Role",
        placeholder: "Choose a role",
        options: [{ value: "assessor", label: "Assessor" }],
        defaultValue: "",
      }),
    );
    expect(html).toMatch(/<select[^>]*id="role"[^>]*>\s*<option value="" selected="">Choose a role<\/option><option value="assessor">/);
  });

  it("CheckboxField is a labelled checkbox", () => {
    const html = renderToStaticMarkup(h(CheckboxField, { id: "ok", label: "I agree", error: "Tick to continue" }));
    expect(html).toContain('type="checkbox"');
    expect(html).toContain('<label for="ok"');
    expect(html).toContain('aria-describedby="ok-error"');
  });
});

describe("Button", () => {
  it("pending disables it and marks it busy", () => {
    const html = renderToStaticMarkup(h(Button, { pending: true, type: "submit" }, "Save"));
    expect(html).toMatch(/<button[^>]*disabled=""/);
    expect(html).toContain('aria-busy="true"');
    expect(html).toContain('aria-hidden="true"');
  });

  it("is not busy by default and exposes its classes for links", () => {
    const html = renderToStaticMarkup(h(Button, null, "Go"));
    expect(html).not.toContain("aria-busy");
    expect(html).not.toContain('disabled=""');
    expect(buttonClasses("secondary", "sm")).toContain("min-h-9");
  });
});

describe("FormError", () => {
  it("renders nothing without a message", () => {
    expect(renderToStaticMarkup(h(FormError, { message: "" }))).toBe("");
  });
  it("is an alert with the message", () => {
    expect(renderToStaticMarkup(h(FormError, { message: "Sign-in failed" }))).toContain('role="alert"');
  });
});

describe("Table", () => {
  it("has a caption and column-scoped headers", () => {
    const html = renderToStaticMarkup(
      h(
        Table,
        { caption: "Learners", captionHidden: true },
        h(THead, null, h(TR, null, h(TH, null, "Name"))),
        h(TBody, null, h(TR, null, h(TH, { scope: "row" }, "Ada"), h(TD, null, "Level 3"))),
      ),
    );
    expect(html).toContain('<caption class="sr-only">Learners</caption>');
    expect(html).toContain('scope="col"');
    expect(html).toContain('scope="row"');
  });
});

describe("landmarks and live regions", () => {
  it("Card is a section named by its h2", () => {
    const html = renderToStaticMarkup(h(Card, { title: "Evidence" }, "body"));
    const id = /<h2 id="([^"]+)"/.exec(html)?.[1];
    expect(html).toContain(`<section aria-labelledby="${id}"`);
  });

  it("PageHeader renders the h1 without adding a banner landmark", () => {
    const html = renderToStaticMarkup(h(PageHeader, { title: "Learners", description: "All learners" }));
    expect(html).toContain("<h1");
    expect(html).not.toContain("<header");
  });

  it("ToastProvider mounts an empty polite status region up front", () => {
    const html = renderToStaticMarkup(h(ToastProvider, null, "page"));
    expect(html).toMatch(/role="status" aria-live="polite"/);
  });

  it("a closed Dialog is labelled by its title but not open, and its body is unmounted", () => {
    const html = renderToStaticMarkup(h(Dialog, { open: false, onClose: () => {}, title: "Delete?" }, "BODY"));
    const id = /^<dialog aria-labelledby="([^"]+)"/.exec(html)?.[1];
    expect(html).toContain(`<h2 id="${id}"`);
    expect(html).not.toMatch(/<dialog[^>]* open/);
    expect(html).not.toContain("BODY");
  });
});
