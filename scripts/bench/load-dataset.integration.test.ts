import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { contentSha256 } from "@/lib/signatures/canonical";
import { withDeferredIndexes } from "./defer-indexes";
import { benchAccounts, datasetPlan } from "./dataset-plan";
import { bulkTables, loadSteps } from "./load-dataset";

// The benchmark dataset's generator at its smallest scale, on a real migrated database: what
// bench:http and issue 9's benchmark rely on is there, the signed versions hash as the app's
// signature code computes them, and the indexes dropped for the load come back as migrated.

const plan = datasetPlan(0.001);
let client: pg.Client;

const schemaShape = async () =>
  (
    await client.query<{ def: string }>(
      `SELECT pg_get_indexdef(indexrelid) AS def FROM pg_index i JOIN pg_class c ON c.oid = i.indrelid WHERE c.relnamespace = 'public'::regnamespace
       UNION ALL SELECT conrelid::regclass::text || ' ' || conname || ' ' || pg_get_constraintdef(oid) FROM pg_constraint WHERE connamespace = 'public'::regnamespace
       ORDER BY 1`,
    )
  ).rows.map((row) => row.def);

beforeAll(async () => {
  client = new pg.Client({ connectionString: process.env.DATABASE_OWNER_URL });
  await client.connect();
  const before = await schemaShape();
  await withDeferredIndexes(
    client,
    bulkTables,
    async () => {
      for (const step of loadSteps(plan, "not-a-real-hash")) await step.run(client);
    },
    () => undefined,
  );
  expect(await schemaShape()).toEqual(before);
}, 120_000);

afterAll(async () => {
  await client.end();
});

const count = async (sql: string, values: unknown[] = []) => Number((await client.query<{ n: string }>(sql, values)).rows[0]!.n);

describe("the bench dataset", () => {
  it("has the planned centres, staff, candidates and evidence-to-criterion links", async () => {
    expect(await count(`SELECT count(*) AS n FROM "Centre"`)).toBe(plan.centres);
    expect(await count(`SELECT count(*) AS n FROM "Membership" WHERE role <> 'CANDIDATE'`)).toBe(2_000);
    expect(await count(`SELECT count(*) AS n FROM "Candidate"`)).toBe(plan.candidates);
    expect(await count(`SELECT count(*) AS n FROM "EvidenceCriterion"`)).toBe(plan.evidenceLinks);
    expect(await count(`SELECT count(*) AS n FROM "Unit"`)).toBe(45);
    // Every unit has outcomes and criteria; the three real units are as in the reference material.
    expect(await count(`SELECT count(DISTINCT "unitId") AS n FROM "AssessmentCriterion"`)).toBe(45);
    expect(
      await count(`SELECT count(*) AS n FROM "AssessmentCriterion" c JOIN "Unit" u ON u.id = c."unitId" WHERE u.urn = 'R/506/2151'`),
    ).toBe(17);
  });

  it("gives the bench assessor 300 active candidates at one centre", async () => {
    const rows = await client.query<{ centres: string; n: string }>(
      `SELECT count(DISTINCT c."centreId") AS centres, count(*) AS n FROM "Candidate" c JOIN "User" a ON a.id = c."assessorUserId"
        WHERE a.email = $1 AND c.status = 'ACTIVE'`,
      [benchAccounts.assessor],
    );
    expect(rows.rows[0]).toEqual({ centres: "1", n: "300" });
  });

  it("gives the forty-unit candidate evidence for every criterion of the 40 units they are entered for", async () => {
    const { rows } = await client.query<{ entered: number; linked: number; criteria: number; links: number }>(
      `SELECT cardinality(c."entryUnitIds") AS entered,
              (SELECT count(DISTINCT cr."unitId")::int FROM "EvidenceCriterion" ec JOIN "EvidenceItem" e ON e.id = ec."evidenceItemId"
                 JOIN "AssessmentCriterion" cr ON cr.id = ec."criterionId" WHERE e."candidateId" = c.id AND cr."unitId" = ANY(c."entryUnitIds")) AS linked,
              (SELECT count(*)::int FROM "AssessmentCriterion" cr WHERE cr."unitId" = ANY(c."entryUnitIds")) AS criteria,
              (SELECT count(*)::int FROM "EvidenceCriterion" ec JOIN "EvidenceItem" e ON e.id = ec."evidenceItemId" WHERE e."candidateId" = c.id) AS links
         FROM "Candidate" c JOIN "User" u ON u.id = c."userId" WHERE u.email = $1`,
      [benchAccounts.fortyUnitCandidate],
    );
    const forty = rows[0]!;
    expect(forty.entered).toBe(40);
    expect(forty.linked).toBe(40);
    // Each criterion of the 40 units once, and nothing else.
    expect(forty.links).toBe(forty.criteria);
  });

  it("links evidence only to criteria of the candidate's own centre's catalogue, each once per item", async () => {
    expect(
      await count(
        `SELECT count(*) AS n FROM "EvidenceCriterion" ec JOIN "EvidenceItem" e ON e.id = ec."evidenceItemId" WHERE e."centreId" <> ec."centreId"`,
      ),
    ).toBe(0);
    expect(await count(`SELECT count(*) AS n FROM "AssessmentCriterion" WHERE "centreId" IS NOT NULL`)).toBe(0);
  });

  it("signs each signed-off or awaiting decision, hashing the canonical content as the app's signature code does", async () => {
    const { rows } = await client.query<{ content: unknown; contentSha256: string; signatures: string[] }>(
      `SELECT v.content, v."contentSha256", array_agg(s."contentSha256") AS signatures
         FROM "RecordVersion" v JOIN "Signature" s ON s."recordVersionId" = v.id GROUP BY v.id`,
    );
    expect(rows.length).toBeGreaterThan(0);
    for (const row of rows) {
      expect(row.contentSha256).toBe(contentSha256(row.content));
      expect(new Set(row.signatures)).toEqual(new Set([row.contentSha256]));
    }
    expect(
      await count(
        `SELECT count(*) AS n FROM "UnitDecision" d WHERE d.status IN ('SIGNED_OFF', 'AWAITING_COUNTERSIGNATURE')
            AND NOT EXISTS (SELECT 1 FROM "Signature" s WHERE s."recordType" = 'UNIT_DECISION' AND s."recordId" = d.id::text AND s.role = 'ASSESSOR')`,
      ),
    ).toBe(0);
    // Decisions by an assessor working towards their qualification count only once countersigned.
    expect(
      await count(
        `SELECT count(*) AS n FROM "UnitDecision" d JOIN "StaffQualification" q ON q."userId" = d."assessorUserId" AND NOT q.held
          WHERE d.status = 'SIGNED_OFF'
            AND NOT EXISTS (SELECT 1 FROM "Signature" s WHERE s."recordId" = d.id::text AND s.role = 'COUNTERSIGNING_ASSESSOR')`,
      ),
    ).toBe(0);
  });
});
