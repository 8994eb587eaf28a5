import Link from "next/link";
import { Badge } from "@/components/ui/badge";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { requireAccess } from "@/lib/auth/current-access";
import { roleLabels } from "@/lib/auth/permissions";
import { homeNextSteps } from "@/lib/home/queries";

export default async function HomePage() {
  const access = await requireAccess();
  const steps = await homeNextSteps(access);
  const roles = access.workspace.roles.map((role) => roleLabels[role]).join(", ");
  return (
    <>
      <PageHeader title={`Hello, ${access.userName.split(" ")[0]}`} description={`${access.workspace.name} · ${roles}`} />
      <Card title="What to do next">
        <ul className="flex flex-col gap-3">
          {steps.map((step) => (
            <li key={step.text} className="flex flex-wrap items-start gap-2">
              <Badge tone={step.tone}>{step.tone === "warning" ? "Action needed" : "Next"}</Badge>
              {step.href ? (
                <Link href={step.href} className="text-brand-800 underline underline-offset-2">
                  {step.text}
                </Link>
              ) : (
                <span>{step.text}</span>
              )}
            </li>
          ))}
        </ul>
      </Card>
    </>
  );
}
