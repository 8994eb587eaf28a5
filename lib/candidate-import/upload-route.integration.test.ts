import { describe, expect, it, vi } from "vitest";
import { POST } from "@/app/api/candidate-imports/route";
import { workspaceKey } from "@/lib/auth/access-context";
import { createAssessmentWorld } from "@/tests/factories/assessment-world";
import type { UploadEvent } from "./upload-protocol";

// The upload route as the app runs it (the session stood in for): a refused file is answered with
// its reason only once the whole upload has been read, so the browser shows the reason rather than
// "the connection may have dropped".

const session = vi.hoisted(() => ({ userId: null as string | null, workspaceKey: null as string | null }));
vi.mock("@/lib/auth/current-access", async () => {
  const { resolveAccessContext: resolve } = await import("@/lib/auth/access-context");
  const { getPrisma: prisma } = await import("@/lib/db/client");
  return {
    workspaceCookie: "assay-workspace",
    currentActor: async () => (session.userId ? { userId: session.userId, workspaceKey: session.workspaceKey } : null),
    currentAccess: async () =>
      session.userId ? resolve(prisma(), { userId: session.userId, requestedWorkspaceKey: session.workspaceKey }) : null,
  };
});
vi.mock("@/lib/log/current-request-id", () => ({ currentRequestId: async () => undefined }));

const encode = (text: string) => new TextEncoder().encode(text);

async function upload(body: ReadableStream<Uint8Array>, mapping: Record<string, string>) {
  const request = new Request("http://assay.test/api/candidate-imports", {
    method: "POST",
    headers: {
      host: "assay.test",
      origin: "http://assay.test",
      "sec-fetch-site": "same-origin",
      "content-type": "text/csv",
      "x-file-name": encodeURIComponent("intake.csv"),
      "x-column-mapping": encodeURIComponent(JSON.stringify(mapping)),
    },
    body,
    duplex: "half",
  } as RequestInit);
  const response = await POST(request);
  const text = await response.text();
  return {
    status: response.status,
    events: text
      .trim()
      .split("\n")
      .map((line) => JSON.parse(line) as UploadEvent),
  };
}

describe("the candidate CSV upload route", () => {
  it("answers a 5 MB line with read-csv's refusal, after reading the whole upload", async () => {
    const world = await createAssessmentWorld();
    session.userId = world.adminA.user.id;
    session.workspaceKey = workspaceKey.centre(world.centreA.id);
    let finished = false;
    const pieces = [
      encode("Name,Email\n"),
      ...Array.from({ length: 80 }, () => encode("x".repeat(64 * 1024))),
      encode("\nA,a@test.example\n"),
    ];
    let next = 0;
    const body = new ReadableStream<Uint8Array>({
      pull(controller) {
        if (next < pieces.length) controller.enqueue(pieces[next++]!);
        else {
          finished = true;
          controller.close();
        }
      },
    });
    const { status, events } = await upload(body, { name: "Name", email: "Email" });
    expect(status).toBe(200);
    expect(events.at(-1)).toEqual({
      type: "error",
      error:
        "Line 2 is longer than 64 KB: no candidate's row is that long. Check the file is the CSV of candidates exported from your student records system.",
    });
    expect(finished).toBe(true);
  });

  it("a file the preview cannot take names the place: the column's header, not the highlighted fields", async () => {
    const world = await createAssessmentWorld();
    session.userId = world.adminA.user.id;
    session.workspaceKey = workspaceKey.centre(world.centreA.id);
    const text = `Name,Email,${"N".repeat(300)}\nPriya Shah,priya@test.example,x\n`;
    const body = new ReadableStream<Uint8Array>({
      start(controller) {
        controller.enqueue(encode(text));
        controller.close();
      },
    });
    const { events } = await upload(body, { name: "Name", email: "Email" });
    expect(events.at(-1)).toMatchObject({
      type: "error",
      error: "Nothing was imported. The name of column 3 in the header row: Use at most 200 characters in a column's name.",
    });
  });
});
