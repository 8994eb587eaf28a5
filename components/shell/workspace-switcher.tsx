"use client";

import { useRouter } from "next/navigation";
import { useTransition } from "react";
import { useToast } from "@/components/ui/toast";
import { switchWorkspaceAction } from "@/app/(app)/actions";

export type WorkspaceOption = { key: string; label: string };

/** Lets a person with roles at several centres choose which centre they are working in. */
export function WorkspaceSwitcher({ workspaces, activeKey }: { workspaces: WorkspaceOption[]; activeKey: string }) {
  const router = useRouter();
  const toast = useToast();
  const [pending, startTransition] = useTransition();
  const active = workspaces.find((w) => w.key === activeKey);

  if (workspaces.length < 2) {
    return <span className="text-sm font-semibold text-ink">{active?.label}</span>;
  }
  return (
    <label className="flex items-center gap-2 text-sm">
      <span className="font-semibold text-ink">Working in</span>
      <select
        className="min-h-11 rounded-md border border-line bg-surface px-2 text-ink"
        value={activeKey}
        disabled={pending}
        aria-busy={pending}
        onChange={(event) => {
          const workspaceKey = event.target.value;
          startTransition(async () => {
            const result = await switchWorkspaceAction({ workspaceKey });
            if (!result.ok) {
              toast.show(result.message, "error");
              return;
            }
            toast.show(`Now working in ${result.data.name}.`);
            router.push("/");
            router.refresh();
          });
        }}
      >
        {workspaces.map((w) => (
          <option key={w.key} value={w.key}>
            {w.label}
          </option>
        ))}
      </select>
    </label>
  );
}
