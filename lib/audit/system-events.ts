// Audit entries written outside any server action (sign-in, the demo seed). Each needs a label
// here, as every action declares its own next to its definition: a name missing from this table
// is a type error at the call site (recordSystemAuditEvent).

export const systemAuditEventLabels = {
  "auth.signIn": "Signed in",
  "auth.signInFailed": "Failed to sign in",
  "auth.locked": "Account locked after failed sign-ins",
  "auth.signOut": "Signed out",
  "centre.demoDataLoaded": "Loaded the demo data",
} as const satisfies Record<string, string>;

export type SystemAuditAction = keyof typeof systemAuditEventLabels;

/**
 * Actions since renamed or replaced, whose entries stay in centres' audit trails: they keep
 * reading in words.
 */
export const retiredAuditActionLabels = {
  "staff.add": "Added a staff member",
  "staff.reissueInvitation": "Issued a new invitation link",
} as const satisfies Record<string, string>;
