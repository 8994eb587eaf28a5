import type { Prisma } from "@/lib/db/client";
import { addDays } from "@/lib/format/dates";
import { demoUnits } from "./demo-data";
import {
  createActivity,
  createDecision,
  createEvidence,
  createFeedback,
  createPlan,
  refsBetween,
  unitOf,
  type CandidateRecordsContext,
  type SeedUnit,
} from "./record-builder";

// What each demo candidate's record holds on first start: every state a screen can show, spread
// across people so that each account has something to do (see demoJourneys in demo-data.ts).

type Tx = Prisma.TransactionClient;
const J = demoUnits.retention;
const R = demoUnits.complaints;

/** Signing through the shared signature mechanism (scripts/seed/signatures.ts). */
export type DemoSigning = {
  /** The candidate confirms the plan as it stands: a signature on its current version, status AGREED. */
  agreePlan(ctx: CandidateRecordsContext, planId: string, daysAgo: number): Promise<void>;
  /** The candidate declares the unit's current evidence list their own. */
  declare(ctx: CandidateRecordsContext, unitUrn: string, daysAgo: number): Promise<void>;
  /** An assessor (or countersigning assessor) signs a unit decision's current version. */
  signDecision(
    ctx: CandidateRecordsContext,
    decisionId: string,
    signer: { userId: string; role: "ASSESSOR" | "COUNTERSIGNING_ASSESSOR" },
    daysAgo: number,
  ): Promise<void>;
};

export type StoryCandidate = CandidateRecordsContext & { name: string };

// How each criterion was met, in the assessor's words, when an activity covers it.
const howMet: Record<string, string> = {
  [`${R} 1.1`]: "Compared the complaint log, post-call surveys and call monitoring, and said what each misses.",
  [`${R} 1.2`]: "Explained that three or more complaints about one charge in a month go to the service review meeting.",
  [`${R} 1.3`]: "Described finding common ground and trading options within her authority, with an example.",
  [`${R} 1.4`]: "Described calming techniques (listening without interrupting, naming the emotion, agreeing next steps).",
  [`${R} 1.5`]: "Talked through the bank's five-stage complaints procedure and who owns each stage.",
  [`${R} 1.6`]: "Named the escalation triggers: vulnerability, regulatory breach, amounts over her authority.",
  [`${R} 1.7`]: "Explained why admitting liability can lead to redress across similar cases and regulatory reporting.",
  [`${R} 1.8`]: "Weighed goodwill payments against replacement service: speed and cost versus precedent.",
  [`${R} 2.1`]: "Asked open questions to establish what went wrong with the bill, why, and what it meant for the customer.",
  [`${R} 2.2`]: "Told the customer she would own the case and call back by 4pm, and logged herself as case owner.",
  [`${R} 2.3`]: "Acknowledged the customer's frustration and summarised the problem back in the customer's own words.",
  [`${R} 2.4`]: "Set out a refund now against a corrected bill next month, with what each meant for the customer.",
  [`${R} 2.5`]: "Explained afterwards what each option would cost the business and why the refund kept the account.",
  [`${R} 2.6`]: "Called the customer back at the agreed time and sent a written update the same day.",
  [`${R} 2.7`]: "Agreed a refund within her £50 authority and a goodwill credit approved by her team leader.",
  [`${R} 2.8`]: "Recorded the outcome, root cause and remedy in the complaints log against the case reference.",
  [`${R} 2.9`]: "Followed the complaints procedure and the regulator's timescales; checked identity before discussing the account.",
  [`${J} 1.1`]: "Described the customer experience as every contact a customer has, with examples from the branch and the app.",
  [`${J} 1.2`]: "Explained segmenting by product holding, value and life stage, and how the team uses each.",
  [`${J} 3.1`]: "Walked through last quarter's satisfaction and first-contact resolution figures and what the trend showed.",
  [`${J} 3.2`]: "Explained why targets must fit staffing and seasonal demand, and how the team's were agreed.",
  [`${J} 3.3`]: "Compared surveys, mystery shopping, net promoter score and complaint volumes, and what each measures well.",
};

export const wordsFor = (urn: string) => (ref: string) => howMet[`${urn} ${ref}`] ?? `Shown clearly during the session (criterion ${ref}).`;

/** The written account that covers a retention unit's outcomes 1 and 2, accepted. */
export async function retentionAssignment(ctx: CandidateRecordsContext, daysAgo: number, employer: string) {
  const unit = unitOf(ctx, J);
  return createEvidence(ctx, {
    title: `Written account: customer relationships and retention at ${employer}`,
    method: "ASSIGNMENT",
    location: "Uploaded to the portfolio",
    description: "2,400-word account answering the unit's knowledge questions, with the CRM screens anonymised.",
    status: "ACCEPTED",
    covers: [{ unit: J, refs: refsBetween(unit, "1.1", "2.6") }],
    by: "candidate",
    daysAgo,
  });
}

/** The professional discussion covering the retention unit's outcome 3, as an activity and its recording. */
export async function retentionDiscussion(ctx: CandidateRecordsContext, daysAgo: number, place: string) {
  const activity = await createActivity(ctx, {
    method: "PROFESSIONAL_DISCUSSION",
    daysAgo,
    place,
    description: "Forty-minute professional discussion on measuring customer satisfaction, using the team's own dashboard.",
    decision: "CRITERIA_MET",
    covers: [{ unit: J, refs: ["3.1", "3.2", "3.3"], howMet: wordsFor(J) }],
    candidateComment: "Useful to talk it through with the real figures.",
  });
  const recording = await createEvidence(ctx, {
    title: "Professional discussion recording and notes",
    method: "PROFESSIONAL_DISCUSSION",
    location: "Audio held on the centre's secure drive; notes uploaded",
    description: "Assessor's notes of the discussion with timings against each criterion.",
    status: "ACCEPTED",
    covers: [{ unit: J, refs: ["3.1", "3.2", "3.3"] }],
    by: "assessor",
    daysAgo,
  });
  return { activity, recording };
}

/** Everything the complaints unit needs: questioning on outcome 1 and an observation of outcome 2, with their records. */
export async function complaintsUnitComplete(ctx: CandidateRecordsContext, daysAgo: number, place: string) {
  const unit = unitOf(ctx, R);
  const questioning = await createActivity(ctx, {
    method: "QUESTIONING",
    daysAgo: daysAgo + 7,
    place: "Training room 2",
    description: "Oral questioning on monitoring and resolving complaints; answers recorded on the question sheet.",
    decision: "CRITERIA_MET",
    covers: [{ unit: R, refs: refsBetween(unit, "1.1", "1.8"), howMet: wordsFor(R) }],
  });
  await createEvidence(ctx, {
    title: "Question sheet: monitoring and resolving complaints",
    method: "QUESTIONING",
    location: "Uploaded to the portfolio",
    description: "Questions and the candidate's answers, signed by the assessor.",
    status: "ACCEPTED",
    covers: [{ unit: R, refs: refsBetween(unit, "1.1", "1.8") }],
    by: "assessor",
    daysAgo: daysAgo + 7,
  });
  const observation = await createActivity(ctx, {
    method: "OBSERVATION",
    daysAgo,
    place,
    description: "Observed a billing complaint from first call to resolution, including the call-back and the log entry.",
    decision: "CRITERIA_MET",
    covers: [{ unit: R, refs: refsBetween(unit, "2.1", "2.9"), howMet: wordsFor(R) }],
    candidateComment: "I was nervous at first but the call went well.",
  });
  await createEvidence(ctx, {
    title: "Observation record: billing complaint",
    method: "OBSERVATION",
    location: "Uploaded to the portfolio",
    description: "The assessor's observation record with the anonymised complaint log entry attached.",
    status: "ACCEPTED",
    covers: [{ unit: R, refs: refsBetween(unit, "2.1", "2.9") }],
    by: "assessor",
    daysAgo,
  });
  return { questioning, observation };
}

export async function seedAssessmentStories(
  tx: Tx,
  options: {
    today: Date;
    candidates: Map<string, StoryCandidate>;
    userId: (email: string) => string;
    units: Map<string, SeedUnit>;
    sign: DemoSigning;
  },
) {
  const { sign, today } = options;
  const who = (email: string) => {
    const candidate = options.candidates.get(email);
    if (!candidate) throw new Error(`No demo candidate ${email}.`);
    return candidate;
  };

  // ----- Northgate College -----

  // Chloe Turner (Grace Mensah): a plan to confirm, feedback to answer, a rejected item resubmitted,
  // a witness statement and a formative decision; an observation across two units.
  {
    const ctx = who("chloe.turner@learners.example");
    await createPlan(ctx, {
      title: "Complaints observations and retention discussion",
      activities:
        "Observe two complaint calls from start to resolution on the complaints desk; professional discussion on retention figures afterwards.",
      methods: ["OBSERVATION", "PROFESSIONAL_DISCUSSION", "WITNESS_TESTIMONY"],
      evidenceSources: "Complaints log entries (anonymised), call-back notes, a statement from her team leader.",
      units: [R, J],
      plannedInDays: 9,
      reviewInDays: 30,
      place: "Harbour Bank, Leeds contact centre, complaints desk",
      peopleInvolved: "Karen Whitley, team leader (witness)",
      writtenDaysAgo: 2,
    });
    const observation = await createActivity(ctx, {
      method: "OBSERVATION",
      daysAgo: 14,
      place: "Harbour Bank, Leeds contact centre",
      description:
        "Observed Chloe handle a complaint about a duplicated direct debit: she established the cause, took ownership and agreed a call-back. She also explained the customer's history from the CRM record.",
      decision: "PARTLY_MET",
      covers: [
        { unit: R, refs: ["2.1", "2.2", "2.3"], howMet: wordsFor(R) },
        {
          unit: R,
          refs: ["2.6"],
          judgement: "PARTLY_MET",
          howMet: "Agreed a call-back time; the call-back itself was after the observation.",
        },
        { unit: J, refs: ["1.1"], howMet: wordsFor(J) },
      ],
      candidateComment: "The customer was upset at first; I think the call-back worked.",
    });
    const rejected = await createEvidence(ctx, {
      title: "Complaint log extract: duplicated direct debit",
      method: "WORK_PRODUCT",
      location: "Uploaded to the portfolio",
      description: "Screenshot of the complaint log entry for the case observed.",
      status: "REJECTED",
      rejectionReason:
        "The customer's name and account number are visible. Remove other people's personal details (handbook 5.9) and upload it again.",
      covers: [{ unit: R, refs: ["2.8"] }],
      by: "candidate",
      daysAgo: 12,
      judgedDaysAgo: 11,
    });
    await createFeedback(ctx, {
      about: { evidenceItemId: rejected.id },
      achieved: "The log entry shows the outcome and the root cause clearly, which is what 2.8 asks for.",
      nextSteps: "Blank out the customer's name and account number, tick the anonymisation box and upload it again.",
      response: { text: "Sorry, I missed that. I've blanked them out and uploaded it again as E2.", daysAgo: 10 },
      daysAgo: 11,
    });
    await createEvidence(ctx, {
      title: "Complaint log extract: duplicated direct debit (anonymised)",
      method: "WORK_PRODUCT",
      location: "Uploaded to the portfolio",
      description: "The same log entry with the customer's details removed.",
      status: "AWAITING_JUDGEMENT",
      covers: [{ unit: R, refs: ["2.8"] }],
      by: "candidate",
      daysAgo: 10,
      previousSubmissionId: rejected.id,
    });
    const witnessEvidence = await createEvidence(ctx, {
      title: "Witness statement: Karen Whitley, team leader",
      method: "WITNESS_TESTIMONY",
      location: "Signed original in the candidate's workplace file; scan uploaded",
      description: "Karen saw Chloe take ownership of complaints and keep customers informed over four weeks.",
      status: "ACCEPTED",
      covers: [{ unit: R, refs: ["2.2", "2.6"] }],
      by: "assessor",
      daysAgo: 8,
    });
    await tx.witnessStatement.create({
      data: {
        centreId: ctx.centreId,
        candidateId: ctx.candidateId,
        evidenceItemId: witnessEvidence.id,
        form: "WRITTEN",
        witnessName: "Karen Whitley",
        witnessJobTitle: "Team leader, complaints",
        witnessContactDetails: "karen.whitley@harbourbank.example, 0113 496 0701",
        relationshipToCandidate: "Chloe's team leader for two years",
        activityDate: addDays(today, -20),
        activityTime: "Most weekday shifts, 9am to 5pm",
        venue: "Harbour Bank, Leeds contact centre",
        description:
          "Chloe owns her complaints from start to finish. I have seen her phone customers back when she said she would, and update them in writing when a case takes longer than expected.",
        writtenOn: addDays(today, -9),
        signedOrConfirmedByWitness: true,
        authenticityCheckedById: ctx.assessorUserId,
        authenticityCheckedOn: addDays(today, -8),
        authenticityCheckMethod: "Phoned Karen on the contact centre's main number and she confirmed she wrote and signed it.",
        createdById: ctx.assessorUserId,
      },
    });
    await createFeedback(ctx, {
      about: { activityId: observation.id },
      achieved: "You found the cause quickly, took ownership and recognised how the customer felt: 2.1, 2.2 and 2.3 are met.",
      nextSteps: "2.6 needs the call-back itself: keep the call-back note. Next time, explain the response options to the customer (2.4).",
      plannedActions: "Observation of a second complaint on the planned date; bring the call-back note.",
      daysAgo: 13,
    });
    await createDecision(ctx, {
      unit: R,
      decisionType: "FORMATIVE",
      outcome: "NOT_YET_ACHIEVED",
      rationale:
        "2.1–2.3 met by observation and 2.2, 2.6 supported by the team leader's statement. Outcome 1 and 2.4, 2.5, 2.7–2.9 still to evidence.",
      daysAgo: 8,
      status: "RECORDED",
    });
  }

  // Mohammed Ali (Sam Okafor): the retention unit is fully evidenced; his declaration is still to sign.
  {
    const ctx = who("mohammed.ali@learners.example");
    const plan = await createPlan(ctx, {
      title: "Customer retention unit: written account and professional discussion",
      activities: "Written account on CRM and retention at Harbour Bank; professional discussion on the team's satisfaction data.",
      methods: ["ASSIGNMENT", "PROFESSIONAL_DISCUSSION"],
      evidenceSources: "Written account; team dashboard (anonymised); discussion recording.",
      units: [J],
      plannedInDays: -30,
      reviewInDays: 14,
      place: "Harbour Bank, Leeds; meeting room 4",
      writtenDaysAgo: 45,
    });
    await sign.agreePlan(ctx, plan.id, 44);
    await retentionAssignment(ctx, 25, "Harbour Bank");
    const { activity } = await retentionDiscussion(ctx, 10, "Harbour Bank, meeting room 4");
    await createFeedback(ctx, {
      about: { activityId: activity.id },
      achieved:
        "A confident discussion using real figures: 3.1, 3.2 and 3.3 are met. With your written account, every criterion of the unit is covered.",
      nextSteps: "Sign the declaration for the unit so that I can sign it off.",
      response: { text: "Thanks Sam, I'll sign it this week.", daysAgo: 9 },
      daysAgo: 10,
    });
    await createEvidence(ctx, {
      title: "Complaints procedure summary for new starters",
      method: "WORK_PRODUCT",
      location: "Uploaded to the portfolio",
      description: "A one-page guide Mohammed wrote for his team on the bank's procedure and when to escalate.",
      status: "AWAITING_JUDGEMENT",
      covers: [{ unit: R, refs: ["1.5", "1.6"] }],
      by: "candidate",
      daysAgo: 3,
    });
  }

  // Jessica Wood (Grace Mensah): the retention unit is ready to sign off.
  {
    const ctx = who("jessica.wood@learners.example");
    const plan = await createPlan(ctx, {
      title: "Retention unit and complaints observations",
      activities: "Written account for the retention unit; professional discussion on satisfaction measures; two complaint observations.",
      methods: ["ASSIGNMENT", "PROFESSIONAL_DISCUSSION", "OBSERVATION"],
      evidenceSources: "Written account; discussion recording; observation records.",
      units: [J, R],
      plannedInDays: -40,
      reviewInDays: 20,
      place: "Harbour Bank, Leeds contact centre",
      writtenDaysAgo: 60,
    });
    await sign.agreePlan(ctx, plan.id, 58);
    await retentionAssignment(ctx, 30, "Harbour Bank");
    const { activity } = await retentionDiscussion(ctx, 6, "Harbour Bank, quiet room");
    await createFeedback(ctx, {
      about: { activityId: activity.id },
      achieved: "Excellent use of the dashboard; every criterion of outcome 3 is met, so the unit is fully evidenced.",
      nextSteps: "I will sign the unit off now that your declaration is signed. Next: the complaints unit observations.",
      response: { text: "Brilliant, thank you!", daysAgo: 5 },
      daysAgo: 6,
    });
    await sign.declare(ctx, J, 4);
    await createActivity(ctx, {
      method: "OBSERVATION",
      daysAgo: 3,
      place: "Harbour Bank, Leeds contact centre",
      description: "Observed a complaint about a delayed card replacement.",
      decision: "PARTLY_MET",
      covers: [{ unit: R, refs: ["2.1", "2.3"], howMet: wordsFor(R) }],
    });
  }

  // Liam O'Connor (Daniel Hughes, working towards his assessor qualification): the retention unit is
  // signed by Daniel and waits for a qualified assessor's countersignature; the complaints unit is
  // ready for Daniel to sign.
  {
    const ctx = who("liam.oconnor@learners.example");
    const plan = await createPlan(ctx, {
      title: "Level 3 first two units",
      activities: "Written account and discussion for retention; questioning and an observation for complaints.",
      methods: ["ASSIGNMENT", "PROFESSIONAL_DISCUSSION", "QUESTIONING", "OBSERVATION"],
      evidenceSources: "Written account, discussion notes, question sheet, observation record.",
      units: [J, R],
      plannedInDays: -50,
      reviewInDays: 10,
      place: "Harbour Bank, Leeds contact centre",
      writtenDaysAgo: 70,
    });
    await sign.agreePlan(ctx, plan.id, 69);
    await retentionAssignment(ctx, 40, "Harbour Bank");
    await retentionDiscussion(ctx, 20, "Harbour Bank, meeting room 2");
    await sign.declare(ctx, J, 18);
    const decision = await createDecision(ctx, {
      unit: J,
      decisionType: "SUMMATIVE",
      outcome: "ACHIEVED",
      rationale:
        "Every criterion met: 1.1–2.6 by the written account, 3.1–3.3 by professional discussion. Evidence is valid, authentic, current and sufficient.",
      daysAgo: 16,
      status: "AWAITING_COUNTERSIGNATURE",
    });
    await sign.signDecision(ctx, decision.id, { userId: ctx.assessorUserId, role: "ASSESSOR" }, 16);
    const { observation } = await complaintsUnitComplete(ctx, 5, "Harbour Bank, Leeds contact centre");
    await createFeedback(ctx, {
      about: { activityId: observation.id },
      achieved: "A complete complaint handled well from start to finish: all of outcome 2 is met.",
      nextSteps: "Sign your declaration for the complaints unit.",
      response: { text: "Done, thanks Daniel.", daysAgo: 4 },
      daysAgo: 5,
    });
    await sign.declare(ctx, R, 4);
  }

  // Amelia Evans (Sam Okafor): Daniel Hughes has declared a family relationship with her.
  {
    const ctx = who("amelia.evans@learners.example");
    await tx.conflictOfInterestDeclaration.create({
      data: {
        centreId: ctx.centreId,
        staffUserId: options.userId("daniel.hughes@northgate.example"),
        candidateId: ctx.candidateId,
        relationship: "FAMILY",
        details: "Amelia is my sister-in-law's daughter.",
        declaredOn: addDays(today, -58),
      },
    });
    const plan = await createPlan(ctx, {
      title: "Getting started: customer retention",
      activities: "Questioning on CRM; a written account on customer retention at the ticket office.",
      methods: ["QUESTIONING", "ASSIGNMENT"],
      evidenceSources: "Question sheet; written account; anonymised customer comment cards.",
      units: [J],
      plannedInDays: 7,
      reviewInDays: 35,
      place: "Leeds station ticket office",
      writtenDaysAgo: 30,
    });
    await sign.agreePlan(ctx, plan.id, 28);
    const questioning = await createActivity(ctx, {
      method: "QUESTIONING",
      daysAgo: 12,
      place: "Leeds station ticket office, staff room",
      description: "Questions on the customer experience and segmenting customers.",
      decision: "CRITERIA_MET",
      covers: [{ unit: J, refs: ["1.1", "1.2"], howMet: wordsFor(J) }],
    });
    await createFeedback(ctx, {
      about: { activityId: questioning.id },
      achieved: "Clear answers with examples from the ticket office: 1.1 and 1.2 are met.",
      nextSteps: "Start the written account: CRM and retention (1.3–2.6).",
      response: { text: "Will do — I'll start with the comment cards.", daysAgo: 11 },
      daysAgo: 12,
    });
    await createEvidence(ctx, {
      title: "Customer comment cards: analysis of one month",
      method: "WORK_PRODUCT",
      location: "Uploaded to the portfolio",
      description: "A month of comment cards grouped by theme, with names removed.",
      status: "AWAITING_JUDGEMENT",
      covers: [{ unit: J, refs: ["2.5", "3.3"] }],
      by: "candidate",
      daysAgo: 2,
    });
  }

  // Ben Foster (Daniel Hughes): registered, invitation not yet accepted; his first plan waits for him.
  {
    const ctx = who("ben.foster@learners.example");
    await createPlan(ctx, {
      title: "Induction and first observation",
      activities: "Induction to the qualification; initial assessment; first complaints observation.",
      methods: ["OBSERVATION", "QUESTIONING"],
      evidenceSources: "Initial assessment record; observation record.",
      units: [R],
      plannedInDays: 14,
      reviewInDays: 42,
      place: "Harbour Bank, Leeds contact centre",
      writtenDaysAgo: 3,
    });
  }

  // ----- Riverside Training -----

  // Sophie Clarke (Hannah Lewis): a plan to confirm, an observation across two units, evidence to judge, feedback to answer.
  {
    const ctx = who("sophie.clarke@learners.example");
    await createPlan(ctx, {
      title: "Complaints and retention: observation and questioning",
      activities: "Observe a billing complaint; questioning on retention techniques.",
      methods: ["OBSERVATION", "QUESTIONING"],
      evidenceSources: "Observation record; question sheet; anonymised call notes.",
      units: [R, J],
      plannedInDays: 6,
      reviewInDays: 28,
      place: "Calder Valley Energy, Halifax hub",
      peopleInvolved: "Marcus Hale, shift supervisor",
      writtenDaysAgo: 1,
    });
    const observation = await createActivity(ctx, {
      method: "OBSERVATION",
      daysAgo: 9,
      place: "Calder Valley Energy, Halifax hub",
      description:
        "Observed Sophie handle a complaint about an estimated meter reading, and a retention call from a customer wanting to switch.",
      decision: "PARTLY_MET",
      covers: [
        { unit: R, refs: ["2.1", "2.3", "2.7"], howMet: wordsFor(R) },
        {
          unit: J,
          refs: ["2.4"],
          howMet: "Offered the fixed tariff review and explained the loyalty discount to a customer wanting to switch.",
        },
      ],
    });
    await createFeedback(ctx, {
      about: { activityId: observation.id },
      achieved: "You listened well and agreed a fair solution within your authority (2.1, 2.3, 2.7). Good retention call (2.4).",
      nextSteps: "Record the outcome in the log yourself next time (2.8) and keep the customer informed in writing (2.6).",
      plannedActions: "Questioning session on the planned date.",
      daysAgo: 8,
    });
    await createEvidence(ctx, {
      title: "Retention call notes (anonymised)",
      method: "WORK_PRODUCT",
      location: "Uploaded to the portfolio",
      description: "Sophie's notes from three retention calls with customers' details removed.",
      status: "AWAITING_JUDGEMENT",
      covers: [{ unit: J, refs: ["2.3", "2.4", "2.6"] }],
      by: "candidate",
      daysAgo: 4,
    });
  }

  // Jack Robinson (Hannah Lewis): the retention unit signed off; complaints under way.
  {
    const ctx = who("jack.robinson@learners.example");
    const plan = await createPlan(ctx, {
      title: "Retention unit sign-off and complaints unit start",
      activities: "Written account and professional discussion for retention; complaint observations.",
      methods: ["ASSIGNMENT", "PROFESSIONAL_DISCUSSION", "OBSERVATION"],
      evidenceSources: "Written account; discussion notes; observation records.",
      units: [J, R],
      plannedInDays: -90,
      reviewInDays: 7,
      place: "Calder Valley Energy, Halifax hub",
      writtenDaysAgo: 120,
    });
    await sign.agreePlan(ctx, plan.id, 118);
    await retentionAssignment(ctx, 80, "Calder Valley Energy");
    await retentionDiscussion(ctx, 60, "Calder Valley Energy, training room");
    await sign.declare(ctx, J, 58);
    const decision = await createDecision(ctx, {
      unit: J,
      decisionType: "SUMMATIVE",
      outcome: "ACHIEVED",
      rationale: "All fourteen criteria met by the written account and the professional discussion.",
      daysAgo: 55,
      status: "SIGNED_OFF",
    });
    await sign.signDecision(ctx, decision.id, { userId: ctx.assessorUserId, role: "ASSESSOR" }, 55);
    const observation = await createActivity(ctx, {
      method: "OBSERVATION",
      daysAgo: 15,
      place: "Calder Valley Energy, Halifax hub",
      description: "Observed a complaint about a delayed refund after a house move.",
      decision: "PARTLY_MET",
      covers: [{ unit: R, refs: ["2.1", "2.2", "2.3", "2.6", "2.8"], howMet: wordsFor(R) }],
    });
    await createFeedback(ctx, {
      about: { activityId: observation.id },
      achieved: "Five criteria of outcome 2 met in one call.",
      nextSteps: "We need a case where you explain the response options (2.4, 2.5) and agree a solution (2.7).",
      response: { text: "I'll flag the next refund dispute to you.", daysAgo: 14 },
      daysAgo: 15,
    });
  }

  // Olivia Green (Sam Okafor): a rejected item, a formative decision she has appealed.
  {
    const ctx = who("olivia.green@learners.example");
    const plan = await createPlan(ctx, {
      title: "Complaints unit: evidence from the complaints log",
      activities: "Complaint log extracts with a professional discussion on each; one observation.",
      methods: ["WORK_PRODUCT", "PROFESSIONAL_DISCUSSION", "OBSERVATION"],
      evidenceSources: "Complaint log (anonymised); discussion notes.",
      units: [R],
      plannedInDays: -20,
      reviewInDays: 15,
      place: "Calder Valley Energy, Halifax hub",
      writtenDaysAgo: 50,
    });
    await sign.agreePlan(ctx, plan.id, 49);
    await createEvidence(ctx, {
      title: "Complaint log: three follow-up calls",
      method: "WORK_PRODUCT",
      location: "Uploaded to the portfolio",
      description: "Log entries for one complaint showing three follow-up calls.",
      status: "REJECTED",
      rejectionReason: "The entries do not show that the customer was told about progress (2.6): they record internal notes only.",
      covers: [{ unit: R, refs: ["2.6"] }],
      by: "candidate",
      daysAgo: 20,
      judgedDaysAgo: 18,
    });
    const decision = await createDecision(ctx, {
      unit: R,
      decisionType: "FORMATIVE",
      outcome: "NOT_YET_ACHIEVED",
      rationale: "2.6 not yet shown: the log records internal notes, not updates to the customer. 2.1–2.3 met by observation.",
      daysAgo: 18,
      status: "RECORDED",
    });
    await createActivity(ctx, {
      method: "OBSERVATION",
      daysAgo: 22,
      place: "Calder Valley Energy, Halifax hub",
      description: "Observed a complaint about a missed engineer visit.",
      decision: "PARTLY_MET",
      covers: [{ unit: R, refs: ["2.1", "2.2", "2.3"], howMet: wordsFor(R) }],
    });
    await tx.appeal.create({
      data: {
        centreId: ctx.centreId,
        candidateId: ctx.candidateId,
        unitDecisionId: decision.id,
        grounds:
          "The three follow-up calls in the log were calls to the customer: the log's 'internal' label is how our system names every call. My supervisor can confirm this.",
        lodgedOn: addDays(today, -15),
        status: "LODGED",
        lodgedById: ctx.candidateUserId!,
      },
    });
  }

  // Noah Walker (Sam Okafor): complaints unit only; a witness statement and replied feedback.
  {
    const ctx = who("noah.walker@learners.example");
    const plan = await createPlan(ctx, {
      title: "Complaints unit for the escalations desk",
      activities: "Questioning on outcome 1; observation of escalated complaints; a statement from his supervisor.",
      methods: ["QUESTIONING", "OBSERVATION", "WITNESS_TESTIMONY"],
      evidenceSources: "Question sheet; observation records; supervisor's statement.",
      units: [R],
      plannedInDays: -10,
      reviewInDays: 25,
      place: "Calder Valley Energy, escalations desk",
      peopleInvolved: "Priti Nair, escalations supervisor (witness)",
      writtenDaysAgo: 40,
    });
    await sign.agreePlan(ctx, plan.id, 39);
    const questioning = await createActivity(ctx, {
      method: "QUESTIONING",
      daysAgo: 18,
      place: "Calder Valley Energy, training room",
      description: "Questioning on monitoring complaints, negotiation and escalation.",
      decision: "CRITERIA_MET",
      covers: [{ unit: R, refs: ["1.1", "1.2", "1.3", "1.4"], howMet: wordsFor(R) }],
    });
    await createFeedback(ctx, {
      about: { activityId: questioning.id },
      achieved: "Strong answers on monitoring and negotiation: 1.1–1.4 met.",
      nextSteps: "Prepare for questions on procedures, escalation and liability (1.5–1.8).",
      response: { text: "Thanks. Can we do the next session on a Tuesday?", daysAgo: 17 },
      daysAgo: 18,
    });
    const statement = await createEvidence(ctx, {
      title: "Witness statement: Priti Nair, escalations supervisor",
      method: "WITNESS_TESTIMONY",
      location: "Recorded by the assessor and confirmed by the witness; uploaded",
      description: "Priti describes Noah agreeing solutions with customers within his authority.",
      status: "ACCEPTED",
      covers: [{ unit: R, refs: ["2.7"] }],
      by: "assessor",
      daysAgo: 7,
    });
    await tx.witnessStatement.create({
      data: {
        centreId: ctx.centreId,
        candidateId: ctx.candidateId,
        evidenceItemId: statement.id,
        form: "RECORDED_BY_ASSESSOR",
        witnessName: "Priti Nair",
        witnessJobTitle: "Escalations supervisor",
        witnessContactDetails: "priti.nair@caldervalley.example",
        relationshipToCandidate: "Noah's supervisor since his move to the escalations desk",
        activityDate: addDays(today, -12),
        activityTime: "Afternoon shift",
        venue: "Calder Valley Energy, escalations desk",
        description: "Noah agreed a repayment plan and a goodwill credit with an upset customer, staying within his £100 authority.",
        writtenOn: addDays(today, -7),
        signedOrConfirmedByWitness: true,
        authenticityCheckedById: ctx.assessorUserId,
        authenticityCheckedOn: addDays(today, -7),
        authenticityCheckMethod: "Recorded in person with Priti, who read the record back and confirmed it was accurate.",
        createdById: ctx.assessorUserId,
      },
    });
  }

  // Isla Thompson (Hannah Lewis): just started; an agreed plan and her first questioning session.
  {
    const ctx = who("isla.thompson@learners.example");
    const plan = await createPlan(ctx, {
      title: "First three months",
      activities: "Questioning on customer relationship management; shadowing complaints; first observation in month three.",
      methods: ["QUESTIONING", "OBSERVATION"],
      evidenceSources: "Question sheets; observation record.",
      units: [J, R],
      plannedInDays: 10,
      reviewInDays: 60,
      place: "Calder Valley Energy, Halifax hub",
      writtenDaysAgo: 18,
    });
    await sign.agreePlan(ctx, plan.id, 17);
    const questioning = await createActivity(ctx, {
      method: "QUESTIONING",
      daysAgo: 7,
      place: "Calder Valley Energy, training room",
      description: "First questioning session: the customer experience and customer segments.",
      decision: "CRITERIA_MET",
      covers: [{ unit: J, refs: ["1.1", "1.2"], howMet: wordsFor(J) }],
    });
    await createFeedback(ctx, {
      about: { activityId: questioning.id },
      achieved: "A good start: 1.1 and 1.2 met with examples from your first weeks.",
      nextSteps: "Read the CRM guide on the team drive before our next session (1.3–1.5).",
      daysAgo: 6,
    });
  }

  // Ella Morgan (Sam Okafor): registered three days ago; invitation not yet accepted. Nothing else yet.
  who("ella.morgan@learners.example");
}
