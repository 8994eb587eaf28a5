import { currentAccess } from "@/lib/auth/current-access";
import { exampleQualificationCsv, exampleQualificationJson } from "@/lib/qualification-import/examples";
import { exampleFileNames } from "@/lib/qualification-import/labels";

// GET /qualifications/import/examples/example-qualification.csv (or .json): the example file
// described on the import page, as a download, for anyone signed in.

export const dynamic = "force-dynamic";

const files = {
  [exampleFileNames.csv]: { body: exampleQualificationCsv, type: "text/csv; charset=utf-8" },
  [exampleFileNames.json]: { body: exampleQualificationJson, type: "application/json; charset=utf-8" },
} as Record<string, { body: string; type: string } | undefined>;

export async function GET(_request: Request, { params }: { params: Promise<{ file: string }> }) {
  const { file } = await params;
  const example = files[file];
  if (!example || !(await currentAccess())) return new Response("Not found.", { status: 404 });
  return new Response(example.body, {
    headers: {
      "Content-Type": example.type,
      "Content-Disposition": `attachment; filename="${file}"`,
      "Cache-Control": "private, no-store",
      "X-Content-Type-Options": "nosniff",
    },
  });
}
