import { createElement as h } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { afterEach, describe, expect, it, vi } from "vitest";
import { FileList } from "./file-list";
import { FileUpload, uploadFile } from "./file-upload";

// The widget's first markup (what a screen reader and axe meet) and its request, with a stand-in
// XMLHttpRequest; the browser journey is in the end-to-end tests of the forms that use it.

const candidateId = "0b6c1d7e-1111-4222-8333-444455556666";
const photo = { id: "6f1c0a52-93d4-4d7e-a1a4-2b9f0c3e5d71", fileName: "Till receipt.jpg", contentType: "image/jpeg", byteSize: 2_400_000 };

describe("FileUpload markup", () => {
  it("offers the camera and the file picker, names the group and keeps the ids for the form", () => {
    const html = renderToStaticMarkup(
      h(FileUpload, {
        candidateId,
        label: "Photos and files",
        hint: "Up to 25 MB each",
        error: "Add at least one photo",
        value: [photo.id],
        onChange: () => undefined,
        name: "fileIds",
        initialFiles: [photo],
      }),
    );
    expect(html).toMatch(/<fieldset[^>]*aria-describedby="[^"]+-hint [^"]+-error"/);
    expect(html).toContain("<legend");
    expect(html).toContain(">Photos and files</legend>");
    expect(html).toMatch(/<button type="button"[^>]*>Take a photo<\/button>/);
    expect(html).toMatch(/<button type="button"[^>]*>Choose files<\/button>/);
    expect(html).toMatch(/<input type="file" accept="image\/\*" capture="environment" hidden=""/);
    expect(html).toMatch(/<input type="file" multiple="" accept="image\/jpeg,[^"]*\.docx[^"]*" hidden=""/);
    expect(html).toContain('<span class="sr-only">Error: </span>Add at least one photo');
    expect(html).toContain("Till receipt.jpg");
    expect(html).toContain("2.3 MB, JPEG photo, uploaded");
    expect(html).toContain('aria-label="Remove Till receipt.jpg"');
    expect(html).toContain(`<input type="hidden" name="fileIds" value="${photo.id}"/>`);
    expect(html).toMatch(/<p role="status" aria-live="polite" class="sr-only"><\/p>/);
  });

  it("can leave out the camera", () => {
    const html = renderToStaticMarkup(
      h(FileUpload, { candidateId, label: "Files", value: [], onChange: () => undefined, showCamera: false }),
    );
    expect(html).not.toContain("Take a photo");
    expect(html).not.toContain('name="');
  });
});

describe("FileList", () => {
  it("links each file to its download, with its kind and size, and thumbnails only plain pictures", () => {
    const pdf = { id: "11111111-2222-4333-8444-555555555555", fileName: "Plan.pdf", contentType: "application/pdf", byteSize: 52_000 };
    const html = renderToStaticMarkup(h(FileList, { files: [photo, pdf], label: "Evidence files", showThumbnails: true }));
    expect(html).toContain('<ul aria-label="Evidence files"');
    expect(html).toContain(`<a href="/api/files/${photo.id}" download="Till receipt.jpg"`);
    expect(html).toContain(`<img src="/api/files/${photo.id}?inline=1" alt=""`);
    expect(html).not.toContain(`/api/files/${pdf.id}?inline=1`);
    expect(html).toContain("PDF document, 51 KB");
    expect(renderToStaticMarkup(h(FileList, { files: [], emptyText: "No files yet." }))).toContain("No files yet.");
  });
});

type Sent = { method: string; url: string; headers: Record<string, string>; body: unknown };

function fakeXhr(respond: (sent: Sent) => { status: number; body: string }) {
  const sent: Sent[] = [];
  class FakeXhr {
    status = 0;
    responseText = "";
    upload: { onprogress: ((event: { lengthComputable: boolean; loaded: number; total: number }) => void) | null } = { onprogress: null };
    onload: (() => void) | null = null;
    onerror: (() => void) | null = null;
    onabort: (() => void) | null = null;
    private request: Sent = { method: "", url: "", headers: {}, body: null };
    open(method: string, url: string) {
      this.request = { ...this.request, method, url };
    }
    setRequestHeader(name: string, value: string) {
      this.request.headers[name] = value;
    }
    abort() {
      this.onabort?.();
    }
    send(body: unknown) {
      this.request.body = body;
      sent.push(this.request);
      this.upload.onprogress?.({ lengthComputable: true, loaded: 50, total: 100 });
      const answer = respond(this.request);
      this.status = answer.status;
      this.responseText = answer.body;
      queueMicrotask(() => this.onload?.());
    }
  }
  vi.stubGlobal("XMLHttpRequest", FakeXhr);
  return sent;
}

afterEach(() => vi.unstubAllGlobals());

describe("uploadFile", () => {
  it("sends the raw file with its claimed type, encoded name and the page's workspace, and reports progress", async () => {
    const sent = fakeXhr(() => ({ status: 201, body: JSON.stringify({ file: photo }) }));
    const file = new File([new Uint8Array([0xff, 0xd8, 0xff])], "Café – 1.jpg", { type: "image/jpeg" });
    const progress: number[] = [];
    const result = await uploadFile(candidateId, file, { workspaceKey: "centre:abc", onProgress: (f) => progress.push(f) });
    expect(result).toEqual({ ok: true, file: photo });
    expect(sent).toEqual([
      {
        method: "POST",
        url: `/api/candidates/${candidateId}/files`,
        headers: { "Content-Type": "image/jpeg", "X-File-Name": encodeURIComponent("Café – 1.jpg"), "X-Assay-Workspace": "centre:abc" },
        body: file,
      },
    ]);
    expect(progress).toEqual([0.5]);
  });

  it("claims nothing for a type the browser does not know, and passes on the server's reason for a refusal", async () => {
    const reason = "This file says it is a PDF document, but its content is a PNG image.";
    const sent = fakeXhr(() => ({ status: 415, body: JSON.stringify({ error: reason, fieldErrors: { file: [reason] } }) }));
    const result = await uploadFile(candidateId, new File(["x"], "photo.heic"));
    expect(sent[0]!.headers["Content-Type"]).toBe("application/octet-stream");
    expect(result).toEqual({ ok: false, message: reason });
  });

  it("explains a response that is not Assay's JSON (a proxy's 413 page, a lost session)", async () => {
    fakeXhr(() => ({ status: 413, body: "<html>Request Entity Too Large</html>" }));
    expect(await uploadFile(candidateId, new File(["x"], "a.jpg"))).toEqual({
      ok: false,
      message: "This file is too large for Assay. Nothing was uploaded.",
    });
    fakeXhr(() => ({ status: 401, body: JSON.stringify({ error: "Your sign-in has ended. Sign in again, then add the file again." }) }));
    expect(await uploadFile(candidateId, new File(["x"], "a.jpg"))).toMatchObject({
      ok: false,
      message: expect.stringMatching(/^Your sign-in has ended/),
    });
  });
});
