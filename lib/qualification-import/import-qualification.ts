import "server-only";
import { auditSummary, defineCentreAction } from "@/lib/actions/define-action";
import type { QualificationImportedSummary } from "./audit-summaries";
import { importFromFile } from "./import-from-file";
import { importQualificationSchema } from "./schemas";

/**
 * A centre admin imports a qualification from a CSV or JSON file for their centre's own use: only
 * this centre sees it, registers candidates on it and assesses against its criteria.
 */
export const importQualification = defineCentreAction({
  name: "qualification.import",
  audit: { label: "Imported a qualification for the centre's own use", summary: auditSummary<QualificationImportedSummary>() },
  input: importQualificationSchema,
  permission: "qualification.import",
  async handler(input, { tx, access, now, audit }) {
    const { awardingBodyId, centreId, name } = access.workspace;
    const stored = await importFromFile(tx, input, { awardingBodyId, centreId, importedById: access.userId }, now);
    await audit({
      targetType: "Qualification",
      targetId: stored.qualificationId,
      summary: {
        qualificationNumber: stored.qualificationNumber,
        title: stored.title,
        into: name,
        fileName: input.fileName,
        format: input.format,
        after: { units: stored.units, outcomes: stored.outcomes, criteria: stored.criteria, rules: stored.rules },
      },
    });
    return { qualificationId: stored.qualificationId };
  },
});
