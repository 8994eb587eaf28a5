import { z } from "zod";
// Imported for its side effect: zod runs without `new Function` in the browser (the CSP; see that file).
import "@/lib/validation/text-fields";

// Shared by the admin's grant form and revoke button and the actions. The expiry is a calendar day
// ("YYYY-MM-DD"), the last day the access works; the action checks it against its own clock.

const isoDate = /^\d{4}-\d{2}-\d{2}$/;
const realDay = (value: string) => isoDate.test(value) && new Date(`${value}T00:00:00Z`).toISOString().slice(0, 10) === value;

/** At most this many candidates on one grant (a visit samples a few dozen at most). */
export const maxCandidatesPerGrant = 200;

export const grantExternalVerifierAccessSchema = z.object({
  externalVerifierUserId: z.uuid("Choose the external verifier."),
  /** The visit the access is for, or "" for none. */
  visitId: z.union([z.literal(""), z.uuid("Choose a visit from the list.")]),
  expiresOn: z
    .string()
    .trim()
    .min(1, { message: "Enter the last day the access works.", abort: true })
    .refine(realDay, { message: "Enter a real date, for example 2026-12-31." }),
  candidateIds: z
    .array(z.uuid("Choose candidates from the list."))
    .min(1, "Choose at least one candidate.")
    .max(maxCandidatesPerGrant, `Choose at most ${maxCandidatesPerGrant} candidates.`)
    .transform((ids) => [...new Set(ids)]),
});
export type GrantExternalVerifierAccessInput = z.input<typeof grantExternalVerifierAccessSchema>;
export const grantExternalVerifierAccessFields = ["externalVerifierUserId", "visitId", "expiresOn", "candidateIds"] as const;

export const revokeExternalVerifierAccessSchema = z.object({
  accessId: z.uuid("Not found."),
  /** The version of the grant the admin saw. */
  version: z.number().int().positive(),
});
export type RevokeExternalVerifierAccessInput = z.input<typeof revokeExternalVerifierAccessSchema>;
