import type { Metadata } from "next";
import { BackLink } from "@/components/ui/back-link";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { requireAccess } from "@/lib/auth/current-access";
import { orNotFound } from "@/lib/errors/or-not-found";
import { listSchools } from "@/lib/schools/queries";
import { NoIctMark } from "../no-ict-mark";
import { SchoolForm } from "../school-form";

export const metadata: Metadata = { title: "Add a school" };

export default async function NewSchoolPage() {
  const access = await requireAccess();
  const overview = await orNotFound(listSchools(access, { filter: null }));
  return (
    <>
      <BackLink href="/schools">Back to schools</BackLink>
      <PageHeader
        title="Add a school"
        description="A school working towards or holding the ICT Mark. Record its award on the school's page."
      />
      {overview.runsIctMark ? (
        <Card>
          <SchoolForm workspaceKey={access.workspace.key} />
        </Card>
      ) : (
        <NoIctMark bodyName={overview.bodyName} />
      )}
    </>
  );
}
