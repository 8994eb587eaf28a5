import { describe, expect, it } from "vitest";
import { accessRoles, permissions, roleCan, rolePermissions, rolesCan } from "./permissions";

// The expected table, written out again on purpose: a change to who may do what must be made
// twice, once here, so it is never made by accident.
const adminPermissions = [
  "home.view",
  "qualification.view",
  "staff.view",
  "staff.manage",
  "audit.view",
  "candidate.view",
  "candidate.manage",
  "criteria.manage",
  "appeal.view",
  "appeal.manage",
  "sampling.view",
  "sampling.strategy",
  "professionalRecord.viewTeam",
  "conflict.register",
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
];
const expected: Record<string, readonly string[]> = {
  CENTRE_ADMIN: adminPermissions,
  HEAD_OF_CENTRE: [...adminPermissions, "malpractice.manage"],
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
    "priorLearning.record",
    "visit.view",
  ],
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
    "visit.view",
  ],
  CANDIDATE: ["home.view", "qualification.view", "portfolio.own", "evidence.upload"],
  EXTERNAL_VERIFIER: [
    "home.view",
    "qualification.view",
    "staff.view",
    "professionalRecord.viewTeam",
    "conflict.register",
    "visit.view",
    "candidate.viewGranted",
  ],
  AWARDING_BODY_STAFF: [
    "home.view",
    "qualification.view",
    "centre.list",
    "audit.view",
    "assessorRegister.view",
    "assessorRegister.manage",
    "policy.edit",
    "school.manage",
    "qualification.import",
  ],
  APPROVED_ASSESSOR: ["home.view", "professionalRecord.own"],
};

describe("permission table", () => {
  for (const role of accessRoles) {
    for (const permission of permissions) {
      const allowed = expected[role]?.includes(permission) ?? false;
      it(`${role} ${allowed ? "may" : "may not"} ${permission}`, () => {
        expect(roleCan(role, permission)).toBe(allowed);
      });
    }
  }

  it("covers every role", () => {
    expect(Object.keys(rolePermissions).sort()).toEqual([...accessRoles].sort());
  });

  it("denies unknown roles, whatever the permission", () => {
    for (const permission of permissions) {
      expect(roleCan("SUPERUSER", permission)).toBe(false);
      expect(roleCan(undefined, permission)).toBe(false);
      expect(roleCan("centre_admin", permission)).toBe(false);
    }
  });

  it("denies unknown permissions", () => {
    expect(roleCan("CENTRE_ADMIN", "staff.delete")).toBe(false);
    expect(roleCan("CENTRE_ADMIN", "toString")).toBe(false);
  });

  it("grants when any of several roles grants", () => {
    expect(rolesCan(["ASSESSOR", "IQA"], "staff.view")).toBe(true);
    expect(rolesCan(["ASSESSOR", "CANDIDATE"], "staff.view")).toBe(false);
    expect(rolesCan([], "home.view")).toBe(false);
    expect(rolesCan(["NOPE", "ASSESSOR"], "staff.manage")).toBe(false);
  });
});
