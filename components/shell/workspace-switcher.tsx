"use client";

import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { Button } from "@/components/ui/button";
import { useToast } from "@/components/ui/toast";
import { switchWorkspaceAction } from "@/app/(app)/actions";

export type WorkspaceOption = { key: string; label: string };

/**
 * Lets a person with roles at several centres (or awarding bodies) choose which they are working in. Choosing
 * an option does nothing until "Switch" is pressed (WCAG 3.2.2: no change of context on input).
 */
export function WorkspaceSwitcher({ workspaces, activeKey }: { workspaces: WorkspaceOption[]; activeKey: string }) {
  const router = useRouter();
  const toast = useToast();
  const [chosen, setChosen] = useState(activeKey);
  const [pending, startTransition] = useTransition();
  const active = workspaces.find((w) => w.key === activeKey);

  if (workspaces.length < 2) {
    return <span className="text-sm font-semibold text-ink">{active?.label}</span>;
  }
  return (
    <form
      method="post"
      className="flex max-w-full min-w-0 flex-wrap items-center gap-2 text-sm"
      aria-label="Workspace switcher"
      onSubmit={(event) => {
        event.preventDefault();
        if (chosen === activeKey) return;
        startTransition(async () => {
          const result = await switchWorkspaceAction({ workspaceKey: chosen });
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
      <label htmlFor="workspace-switcher" className="font-semibold text-ink">
        Working in
      </label>
      <select
        id="workspace-switcher"
        // A long workspace name ("The Institute of Customer Service (Approved assessor)") must not
        // widen a phone-width page: the select shrinks to the space there is.
        className="min-h-11 max-w-full min-w-0 truncate rounded-md border border-line bg-surface px-2 text-ink"
        value={chosen}
        onChange={(event) => setChosen(event.target.value)}
      >
        {workspaces.map((w) => (
          <option key={w.key} value={w.key}>
            {w.label}
          </option>
        ))}
      </select>
      <Button type="submit" variant="secondary" size="sm" pending={pending} disabled={chosen === activeKey}>
        Switch
      </Button>
    </form>
  );
}
