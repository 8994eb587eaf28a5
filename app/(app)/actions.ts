"use server";

import { cookies } from "next/headers";
import { redirect } from "next/navigation";
import { performAction } from "@/lib/actions/perform-action";
import { switchWorkspace } from "@/lib/account/switch-workspace";
import { signInPath } from "@/lib/auth/auth-options";
import { workspaceCookie } from "@/lib/auth/current-access";
import { signOutCurrentSession } from "@/lib/auth/sign-out";

export async function switchWorkspaceAction(input: { workspaceKey: string }) {
  const result = await performAction(switchWorkspace, input);
  if (result.ok) {
    const cookieStore = await cookies();
    cookieStore.set(workspaceCookie, result.data.workspaceKey, {
      httpOnly: true,
      sameSite: "lax",
      secure: process.env.NODE_ENV === "production" && process.env.NEXTAUTH_URL?.startsWith("https://") === true,
      path: "/",
      maxAge: 60 * 60 * 24 * 365,
    });
  }
  return result;
}

/** The sign-out button's form: ends the session on the server, then shows the sign-in page. */
export async function signOutAction() {
  await signOutCurrentSession();
  redirect(signInPath);
}
