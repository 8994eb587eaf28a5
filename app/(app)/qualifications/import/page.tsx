import type { Metadata } from "next";
import { BackLink } from "@/components/ui/back-link";
import { PageHeader } from "@/components/ui/page-header";
import { requireAccess } from "@/lib/auth/current-access";
import { orNotFound } from "@/lib/errors/or-not-found";
import { getImportPage } from "@/lib/qualification-import/queries";
import { FormatHelp } from "./format-help";
import { ImportQualificationForm } from "./import-form";

export const metadata: Metadata = { title: "Import a qualification" };

export default async function ImportQualificationPage() {
  const access = await requireAccess();
  const page = await orNotFound(getImportPage(access));
  return (
    <>
      <BackLink href="/qualifications">Back to qualifications</BackLink>
      <PageHeader
        title="Import a qualification"
        description={
          page.destination === "centre"
            ? `Add another qualification's units, learning outcomes, assessment criteria and rule of combination from a CSV or JSON file, for ${page.destinationName}'s own use.`
            : `Add a qualification's units, learning outcomes, assessment criteria and rule of combination from a CSV or JSON file to ${page.destinationName}'s catalogue.`
        }
      />
      <div className="flex flex-col gap-6">
        <ImportQualificationForm
          workspaceKey={access.workspace.key}
          destination={page.destination}
          destinationName={page.destinationName}
          takenNumbers={page.takenNumbers}
        />
        <FormatHelp />
      </div>
    </>
  );
}
