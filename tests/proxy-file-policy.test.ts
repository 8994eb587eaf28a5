import { NextRequest } from "next/server";
import { describe, expect, it } from "vitest";
import { proxy } from "@/proxy";

// A stored file served by the app (an upload, a visit pack's zip or its index) gets a sandboxed
// Content-Security-Policy from proxy.ts, which Next.js keeps over the route handler's own header:
// never the page policy, which lets the app's scripts run.

const packId = "00000000-0000-4000-8000-000000000000";
const cspOf = async (path: string) =>
  (await proxy(new NextRequest(`http://localhost:3000${path}`))).headers.get("Content-Security-Policy") ?? "";

describe("the policy proxy.ts gives stored files", () => {
  it("sandboxes a visit pack's index, allowing its inline style sheet and no script of its own", async () => {
    for (const path of [`/api/visit-packs/${packId}/index`, `/api/visit-packs/${packId}/index/`]) {
      const csp = await cspOf(path);
      // The sandbox lets tools (axe, a reader's extensions) evaluate in the page; default-src
      // 'none' with no script-src still blocks every script, handler and javascript: link of the page.
      expect(csp).toBe("default-src 'none'; style-src 'unsafe-inline'; sandbox allow-scripts");
      expect(csp).not.toMatch(/script-src|allow-same-origin|unsafe-eval/);
    }
  });

  it("sandboxes a visit pack's zip, an evidence file and a professional-record file with no allowance at all", async () => {
    for (const path of [`/api/visit-packs/${packId}`, `/api/files/${packId}`, `/api/staff-files/${packId}`]) {
      expect(await cspOf(path)).toBe("default-src 'none'; sandbox");
    }
    // Only the index's own path gets the style allowance.
    expect(await cspOf(`/api/visit-packs/${packId}/index/more`)).toBe("default-src 'none'; sandbox");
    expect(await cspOf(`/api/visit-packs/${packId}/indexes`)).toBe("default-src 'none'; sandbox");
  });

  it("leaves the page policy, with its nonce for the app's scripts, on everything else", async () => {
    for (const path of ["/api/health", "/api/visit-pack", "/api/visit-packsx/1"]) {
      const csp = await cspOf(path);
      expect(csp).not.toContain("sandbox");
      expect(csp).toMatch(/script-src [^;]*'nonce-/);
    }
  });
});
