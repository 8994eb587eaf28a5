import type pg from "pg";
import { ocr10380UnitCriteria } from "../../lib/qualifications/ocr-10380-assessment-criteria";
import { ocrLevel3DiplomaInCustomerService as ocr } from "../../lib/qualifications/ocr-10380";
import {
  benchAccounts,
  generatedOutcomes,
  leadAssessorPosition,
  linkSplit,
  staffRoles,
  unqualifiedAssessorPosition,
  type DatasetPlan,
} from "./dataset-plan";

// The benchmark dataset, loaded with set-based SQL (INSERT … SELECT over generate_series and small
// mapping tables), never a row at a time. Each step is one or a few statements; the caller times
// them. Temporary tables (b_*) map the generator's numbers (centre 1…200, candidate 1…50,000, unit
// 0…44, criterion position within a unit) to the rows' uuids, and live for the session only.
//
// Placement mirrors dataset-plan.ts (candidatePlacement): candidates 1…300 are the bench
// assessor's at centre 1; the rest go round the centres, then round positions 3…8 of the staff.

export interface LoadStep {
  name: string;
  run(client: pg.Client): Promise<void>;
}

const firstNames = ["Amira", "Ben", "Chloe", "Dev", "Ella", "Femi", "Grace", "Harry", "Isla", "Jamal", "Kate", "Liam", "Maya", "Noah"];
const lastNames = ["Patel", "Jones", "Khan", "Smith", "Nowak", "Okoro", "Evans", "Murphy", "Ali", "Brown", "Walsh", "Hughes", "Chen"];
const sqlArray = (values: readonly string[]) => `ARRAY[${values.map((v) => `'${v.replace(/'/g, "''")}'`).join(",")}]`;
/** A person's name from a number, the same way for staff and candidates. */
const personName = (n: string) =>
  `(${sqlArray(firstNames)})[1 + (${n}) % ${firstNames.length}] || ' ' || (${sqlArray(lastNames)})[1 + ((${n}) / ${firstNames.length}) % ${lastNames.length}]`;

export function loadSteps(plan: DatasetPlan, passwordHash: string): LoadStep[] {
  const C = plan.centres;
  const N = plan.candidates;
  const named = plan.namedAssessorCandidates;
  const busyDecisions = plan.busyCentreDecisionsPerCandidate;
  const otherDecisions = plan.decisionsPerCandidate;

  return [
    {
      name: "catalogue: OCR 10380, its 45 units, outcomes and criteria",
      async run(client) {
        const { rows } = await client.query<{ id: string }>(
          `INSERT INTO "AwardingBody" (id, name, "legalName") VALUES (gen_random_uuid(), $1, 'Oxford Cambridge and RSA Examinations') RETURNING id`,
          [ocr.awardingBody],
        );
        const bodyId = rows[0]!.id;
        const qualification = await client.query<{ id: string }>(
          `INSERT INTO "Qualification" (id, "awardingBodyId", "qualificationNumber", title, "entryCode", level, "minimumGuidedLearningHours", "ruleOfCombination")
           VALUES (gen_random_uuid(), $1, $2, $3, $4, $5, $6, $7) RETURNING id`,
          [
            bodyId,
            ocr.qualificationNumber,
            ocr.title,
            ocr.entryCode,
            ocr.level,
            ocr.minimumGuidedLearningHours,
            JSON.stringify({ groups: ocr.groups, rules: ocr.rules }),
          ],
        );
        const qualificationId = qualification.rows[0]!.id;
        await client.query(`CREATE TEMP TABLE b_meta AS SELECT $1::uuid AS body_id, $2::uuid AS qualification_id`, [
          bodyId,
          qualificationId,
        ]);
        const units = [...ocr.units].sort((a, b) => a.unitNumber - b.unitNumber);
        await client.query(
          `CREATE TEMP TABLE b_unit AS
             SELECT (u.n - 1)::int AS idx, gen_random_uuid() AS id, u.* FROM unnest($1::int[], $2::text[], $3::text[], $4::int[], $5::int[], $6::int[], $7::text[])
               WITH ORDINALITY AS u(unit_number, urn, title, credit, level, glh, grp, n)`,
          [
            units.map((u) => u.unitNumber),
            units.map((u) => u.urn),
            units.map((u) => u.title),
            units.map((u) => u.credit),
            units.map((u) => u.level),
            units.map((u) => u.glh),
            units.map((u) => u.group),
          ],
        );
        await client.query(
          `INSERT INTO "Unit" (id, "qualificationId", urn, "unitNumber", title, credit, level, glh, "group")
           SELECT id, (SELECT qualification_id FROM b_meta), urn, unit_number, title, credit, level, glh, grp FROM b_unit`,
        );
        // Published content (centreId null): the reference material's three units as written, the
        // others generated, as a centre admin would type them in.
        const outcomes: { urn: string; ref: string; title: string | null; position: number }[] = [];
        const criteria: { urn: string; outcomeRef: string; ref: string; text: string; position: number }[] = [];
        units.forEach((unit, index) => {
          const real = ocr10380UnitCriteria.find((u) => u.urn === unit.urn);
          const unitOutcomes = real ? real.outcomes : generatedOutcomes(index, unit.title);
          let position = 0;
          unitOutcomes.forEach((outcome, o) => {
            outcomes.push({ urn: unit.urn, ref: outcome.ref, title: outcome.title, position: o });
            for (const criterion of outcome.criteria)
              criteria.push({ urn: unit.urn, outcomeRef: outcome.ref, ref: criterion.ref, text: criterion.text, position: position++ });
          });
        });
        await client.query(
          `INSERT INTO "LearningOutcome" (id, "centreId", "unitId", ref, title, position)
           SELECT gen_random_uuid(), NULL, b_unit.id, o.ref, o.title, o.position
             FROM unnest($1::text[], $2::text[], $3::text[], $4::int[]) AS o(urn, ref, title, position) JOIN b_unit USING (urn)`,
          [outcomes.map((o) => o.urn), outcomes.map((o) => o.ref), outcomes.map((o) => o.title), outcomes.map((o) => o.position)],
        );
        await client.query(
          `INSERT INTO "AssessmentCriterion" (id, "centreId", "unitId", "learningOutcomeId", ref, text, position)
           SELECT gen_random_uuid(), NULL, b_unit.id, lo.id, c.ref, c.text, c.position
             FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::int[]) AS c(urn, outcome_ref, ref, text, position)
             JOIN b_unit USING (urn)
             JOIN "LearningOutcome" lo ON lo."unitId" = b_unit.id AND lo.ref = c.outcome_ref`,
          [
            criteria.map((c) => c.urn),
            criteria.map((c) => c.outcomeRef),
            criteria.map((c) => c.ref),
            criteria.map((c) => c.text),
            criteria.map((c) => c.position),
          ],
        );
        await client.query(
          `CREATE TEMP TABLE b_crit AS
             SELECT b_unit.idx AS unit_idx, (row_number() OVER (PARTITION BY b_unit.idx ORDER BY c.position) - 1)::int AS pos, c.id
               FROM "AssessmentCriterion" c JOIN b_unit ON b_unit.id = c."unitId"`,
        );
        await client.query(`CREATE UNIQUE INDEX ON b_crit (unit_idx, pos)`);
        await client.query(`ALTER TABLE b_unit ADD COLUMN ncrit int`);
        await client.query(`UPDATE b_unit SET ncrit = (SELECT count(*) FROM b_crit WHERE b_crit.unit_idx = b_unit.idx)`);
      },
    },
    {
      name: `centres (${C})`,
      async run(client) {
        await client.query(`CREATE TEMP TABLE b_centre AS SELECT i AS idx, gen_random_uuid() AS id FROM generate_series(1, ${C}) AS i`);
        await client.query(
          `INSERT INTO "Centre" (id, name, "centreNumber", "awardingBodyId", "approvedOn")
           SELECT id, CASE WHEN idx = 1 THEN 'Benchmark College (busy centre)' ELSE 'Bench Training Centre ' || idx END,
                  (20000 + idx)::text, (SELECT body_id FROM b_meta), date '2015-01-01' + idx * 7
             FROM b_centre`,
        );
      },
    },
    {
      name: `staff (${C * plan.staffPerCentre}): users, memberships, assessor qualifications, occupational competence`,
      async run(client) {
        const roles = sqlArray(staffRoles);
        await client.query(
          `CREATE TEMP TABLE b_staff AS
             SELECT c.idx AS centre_idx, c.id AS centre_id, j, gen_random_uuid() AS id, (${roles})[j]::"CentreRole" AS role,
                    CASE WHEN c.idx = 1 AND j = 1 THEN '${benchAccounts.admin}'
                         WHEN c.idx = 1 AND j = ${leadAssessorPosition} THEN '${benchAccounts.assessor}'
                         WHEN c.idx = 1 AND j = 9 THEN '${benchAccounts.iqa}'
                         ELSE 'staff' || c.idx || '-' || j || '@bench.example' END AS email,
                    ${personName("c.idx * 10 + j")} AS name
               FROM b_centre c CROSS JOIN generate_series(1, ${plan.staffPerCentre}) AS j`,
        );
        await client.query(`CREATE UNIQUE INDEX ON b_staff (centre_idx, j)`);
        await client.query(`ANALYZE b_staff`);
        await client.query(
          `INSERT INTO "User" (id, email, name, "passwordHash", "updatedAt") SELECT id, email, name, $1, now() FROM b_staff`,
          [passwordHash],
        );
        await client.query(
          `INSERT INTO "Membership" (id, "centreId", "userId", role, "isHeadOfCentre", "updatedAt")
           SELECT gen_random_uuid(), centre_id, id, role, j = 1, now() FROM b_staff`,
        );
        await client.query(
          `INSERT INTO "StaffQualification" (id, "userId", code, held, "achievedOn")
           SELECT gen_random_uuid(), id, CASE WHEN role = 'IQA' THEN 'V1' ELSE 'CAVA' END, j <> ${unqualifiedAssessorPosition},
                  CASE WHEN j <> ${unqualifiedAssessorPosition} THEN date '2018-06-01' + centre_idx END
             FROM b_staff WHERE role IN ('ASSESSOR', 'IQA')`,
        );
        await client.query(
          `INSERT INTO "OccupationalCompetence" (id, "userId", "unitId", basis)
           SELECT gen_random_uuid(), s.id, u.id, 'Six years in customer service, three as a team leader'
             FROM b_staff s CROSS JOIN b_unit u WHERE s.role = 'ASSESSOR'`,
        );
      },
    },
    {
      name: `candidates (${N}): users, memberships, registrations (RD01)`,
      async run(client) {
        // u0: the first of the four units the candidate is working on (unit 0 for the forty-unit candidate).
        await client.query(
          `CREATE TEMP TABLE b_cand AS
             SELECT i AS idx, gen_random_uuid() AS id, gen_random_uuid() AS user_id,
                    CASE WHEN i <= ${named} THEN 1 ELSE 1 + (i - ${named} - 1) % ${C} END AS centre_idx,
                    CASE WHEN i <= ${named} THEN ${leadAssessorPosition} ELSE 3 + ((i - ${named} - 1) / ${C}) % 6 END AS assessor_j,
                    9 + i % 2 AS iqa_j,
                    CASE WHEN i = 1 THEN 0 ELSE i % 45 END AS u0,
                    CASE WHEN i <= ${named} THEN 'ACTIVE' WHEN i % 20 = 7 THEN 'WITHDRAWN' WHEN i % 20 = 13 THEN 'COMPLETED' ELSE 'ACTIVE' END::"CandidateStatus" AS status
               FROM generate_series(1, ${N}) AS i`,
        );
        await client.query(
          `ALTER TABLE b_cand ADD COLUMN centre_id uuid, ADD COLUMN assessor_id uuid, ADD COLUMN iqa_id uuid, ADD COLUMN entry_units uuid[]`,
        );
        await client.query(
          `UPDATE b_cand SET centre_id = c.id, assessor_id = a.id, iqa_id = q.id
             FROM b_centre c, b_staff a, b_staff q
            WHERE c.idx = b_cand.centre_idx AND a.centre_idx = b_cand.centre_idx AND a.j = b_cand.assessor_j
              AND q.centre_idx = b_cand.centre_idx AND q.j = b_cand.iqa_j`,
        );
        // Entered for named units: the forty-unit candidate (units 1-40), and one in ten elsewhere
        // outside the busy centre (their four units); everyone else for the full award.
        await client.query(
          `UPDATE b_cand SET entry_units = ARRAY(SELECT id FROM b_unit WHERE idx < ${plan.fortyUnits} ORDER BY idx) WHERE idx = 1`,
        );
        await client.query(
          `UPDATE b_cand SET entry_units = ARRAY(SELECT id FROM b_unit WHERE idx IN (u0, (u0 + 1) % 45, (u0 + 2) % 45, (u0 + 3) % 45) ORDER BY idx)
            WHERE idx > ${named} AND idx % 10 = 3 AND centre_idx <> 1`,
        );
        await client.query(`CREATE UNIQUE INDEX ON b_cand (idx)`);
        await client.query(`ANALYZE b_cand`);
        await client.query(
          `INSERT INTO "User" (id, email, name, "passwordHash", "updatedAt")
           SELECT user_id, 'candidate' || idx || '@bench.example', CASE WHEN idx = 1 THEN 'Fran Fortyunits' ELSE ${personName("idx * 7")} END, $1, now()
             FROM b_cand`,
          [passwordHash],
        );
        await client.query(
          `INSERT INTO "Membership" (id, "centreId", "userId", role, status, "deactivatedAt", "updatedAt")
           SELECT gen_random_uuid(), centre_id, user_id, 'CANDIDATE', CASE WHEN status = 'WITHDRAWN' THEN 'DEACTIVATED' ELSE 'ACTIVE' END::"MembershipStatus",
                  CASE WHEN status = 'WITHDRAWN' THEN now() END, now()
             FROM b_cand`,
        );
        await client.query(
          `INSERT INTO "Candidate" (id, "centreId", "userId", name, email, phone, "dateOfBirth", uln, "publiclyFunded", employer, workplace,
                                   "qualificationId", "entryType", "entryUnitIds", "startDate", "entryConfirmedOn", "assessorUserId", "iqaUserId",
                                   "initialAssessmentOn", "initialAssessmentOutcome", status, "withdrawnOn", "withdrawalReason", "completedOn",
                                   "registeredById", "updatedAt")
           SELECT c.id, c.centre_id, c.user_id, u.name, u.email, '07700 9' || lpad((c.idx % 100000)::text, 5, '0'),
                  date '1985-01-01' + (c.idx * 37) % 9000, NULL, c.idx % 3 = 0,
                  'Employer ' || (c.idx % 500), 'Site ' || (c.idx % 7 + 1),
                  (SELECT qualification_id FROM b_meta),
                  CASE WHEN c.entry_units IS NULL THEN 'FULL_AWARD' ELSE 'UNITS' END::"EntryType", coalesce(c.entry_units, '{}'),
                  date '2025-09-01' + c.idx % 120, date '2025-09-15' + c.idx % 120, c.assessor_id, c.iqa_id,
                  date '2025-09-08' + c.idx % 120, 'Level 3 is right: two years in a customer-facing role', c.status,
                  CASE WHEN c.status = 'WITHDRAWN' THEN date '2026-02-01' END, CASE WHEN c.status = 'WITHDRAWN' THEN 'Left the employer' END,
                  CASE WHEN c.status = 'COMPLETED' THEN date '2026-03-01' END,
                  admin.id, now()
             FROM b_cand c JOIN "User" u ON u.id = c.user_id JOIN b_staff admin ON admin.centre_idx = c.centre_idx AND admin.j = 1`,
        );
      },
    },
    {
      name: "assessment plans (one per candidate; one in five awaiting the candidate)",
      async run(client) {
        await client.query(
          `INSERT INTO "AssessmentPlan" (id, "centreId", "candidateId", title, activities, methods, "evidenceSources", "unitIds", "plannedOn", "reviewOn",
                                        place, "peopleInvolved", status, "createdById", "updatedAt")
           SELECT gen_random_uuid(), c.centre_id, c.id, 'Plan for units ' || (c.u0 + 1) || ' to ' || ((c.u0 + 3) % 45 + 1),
                  'Observe handling of customer enquiries; professional discussion on complaints', ARRAY['OBSERVATION', 'PROFESSIONAL_DISCUSSION']::"AssessmentMethod"[],
                  'Workplace observation, CRM records, witness from line manager',
                  ARRAY(SELECT id FROM b_unit WHERE idx IN (c.u0, (c.u0 + 1) % 45, (c.u0 + 2) % 45, (c.u0 + 3) % 45) ORDER BY idx),
                  date '2026-01-10' + c.idx % 200, date '2026-02-10' + c.idx % 200, 'Candidate''s workplace', 'Line manager',
                  CASE WHEN c.idx % 5 = 0 THEN 'AWAITING_CANDIDATE' ELSE 'AGREED' END::"AssessmentPlanStatus", c.assessor_id, now()
             FROM b_cand c`,
        );
      },
    },
    {
      name: `evidence items and ${plan.evidenceLinks.toLocaleString("en-GB")} evidence-to-criterion links`,
      async run(client) {
        const { rows } = await client.query<{ n: string }>(`SELECT sum(ncrit)::text AS n FROM b_unit WHERE idx < ${plan.fortyUnits}`);
        const { generalLinks, generalItems } = linkSplit(plan, Number(rows[0]!.n));
        const per = plan.linksPerItem;
        // One row per evidence item: the unit it covers, the first criterion position and how many
        // criteria it links. The forty-unit candidate's items cover every criterion of units 0-39
        // once; everyone else's (items k = 0…) go round the candidates, each item covering 5
        // consecutive criteria of one of the candidate's four units.
        await client.query(
          `CREATE TEMP TABLE b_item AS
             SELECT 1 AS cand_idx, (row_number() OVER (ORDER BY u.idx, chunk))::int AS ref_no, u.idx AS unit_idx, u.ncrit,
                    chunk * ${per} AS first_pos, least(${per}, u.ncrit - chunk * ${per}) AS nlinks,
                    CASE WHEN u.idx = ${plan.fortyUnits - 1} THEN 'AWAITING_JUDGEMENT' ELSE 'ACCEPTED' END::"EvidenceStatus" AS status, chunk AS k
               FROM b_unit u CROSS JOIN LATERAL generate_series(0, (u.ncrit - 1) / ${per}) AS chunk
              WHERE u.idx < ${plan.fortyUnits}
             UNION ALL
             SELECT 2 + k % ${N - 1}, 1 + k / ${N - 1}, u.idx, u.ncrit, ((k / ${N - 1}) / 4 * ${per}) % u.ncrit, least(${per}, ${generalLinks} - k * ${per}),
                    CASE WHEN k % 10 < 7 THEN 'ACCEPTED' WHEN k % 10 < 9 THEN 'AWAITING_JUDGEMENT' ELSE 'REJECTED' END::"EvidenceStatus", k
               FROM generate_series(0, ${generalItems - 1}) AS k
               JOIN b_cand c ON c.idx = 2 + k % ${N - 1}
               JOIN b_unit u ON u.idx = (c.u0 + (k / ${N - 1}) % 4) % 45`,
        );
        await client.query(`ALTER TABLE b_item ADD COLUMN id uuid NOT NULL DEFAULT gen_random_uuid()`);
        await client.query(`ANALYZE b_item`);
        const methods = sqlArray(["OBSERVATION", "WORK_PRODUCT", "PROFESSIONAL_DISCUSSION", "QUESTIONING", "PERSONAL_STATEMENT"]);
        await client.query(
          `INSERT INTO "EvidenceItem" (id, "centreId", "candidateId", reference, title, method, location, description, status, "rejectionReason",
                                      "anonymisationConfirmed", "submittedById", "judgedById", "judgedAt", "createdAt", "updatedAt")
           SELECT i.id, c.centre_id, c.id, 'E' || i.ref_no, 'Evidence for unit ' || (i.unit_idx + 1) || ', item ' || i.ref_no,
                  (${methods})[1 + i.k % 5]::"AssessmentMethod", CASE WHEN i.k % 3 = 0 THEN 'Candidate''s workplace file' ELSE 'uploaded' END,
                  'What the candidate did and where the record is kept', i.status,
                  CASE WHEN i.status = 'REJECTED' THEN 'The customer''s name and address are visible: remove them and resubmit' END,
                  true, c.user_id, CASE WHEN i.status <> 'AWAITING_JUDGEMENT' THEN c.assessor_id END,
                  CASE WHEN i.status <> 'AWAITING_JUDGEMENT' THEN timestamp '2026-02-01' + (i.k % 90) * interval '1 day' END,
                  timestamp '2026-01-01' + (i.k % 90) * interval '1 day', now()
             FROM b_item i JOIN b_cand c ON c.idx = i.cand_idx`,
        );
        await client.query(
          `INSERT INTO "EvidenceCriterion" (id, "centreId", "evidenceItemId", "criterionId", "suggestedByCandidate", judgement)
           SELECT gen_random_uuid(), c.centre_id, i.id, cr.id, i.status = 'AWAITING_JUDGEMENT',
                  CASE i.status WHEN 'ACCEPTED' THEN CASE WHEN j = 4 AND i.k % 3 = 0 THEN 'PARTLY_MET' ELSE 'MET' END
                                WHEN 'REJECTED' THEN 'NOT_YET_MET' END::"CriterionJudgement"
             FROM b_item i
             JOIN b_cand c ON c.idx = i.cand_idx
             CROSS JOIN LATERAL generate_series(0, i.nlinks - 1) AS j
             JOIN b_crit cr ON cr.unit_idx = i.unit_idx AND cr.pos = (i.first_pos + j) % i.ncrit`,
        );
      },
    },
    {
      name: "assessment activities (one per candidate, 3 criteria each) and feedback on 7 in 10",
      async run(client) {
        await client.query(`CREATE TEMP TABLE b_activity AS SELECT gen_random_uuid() AS id, idx FROM b_cand`);
        const methods = sqlArray(["OBSERVATION", "QUESTIONING", "PROFESSIONAL_DISCUSSION", "WORK_PRODUCT"]);
        await client.query(
          `INSERT INTO "AssessmentActivity" (id, "centreId", "candidateId", "assessorUserId", method, "occurredOn", place, description, decision,
                                            "candidateComment", "updatedAt")
           SELECT a.id, c.centre_id, c.id, c.assessor_id, (${methods})[1 + c.idx % 4]::"AssessmentMethod", date '2026-01-05' + c.idx % 150,
                  'Customer service desk', 'Observed the candidate greet customers, find out what they needed and resolve a billing query',
                  CASE WHEN c.idx % 6 = 0 THEN 'PARTLY_MET' ELSE 'CRITERIA_MET' END::"ActivityDecision",
                  CASE WHEN c.idx % 2 = 0 THEN 'I was nervous but it went well' END, now()
             FROM b_activity a JOIN b_cand c USING (idx)`,
        );
        await client.query(
          `INSERT INTO "ActivityCriterion" (id, "centreId", "activityId", "criterionId", judgement, "howMet")
           SELECT gen_random_uuid(), c.centre_id, a.id, cr.id, 'MET', 'Seen during the observation: explained the options clearly'
             FROM b_activity a JOIN b_cand c USING (idx) JOIN b_crit cr ON cr.unit_idx = c.u0 AND cr.pos < 3`,
        );
        await client.query(
          `INSERT INTO "Feedback" (id, "centreId", "candidateId", "activityId", achieved, "nextSteps", "plannedActions", "candidateResponse",
                                  "candidateRespondedAt", "givenById", "givenAt", "updatedAt")
           SELECT gen_random_uuid(), c.centre_id, c.id, a.id, 'Dealt with the customer calmly and found the right answer',
                  'Show how you follow up when the answer takes longer', 'Observation of a complaint next month',
                  CASE WHEN c.idx % 2 = 0 THEN 'Thanks, I will ask my manager for a complaint to handle' END,
                  CASE WHEN c.idx % 2 = 0 THEN timestamp '2026-02-10' + (c.idx % 90) * interval '1 day' END,
                  c.assessor_id, timestamp '2026-02-08' + (c.idx % 90) * interval '1 day', now()
             FROM b_activity a JOIN b_cand c USING (idx) WHERE c.idx % 10 < 7`,
        );
      },
    },
    {
      name: `unit decisions (${busyDecisions} per candidate at the busy centre, ${otherDecisions} elsewhere), record versions and signatures`,
      async run(client) {
        // The latest decision of one candidate in five is formative; the not-yet-qualified
        // assessor's second-latest awaits countersignature; everything else is signed off (with a
        // countersignature by the centre's lead assessor where the assessor is not yet qualified).
        await client.query(
          `CREATE TEMP TABLE b_decision AS
             SELECT gen_random_uuid() AS id, c.idx AS cand_idx, k, d.n,
                    (SELECT id FROM b_unit WHERE idx = (c.u0 + k) % 45) AS unit_id,
                    date '2026-01-01' + (c.idx * 7 + k * 13) % 300 AS decided_on,
                    CASE WHEN k = d.n - 1 AND c.idx % 5 = 0 THEN 'RECORDED'
                         WHEN c.assessor_j = ${unqualifiedAssessorPosition} AND k = d.n - 2 THEN 'AWAITING_COUNTERSIGNATURE'
                         ELSE 'SIGNED_OFF' END::"UnitDecisionStatus" AS status
               FROM b_cand c
               CROSS JOIN LATERAL (SELECT CASE WHEN c.centre_idx = 1 THEN ${busyDecisions} ELSE ${otherDecisions} END AS n) d
               CROSS JOIN LATERAL generate_series(0, d.n - 1) AS k
              WHERE c.status <> 'WITHDRAWN'`,
        );
        await client.query(`ANALYZE b_decision`);
        await client.query(
          `INSERT INTO "UnitDecision" (id, "centreId", "candidateId", "unitId", "decisionType", outcome, rationale, "decidedOn", "assessorUserId", status, "updatedAt")
           SELECT d.id, c.centre_id, c.id, d.unit_id, CASE WHEN d.status = 'RECORDED' THEN 'FORMATIVE' ELSE 'SUMMATIVE' END::"DecisionType",
                  CASE WHEN d.status = 'RECORDED' THEN 'NOT_YET_ACHIEVED' ELSE 'ACHIEVED' END::"UnitOutcome",
                  'Every assessment criterion is met by accepted evidence and observation', d.decided_on, c.assessor_id, d.status, now()
             FROM b_decision d JOIN b_cand c ON c.idx = d.cand_idx`,
        );
        // Signed content in the canonical form of lib/signatures/canonical.ts (keys sorted, dates as
        // ISO strings), so contentSha256 is the SHA-256 of exactly the canonical JSON.
        await client.query(
          `CREATE TEMP TABLE b_version AS
             SELECT gen_random_uuid() AS id, d.id AS decision_id, c.centre_id, 'UNIT_DECISION'::"SignedRecordType" AS record_type, d.id::text AS record_id,
                    '{"assessorUserId":"' || c.assessor_id || '","candidateId":"' || c.id || '","decidedOn":"' || to_char(d.decided_on, 'YYYY-MM-DD') ||
                    'T00:00:00.000Z","decisionType":"SUMMATIVE","outcome":"ACHIEVED","rationale":"Every assessment criterion is met by accepted evidence and observation","unitId":"' ||
                    d.unit_id || '"}' AS canonical, c.assessor_id AS signer, d.status, c.assessor_j, c.centre_idx, d.decided_on
               FROM b_decision d JOIN b_cand c ON c.idx = d.cand_idx WHERE d.status <> 'RECORDED'
             UNION ALL
             SELECT gen_random_uuid(), d.id, c.centre_id, 'UNIT_EVIDENCE_DECLARATION', c.id || ':' || d.unit_id,
                    '{"candidateId":"' || c.id || '","statement":"The work is my own.","unitId":"' || d.unit_id || '"}', c.user_id, d.status, c.assessor_j,
                    c.centre_idx, d.decided_on - 2
               FROM b_decision d JOIN b_cand c ON c.idx = d.cand_idx WHERE d.status <> 'RECORDED'`,
        );
        await client.query(`ANALYZE b_version`);
        await client.query(
          `INSERT INTO "RecordVersion" (id, "centreId", "recordType", "recordId", version, content, "contentSha256", "createdById", "createdAt")
           SELECT id, centre_id, record_type, record_id, 1, canonical::jsonb, encode(sha256(convert_to(canonical, 'UTF8')), 'hex'), signer, decided_on
             FROM b_version`,
        );
        await client.query(
          `INSERT INTO "Signature" (id, "centreId", "recordVersionId", "recordType", "recordId", version, "signerUserId", role, statement, "contentSha256", "signedAt")
           SELECT gen_random_uuid(), v.centre_id, v.id, v.record_type, v.record_id, 1, v.signer,
                  CASE WHEN v.record_type = 'UNIT_DECISION' THEN 'ASSESSOR' ELSE 'CANDIDATE' END::"SignatureRole",
                  CASE WHEN v.record_type = 'UNIT_DECISION' THEN 'I confirm this assessment decision.' ELSE 'The work is my own.' END,
                  encode(sha256(convert_to(v.canonical, 'UTF8')), 'hex'), v.decided_on + interval '16 hours'
             FROM b_version v
           UNION ALL
           SELECT gen_random_uuid(), v.centre_id, v.id, v.record_type, v.record_id, 1, lead.id, 'COUNTERSIGNING_ASSESSOR',
                  'I countersign this assessment decision.', encode(sha256(convert_to(v.canonical, 'UTF8')), 'hex'), v.decided_on + interval '1 day 10 hours'
             FROM b_version v JOIN b_staff lead ON lead.centre_idx = v.centre_idx AND lead.j = ${leadAssessorPosition}
            WHERE v.record_type = 'UNIT_DECISION' AND v.status = 'SIGNED_OFF' AND v.assessor_j = ${unqualifiedAssessorPosition}`,
        );
      },
    },
    {
      name: "conflict-of-interest declarations (an IQA's, for one candidate in a hundred)",
      async run(client) {
        await client.query(
          `INSERT INTO "ConflictOfInterestDeclaration" (id, "centreId", "staffUserId", subject, "candidateId", relationship, details, "declaredOn")
           SELECT gen_random_uuid(), c.centre_id, q.id, 'CANDIDATE', c.id, 'FAMILY', 'Cousin', date '2025-10-01'
             FROM b_cand c JOIN b_staff q ON q.centre_idx = c.centre_idx AND q.j = 10 WHERE c.idx % 100 = 50`,
        );
      },
    },
  ];
}

/** The tables loaded in bulk: their secondary indexes and foreign keys are built after the load. */
export const bulkTables = [
  "User",
  "Membership",
  "StaffQualification",
  "OccupationalCompetence",
  "Candidate",
  "AssessmentPlan",
  "EvidenceItem",
  "EvidenceCriterion",
  "AssessmentActivity",
  "ActivityCriterion",
  "Feedback",
  "UnitDecision",
  "RecordVersion",
  "Signature",
  "ConflictOfInterestDeclaration",
] as const;

/** The tables bench:data reports, in the order it reports them. */
export const reportedTables = [
  "Centre",
  "User",
  "Membership",
  "Candidate",
  "LearningOutcome",
  "AssessmentCriterion",
  "AssessmentPlan",
  "EvidenceItem",
  "EvidenceCriterion",
  "AssessmentActivity",
  "ActivityCriterion",
  "Feedback",
  "UnitDecision",
  "RecordVersion",
  "Signature",
  "ConflictOfInterestDeclaration",
  "StaffQualification",
  "OccupationalCompetence",
] as const;
