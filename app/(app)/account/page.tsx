import type { Metadata } from "next";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { requireAccess } from "@/lib/auth/current-access";
import { roleLabels } from "@/lib/auth/permissions";
import { ChangePasswordForm } from "./change-password-form";

export const metadata: Metadata = { title: "Your account" };

export default async function AccountPage() {
  const access = await requireAccess();
  return (
    <>
      <PageHeader title="Your account" description={access.userName} />
      <div className="flex flex-col gap-6">
        <Card title="Where you work">
          <ul className="flex flex-col gap-2">
            {access.workspaces.map((workspace) => (
              <li key={workspace.key}>
                <span className="font-semibold">{workspace.name}</span>
                {workspace.kind === "centre" ? ` (centre ${workspace.centreNumber})` : " (awarding body)"}:{" "}
                {workspace.roles.map((role) => roleLabels[role]).join(", ")}
              </li>
            ))}
          </ul>
        </Card>
        <Card title="Change your password">
          <ChangePasswordForm />
        </Card>
      </div>
    </>
  );
}
