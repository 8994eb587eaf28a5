import { createElement, type ReactElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { vi } from "vitest";
import { ToastProvider } from "@/components/ui/toast";
import { resolveAccessContext, workspaceKey, type AccessContext } from "@/lib/auth/access-context";
import { getPrisma } from "@/lib/db/client";
import type * as Navigation from "next/navigation";

// Rendering server pages from the real database in integration tests: the session is replaced by
// the access of the person named with signInAs, and the client router does nothing. Import this
// module before the pages (await import(...) them after), so that the mocks below are in place.

type NavigationModule = typeof Navigation;

let currentAccess: AccessContext | null = null;

vi.mock("@/lib/auth/current-access", () => ({
  requireAccess: async () => {
    if (!currentAccess) throw new Error("no access");
    return currentAccess;
  },
}));
vi.mock("next/navigation", async (original) => ({
  ...(await original<NavigationModule>()),
  useRouter: () => ({ refresh() {}, push() {} }),
}));

/** From now on, pages render as this person working in this centre; returns their access (null: none, pages throw). */
export async function signInAs(userId: string, centreId: string): Promise<AccessContext | null> {
  currentAccess = await resolveAccessContext(getPrisma(), { userId, requestedWorkspaceKey: workspaceKey.centre(centreId) });
  return currentAccess;
}

/** From now on, pages render as this person working in this awarding body's workspace (null: none there, pages throw). */
export async function signInAtAwardingBody(userId: string, awardingBodyId: string): Promise<AccessContext | null> {
  currentAccess = await resolveAccessContext(getPrisma(), { userId, requestedWorkspaceKey: workspaceKey.awardingBody(awardingBodyId) });
  if (currentAccess?.workspace.key !== workspaceKey.awardingBody(awardingBodyId)) currentAccess = null;
  return currentAccess;
}

/** The page's HTML, inside the providers the app shell gives it. */
export async function renderPage(page: Promise<ReactElement> | ReactElement): Promise<string> {
  return renderToStaticMarkup(createElement(ToastProvider, null, await page));
}
