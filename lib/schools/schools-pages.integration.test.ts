import { describe, expect, it } from "vitest";
import { renderPage, signInAtAwardingBody } from "@/tests/support/page-session";
import { getPrisma } from "@/lib/db/client";
import { createAwardingBodyWorld } from "@/tests/factories/awarding-body-world";

// The schools pages rendered from the real database: Naace's staff see their schools with the ICT
// Mark state and expiry, filtered; a school's page has its award, reminder and history; another
// body's school and the pages for anyone without school.manage are "not found".

const { default: SchoolsPage } = await import("@/app/(app)/schools/page");
const { default: SchoolPage } = await import("@/app/(app)/schools/[schoolId]/page");
const { default: NewSchoolPage } = await import("@/app/(app)/schools/new/page");

const notFoundPage = { digest: expect.stringContaining("404") };
const decode = (html: string) => html.replaceAll("&#x27;", "'").replaceAll("&quot;", '"').replaceAll("&amp;", "&");
const db = () => getPrisma();
const yearsAgo = (years: number, days = 0) => {
  const date = new Date();
  date.setUTCFullYear(date.getUTCFullYear() - years);
  date.setUTCDate(date.getUTCDate() - days);
  return new Date(date.toISOString().slice(0, 10));
};

async function schoolsWorld() {
  const world = await createAwardingBodyWorld();
  // Relative to today, so the states hold whenever the test runs: expires in about a month, expired, current.
  await db().school.update({ where: { id: world.school.id }, data: { ictMarkAwardedOn: yearsAgo(3, -30) } });
  const expired = await db().school.create({
    data: { awardingBodyId: world.naace.id, name: "Aspen Primary", ictMarkAwardedOn: yearsAgo(3, 20) },
  });
  const current = await db().school.create({ data: { awardingBodyId: world.naace.id, name: "Cedar High", ictMarkAwardedOn: yearsAgo(1) } });
  return { ...world, expired, current };
}

describe("schools pages", () => {
  it("lists Naace's schools with state and expiry, filtered by ?ictMark", async () => {
    const world = await schoolsWorld();
    await signInAtAwardingBody(world.naaceStaff.id, world.naace.id);
    const all = decode(await renderPage(SchoolsPage({ searchParams: Promise.resolve({}) })));
    expect(all).toContain("Schools and their ICT Mark");
    for (const name of [world.school.name, "Aspen Primary", "Cedar High"]) expect(all).toContain(name);
    expect(all).toContain("Renewal due (1)");
    expect(all).toContain("Expired (1)");
    expect(all).toContain("reminder due");
    expect(all).not.toContain(world.icsSchool.name);

    const due = decode(await renderPage(SchoolsPage({ searchParams: Promise.resolve({ ictMark: "renewalDue" }) })));
    expect(due).toContain(world.school.name);
    expect(due).not.toContain("Aspen Primary");
    expect(due).not.toContain("Cedar High");
    expect(due).toContain('aria-current="page"');

    const school = decode(await renderPage(SchoolPage({ params: Promise.resolve({ schoolId: world.school.id }) })));
    expect(school).toContain("Send renewal reminder");
    expect(school).toContain("head@hillside.test");
    expect(school).toContain("The ICT Mark runs to");
    expect(school).toContain("No renewal reminder has been sent to this school.");
    expect(school).toContain("Record a renewal");

    const expired = decode(await renderPage(SchoolPage({ params: Promise.resolve({ schoolId: world.expired.id }) })));
    expect(expired).toContain("The ICT Mark expired on");
    expect(expired).not.toContain("Send renewal reminder");

    expect(decode(await renderPage(NewSchoolPage()))).toContain("Add school");
  });

  it("another body's school, a malformed id and an approved assessor are not found; the Institute is told schools are Naace's", async () => {
    const world = await schoolsWorld();
    await signInAtAwardingBody(world.naaceStaff.id, world.naace.id);
    await expect(renderPage(SchoolPage({ params: Promise.resolve({ schoolId: world.icsSchool.id }) }))).rejects.toMatchObject(notFoundPage);
    await expect(renderPage(SchoolPage({ params: Promise.resolve({ schoolId: "not-an-id" }) }))).rejects.toMatchObject(notFoundPage);

    await signInAtAwardingBody(world.naaceAssessor.id, world.naace.id);
    await expect(renderPage(SchoolsPage({ searchParams: Promise.resolve({}) }))).rejects.toMatchObject(notFoundPage);
    await expect(renderPage(SchoolPage({ params: Promise.resolve({ schoolId: world.school.id }) }))).rejects.toMatchObject(notFoundPage);

    await signInAtAwardingBody(world.icsStaff.id, world.ics.id);
    const ics = decode(await renderPage(SchoolsPage({ searchParams: Promise.resolve({}) })));
    expect(ics).toContain("Schools are part of Naace's ICT Mark scheme");
    expect(ics).not.toContain(world.icsSchool.name);
    expect(ics).not.toContain(world.school.name);
    await expect(renderPage(SchoolPage({ params: Promise.resolve({ schoolId: world.icsSchool.id }) }))).rejects.toMatchObject(notFoundPage);
  });
});
