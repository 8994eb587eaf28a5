import "server-only";
import { cookies } from "next/headers";
import { getServerSession } from "next-auth";
import { redirect } from "next/navigation";
import { cache } from "react";
import { getPrisma } from "@/lib/db/client";
import type { Actor } from "@/lib/actions/run-action";
import { resolveAccessContext, type AccessContext } from "./access-context";
import { authOptions, signInPath } from "./auth-options";

// The active workspace is only a preference kept in a cookie; resolveAccessContext checks it
// against the person's memberships, so a forged cookie reaches nothing extra.
export const workspaceCookie = "assay-workspace";

export async function currentActor(): Promise<Actor> {
  const session = await getServerSession(authOptions);
  const userId = session?.user?.id;
  if (!userId) return null;
  const cookieStore = await cookies();
  return {
    userId,
    // A session from before session versions (or session rows) existed is treated as outdated.
    sessionVersion: session.user?.sessionVersion ?? -1,
    sessionId: session.user?.sessionId ?? null,
    workspaceKey: cookieStore.get(workspaceCookie)?.value ?? null,
  };
}

/** The signed-in person's access for this request, or null. Cached per request. */
export const currentAccess = cache(async (): Promise<AccessContext | null> => {
  const actor = await currentActor();
  if (!actor) return null;
  return resolveAccessContext(getPrisma(), {
    userId: actor.userId,
    requestedWorkspaceKey: actor.workspaceKey,
    sessionVersion: actor.sessionVersion,
    sessionId: actor.sessionId,
  });
});

/** For pages: the person's access, or a redirect to sign in. */
export async function requireAccess(): Promise<AccessContext> {
  const access = await currentAccess();
  if (!access) redirect(signInPath);
  return access;
}
