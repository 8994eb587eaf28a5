import type { Metadata } from "next";
import Link from "next/link";
import { Table, TBody, TD, TH, THead, TR } from "@/components/ui/table";
import { publishedAssessorLists } from "@/lib/assessor-register/published-list";

export const metadata: Metadata = { title: "Registered ICT Mark assessors" };
// Read from the database on every request: the list changes as assessors are registered or removed.
export const dynamic = "force-dynamic";

// Public (outside the signed-in area): schools choose an assessor from this list. Name and
// organisation only.

export default async function RegisteredAssessorsPage() {
  const lists = await publishedAssessorLists();
  return (
    <main id="main" className="mx-auto flex min-h-screen max-w-3xl flex-col px-4 py-10">
      <p className="text-2xl font-bold text-brand-700">Assay</p>
      <h1 className="mt-2 text-3xl font-bold text-ink">Registered ICT Mark assessors</h1>
      <p className="mt-2 text-ink-muted">
        Assessors registered with the awarding body for the ICT Mark. A school may ask for an assessor of its choice from this list; if it
        has no preference, the awarding body allocates one.
      </p>
      {lists.length === 0 ? (
        <p className="mt-6">No awarding body publishes a list of registered assessors here.</p>
      ) : (
        lists.map((list) => (
          <section key={list.awardingBodyName} className="mt-8" aria-label={`${list.awardingBodyName}: registered assessors`}>
            <h2 className="mb-3 text-xl font-semibold text-ink">{list.awardingBodyName}</h2>
            {list.assessors.length === 0 ? (
              <p>No assessor is registered at present.</p>
            ) : (
              <Table caption={`${list.awardingBodyName}: registered assessors`} captionHidden>
                <THead>
                  <TR>
                    <TH>Name</TH>
                    <TH>Organisation</TH>
                  </TR>
                </THead>
                <TBody>
                  {list.assessors.map((assessor, index) => (
                    <TR key={`${assessor.name}-${index}`}>
                      <TH scope="row">{assessor.name}</TH>
                      <TD>{assessor.organisation ?? ""}</TD>
                    </TR>
                  ))}
                </TBody>
              </Table>
            )}
          </section>
        ))
      )}
      <p className="mt-10">
        <Link href="/sign-in">Sign in to Assay</Link>
      </p>
    </main>
  );
}
