import "server-only";
import { auditSummary, defineAwardingBodyAction } from "@/lib/actions/define-action";
import type { QualificationImportedSummary } from "./audit-summaries";
import { importFromFile } from "./import-from-file";
import { importQualificationSchema } from "./schemas";

/**
 * Awarding-body staff import a qualification from a CSV or JSON file into their body's catalogue:
 * every centre the body approves can then register candidates on it. Audited on the body's chain.
 */
export const importCatalogueQualification = defineAwardingBodyAction({
  name: "qualification.importToCatalogue",
  audit: { label: "Imported a qualification into the catalogue", summary: auditSummary<QualificationImportedSummary>() },
  input: importQualificationSchema,
  permission: "qualification.import",
  async handler(input, { tx, access, now, audit }) {
    const { awardingBodyId, name } = access.workspace;
    const stored = await importFromFile(tx, input, { awardingBodyId, centreId: null, importedById: access.userId }, now);
    await audit({
      targetType: "Qualification",
      targetId: stored.qualificationId,
      summary: {
        qualificationNumber: stored.qualificationNumber,
        title: stored.title,
        into: `${name}'s catalogue`,
        fileName: input.fileName,
        format: input.format,
        after: { units: stored.units, outcomes: stored.outcomes, criteria: stored.criteria, rules: stored.rules },
      },
    });
    return { qualificationId: stored.qualificationId };
  },
});
