import { rolesCan, type AccessRole, type Permission } from "@/lib/auth/permissions";

/** A link shows when any of the person's roles grants its permission (or one of its permissions). */
export type NavigationItem = { href: string; label: string; permission: Permission | readonly Permission[] };

const items: readonly NavigationItem[] = [
  { href: "/", label: "Home", permission: "home.view" },
  // An assessor's home across every centre they assess for (lib/caseload).
  { href: "/caseload", label: "Caseload", permission: "caseload.view" },
  // Recording an observation or other assessment, phone-first (lib/activities).
  { href: "/record", label: "Record an activity", permission: "assessment.record" },
  // A candidate's own landing page (lib/portfolio).
  { href: "/portfolio", label: "My portfolio", permission: "portfolio.own" },
  // An awarding body's assessors, their approval and compliance (lib/assessor-register).
  { href: "/assessors", label: "Assessor register", permission: "assessorRegister.view" },
  // Changes of circumstance the body's assessors notified (ICS A10), to acknowledge (lib/circumstances).
  { href: "/assessors/changes", label: "Changes of circumstance", permission: "assessorRegister.view" },
  { href: "/centres", label: "Centres", permission: "centre.list" },
  // Naace-style schools and their ICT Mark (lib/schools).
  { href: "/schools", label: "Schools", permission: "school.manage" },
  // The body's policy numbers as data (lib/policies).
  { href: "/policy", label: "Policy", permission: "policy.edit" },
  // The centre's candidates: registering (admins), finding and opening them (lib/candidates).
  // An external verifier sees only the candidates granted to them (lib/external-verifier-access).
  { href: "/candidates", label: "Candidates", permission: ["candidate.view", "candidate.viewGranted"] },
  // Certificate claims: what can be claimed now, batches, certificates received (lib/certificate-claims).
  { href: "/claims", label: "Certificate claims", permission: "claim.manage" },
  // Direct Claims Status per qualification (handbook 5.21; lib/direct-claims).
  { href: "/direct-claims", label: "Direct claims status", permission: "directClaims.manage" },
  // External verifier visits, reports, action points and the visit pack (lib/visits, lib/visit-pack).
  { href: "/visits", label: "EV visits", permission: "visit.view" },
  // The external verifier's read-only access to chosen candidates, and its log (lib/external-verifier-access).
  { href: "/ev-access", label: "EV access", permission: ["externalVerifierAccess.manage", "candidate.viewGranted"] },
  // Candidates' appeals against assessment decisions, for the centre admin (lib/appeals).
  { href: "/appeals", label: "Appeals", permission: "appeal.view" },
  // Suspected malpractice cases, confidential to the head of centre (handbook 5.22; lib/malpractice).
  { href: "/malpractice", label: "Malpractice", permission: "malpractice.manage" },
  // An assessor's or IQA's declared relationships, and the centre's conflict register (lib/conflicts).
  { href: "/conflicts", label: "Conflicts of interest", permission: ["conflict.declare", "conflict.register"] },
  // IQA sampling plans, sampling records (RD11) and the strategy (lib/sampling, lib/sampling-records).
  { href: "/sampling", label: "Sampling", permission: "sampling.view" },
  // RD07 feedback and actions: the assessor who receives them, the IQA who gives them, the
  // centre's register for whoever reads its IQA records (lib/iqa-feedback).
  { href: "/iqa-feedback", label: "IQA feedback", permission: ["iqaFeedback.receive", "sampling.manage", "sampling.view"] },
  // Standardisation meetings and exercises (lib/standardisation): the judges, and whoever reads
  // the centre's IQA records.
  { href: "/standardisation", label: "Standardisation", permission: ["standardisation.judge", "sampling.view"] },
  { href: "/staff", label: "Staff", permission: "staff.view" },
  // The person's own professional record: qualifications, CPD, conflicts, signature (lib/professional-record).
  { href: "/professional-record", label: "Professional record", permission: "professionalRecord.own" },
  { href: "/qualifications", label: "Qualifications", permission: "qualification.view" },
  { href: "/audit", label: "Audit trail", permission: "audit.view" },
];

/** The links a person sees: only what their roles in the active workspace allow. */
export function navigationFor(roles: readonly AccessRole[]): NavigationItem[] {
  return items.filter((item) =>
    (typeof item.permission === "string" ? [item.permission] : item.permission).some((permission) => rolesCan(roles, permission)),
  );
}
