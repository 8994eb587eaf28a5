import { z } from "zod";
import { happenedOnField } from "@/lib/appeals/schemas";
import { textField } from "@/lib/validation/text-fields";

// Shared by the claims page's forms and the actions.

const uuid = "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}";
const itemPattern = new RegExp(`^(${uuid})/(unit|award)/(${uuid})$`, "i");

/** One certificate chosen on the claims page: "<candidateId>/unit/<unitId>" or "<candidateId>/award/<qualificationId>". */
export const claimItemValue = (candidateId: string, kind: "unit" | "award", id: string) => `${candidateId}/${kind}/${id}`;

export type ClaimItem = { candidateId: string; kind: "UNIT" | "FULL_AWARD"; id: string };

export const createClaimBatchSchema = z.object({
  items: z
    .array(z.string().regex(itemPattern, "Choose certificates from the list."), "Choose at least one certificate to claim.")
    .min(1, "Choose at least one certificate to claim.")
    .max(500, "Claim at most 500 certificates in one batch.")
    .transform((values, ctx) => {
      const unique = [...new Set(values.map((value) => value.toLowerCase()))];
      if (unique.length !== values.length) ctx.addIssue({ code: "custom", message: "Each certificate can be chosen once." });
      return unique.map((value): ClaimItem => {
        const [, candidateId, kind, id] = itemPattern.exec(value)!;
        return { candidateId: candidateId!, kind: kind === "unit" ? "UNIT" : "FULL_AWARD", id: id! };
      });
    }),
});
export type CreateClaimBatchInput = z.input<typeof createClaimBatchSchema>;

const batchChange = {
  batchId: z.uuid("Not found."),
  /** The version of the batch the admin saw. */
  version: z.number().int().positive(),
};

export const removeClaimLineSchema = z.object({ ...batchChange, lineId: z.uuid("Not found.") });
export type RemoveClaimLineInput = z.input<typeof removeClaimLineSchema>;

export const markBatchClaimedSchema = z.object({
  ...batchChange,
  claimedOn: happenedOnField("Enter the date you made the claim on the awarding body's system."),
});
export type MarkBatchClaimedInput = z.input<typeof markBatchClaimedSchema>;
export const markBatchClaimedFields = ["claimedOn"] as const;

export const recordCertificateReceivedSchema = z.object({
  ...batchChange,
  lineId: z.uuid("Choose the certificate that arrived."),
  certificateReceivedOn: happenedOnField("Enter the date the certificate arrived."),
  certificateNumber: textField({ max: 60, required: "Enter the certificate number printed on it." }),
});
export type RecordCertificateReceivedInput = z.input<typeof recordCertificateReceivedSchema>;
export const recordCertificateReceivedFields = ["lineId", "certificateReceivedOn", "certificateNumber"] as const;
