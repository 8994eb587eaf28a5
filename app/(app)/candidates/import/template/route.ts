import { candidateImportTemplate, templateFileName } from "@/lib/candidate-import/template";

// GET /candidates/import/template: the sample CSV of candidates (no personal data: two made-up rows).

export function GET() {
  return new Response(candidateImportTemplate(), {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="${templateFileName}"`,
      "Cache-Control": "no-store",
    },
  });
}
