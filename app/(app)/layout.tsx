import type { ReactNode } from "react";
import { AppHeader } from "@/components/shell/app-header";
import { requireAccess } from "@/lib/auth/current-access";
import { navigationFor } from "@/lib/navigation/navigation";

export default async function SignedInLayout({ children }: { children: ReactNode }) {
  const access = await requireAccess();
  return (
    <div className="min-h-screen bg-canvas">
      <AppHeader
        userName={access.userName}
        activeWorkspaceKey={access.workspace.key}
        workspaces={access.workspaces.map((w) => ({
          key: w.key,
          label: w.kind === "centre" ? `${w.name} (${w.centreNumber})` : `${w.name} (awarding body)`,
        }))}
        navigation={navigationFor(access.workspace.roles).map(({ href, label }) => ({ href, label }))}
      />
      <main id="main" className="mx-auto max-w-5xl px-4 py-6 sm:py-8">
        {children}
      </main>
    </div>
  );
}
