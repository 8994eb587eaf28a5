import "server-only";
import { cookies } from "next/headers";
import { getServerSession } from "next-auth";
import { getPrisma } from "@/lib/db/client";
import { authOptions } from "./auth-options";
import { endSession } from "./sessions";

// next-auth's session cookie, plain or __Secure- (served over HTTPS), whole or in chunks.
const sessionCookie = /^(__Secure-)?next-auth\.session-token(\.\d+)?$/;

/**
 * Signs out the request's session: its row is deleted first (so the cookie, and any copy of it,
 * stops working on the server), then the browser is told to drop the cookie.
 */
export async function signOutCurrentSession(): Promise<void> {
  const session = await getServerSession(authOptions);
  if (session?.user?.id) await endSession(getPrisma(), { sessionId: session.user.sessionId ?? null, userId: session.user.id });
  const cookieStore = await cookies();
  for (const { name } of cookieStore.getAll()) {
    if (!sessionCookie.test(name)) continue;
    cookieStore.set(name, "", { path: "/", maxAge: 0, httpOnly: true, sameSite: "lax", secure: name.startsWith("__Secure-") });
  }
}
