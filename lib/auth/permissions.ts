// Who may do what. One typed table, read by pure yes/no functions; pages, data access and the
// action helper all ask here, so a role's reach is changed in one place.

export const centreRoles = ["CENTRE_ADMIN", "ASSESSOR", "IQA", "CANDIDATE", "EXTERNAL_VERIFIER"] as const;
export type CentreRoleName = (typeof centreRoles)[number];

/**
 * Roles a person can act in. Head of centre is a flag on a centre-admin membership; an approved
 * assessor is a person an awarding body approves (lib/rules/approval-lifecycle-*.ts), who works in
 * that body's workspace on their own professional record.
 */
export const accessRoles = [...centreRoles, "HEAD_OF_CENTRE", "AWARDING_BODY_STAFF", "APPROVED_ASSESSOR"] as const;
export type AccessRole = (typeof accessRoles)[number];

export const permissions = [
  "home.view",
  "qualification.view",
  "staff.view",
  "staff.manage",
  "audit.view",
  "centre.list",
  // Issue 7: candidates and their assessment record.
  "candidate.view",
  "candidate.manage",
  "criteria.manage",
  "caseload.view",
  "assessment.record",
  "assessment.countersign",
  "conflict.declare",
  "portfolio.own",
  "appeal.view",
  "evidence.upload",
  // Issue 9: internal quality assurance.
  "sampling.view",
  "sampling.strategy",
  "sampling.manage",
  "iqaFeedback.receive",
  "standardisation.judge",
  // Issue 8: assessors' professional record and awarding-body compliance.
  "professionalRecord.own",
  "professionalRecord.viewTeam",
  "conflict.register",
  "assessorRegister.view",
  "assessorRegister.manage",
  "policy.edit",
  "school.manage",
  // Issue 10: centre operations.
  "appeal.manage",
  "malpractice.manage",
  "candidateImport.manage",
  "qualification.import",
  "priorLearning.record",
  "assessmentArrangement.manage",
  "claim.manage",
  "directClaims.manage",
  "visit.view",
  "visit.manage",
  "visitPack.build",
  "externalVerifierAccess.manage",
  "candidate.viewGranted",
] as const;
export type Permission = (typeof permissions)[number];

const admin = [
  "home.view",
  "qualification.view",
  "staff.view",
  "staff.manage",
  "audit.view",
  "candidate.view",
  "candidate.manage",
  "criteria.manage",
  "appeal.view",
  // The centre's appeals register: each step of its appeals procedure (lib/appeals).
  "appeal.manage",
  // The centre sets its sampling strategy and reads the IQA records (RD07, RD11, standardisation).
  "sampling.view",
  "sampling.strategy",
  // The team's professional records (read-only), visit flags and the conflict register.
  "professionalRecord.viewTeam",
  "conflict.register",
  // Centre operations (issue 10): imports, RPL and arrangements, claims, DCS, the EV's visit.
  "candidateImport.manage",
  "qualification.import",
  "priorLearning.record",
  "assessmentArrangement.manage",
  "claim.manage",
  "directClaims.manage",
  "visit.view",
  "visit.manage",
  "visitPack.build",
  "externalVerifierAccess.manage",
] as const;

export const rolePermissions = {
  CENTRE_ADMIN: admin,
  // The head of centre reports every suspected malpractice case to the awarding body (handbook
  // 5.22); the cases are confidential to them, so no other role sees them (lib/malpractice).
  HEAD_OF_CENTRE: [...admin, "malpractice.manage"],
  // An assessor sees the centre's candidates (to countersign colleagues' decisions) and records
  // assessments for those they are not conflicted with.
  ASSESSOR: [
    "home.view",
    "qualification.view",
    "candidate.view",
    "caseload.view",
    "assessment.record",
    "assessment.countersign",
    "conflict.declare",
    "evidence.upload",
    "iqaFeedback.receive",
    "standardisation.judge",
    "professionalRecord.own",
    // The assessor judges prior learning against the criteria (handbook 9.9).
    "priorLearning.record",
    // The EV's visits and reports, read-only: an assessor may own an action point from one.
    "visit.view",
  ],
  // An IQA samples decisions, gives assessors feedback, countersigns sampled units and runs
  // standardisation (handbook 4.4, 5.20.1); they take part in exercises as a judge too.
  IQA: [
    "home.view",
    "qualification.view",
    "staff.view",
    "candidate.view",
    "conflict.declare",
    "sampling.view",
    "sampling.strategy",
    "sampling.manage",
    "standardisation.judge",
    "professionalRecord.own",
    "conflict.register",
    // The EV's visits and reports, read-only: an IQA often owns an action point from one.
    "visit.view",
  ],
  // A candidate reaches only their own portfolio (lib/candidates/load-candidate.ts).
  CANDIDATE: ["home.view", "qualification.view", "portfolio.own", "evidence.upload"],
  // An external verifier checks the centre's records, including who assessed and who sampled.
  // Candidates' records open to them with the visit access of centre operations, not before.
  // The visit checks the team's records (handbook 5.20.2): CVs, certificates, conflicts, signatures.
  // During a visit they read, read-only, only the candidates an admin granted them, until the
  // grant expires (lib/external-verifier-access); every view and download is logged. Not the
  // audit trail: it records every candidate's records (names, arrangements and their reasons,
  // imports), not only the granted ones.
  EXTERNAL_VERIFIER: [
    "home.view",
    "qualification.view",
    "staff.view",
    "professionalRecord.viewTeam",
    "conflict.register",
    "visit.view",
    "candidate.viewGranted",
  ],
  // Awarding-body staff review their own body's assessors across its centres (lib/assessor-register).
  AWARDING_BODY_STAFF: [
    "home.view",
    "qualification.view",
    "centre.list",
    "audit.view",
    "assessorRegister.view",
    "assessorRegister.manage",
    "policy.edit",
    "school.manage",
    // Another qualification's units, criteria and rule of combination into the body's catalogue.
    "qualification.import",
  ],
  // An assessor approved by the body keeps their own record there; they see no other assessor.
  APPROVED_ASSESSOR: ["home.view", "professionalRecord.own"],
} as const satisfies Record<AccessRole, readonly Permission[]>;

export const roleLabels = {
  CENTRE_ADMIN: "Centre admin",
  HEAD_OF_CENTRE: "Head of centre",
  ASSESSOR: "Assessor",
  IQA: "Internal quality assurer (IQA)",
  CANDIDATE: "Candidate",
  EXTERNAL_VERIFIER: "External verifier",
  AWARDING_BODY_STAFF: "Awarding body staff",
  APPROVED_ASSESSOR: "Approved assessor",
} as const satisfies Record<AccessRole, string>;

export function isAccessRole(value: unknown): value is AccessRole {
  return typeof value === "string" && (accessRoles as readonly string[]).includes(value);
}

/** True when the role grants the permission. Unknown roles and permissions are denied. */
export function roleCan(role: unknown, permission: unknown): boolean {
  if (!isAccessRole(role)) return false;
  return (rolePermissions[role] as readonly string[]).includes(permission as string);
}

/** True when any of the person's roles in the active centre grants the permission. */
export function rolesCan(roles: readonly unknown[], permission: Permission): boolean {
  return roles.some((role) => roleCan(role, permission));
}
