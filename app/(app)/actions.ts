"use server";

import { cookies } from "next/headers";
import { performAction } from "@/lib/actions/perform-action";
import { switchWorkspace } from "@/lib/account/switch-workspace";
import { workspaceCookie } from "@/lib/auth/current-access";

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
