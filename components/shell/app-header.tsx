import Link from "next/link";
import { VisuallyHidden } from "@/components/ui/visually-hidden";
import { NavLinks } from "./nav-links";
import { SignOutButton } from "./sign-out-button";
import { WorkspaceSwitcher, type WorkspaceOption } from "./workspace-switcher";

export function AppHeader(props: {
  userName: string;
  activeWorkspaceKey: string;
  workspaces: WorkspaceOption[];
  navigation: { href: string; label: string }[];
}) {
  return (
    <header className="border-b border-line-subtle bg-surface">
      <div className="mx-auto flex max-w-5xl flex-wrap items-center justify-between gap-3 px-4 py-3">
        <p className="text-xl font-bold text-brand-700">Assay</p>
        <div className="flex max-w-full min-w-0 flex-wrap items-center gap-3">
          {/* Keyed by the active workspace so the choice resets whenever the server says it changed. */}
          <WorkspaceSwitcher key={props.activeWorkspaceKey} workspaces={props.workspaces} activeKey={props.activeWorkspaceKey} />
          <Link href="/account" className="text-sm text-ink-muted underline underline-offset-2">
            <VisuallyHidden>Your account: </VisuallyHidden>
            {props.userName}
          </Link>
          <SignOutButton />
        </div>
      </div>
      <NavLinks items={props.navigation} />
    </header>
  );
}
