import "server-only";
import type { Prisma } from "@/lib/db/client";
import { AppError } from "@/lib/errors/app-error";
import { isoDay } from "@/lib/format/dates";
import type { ImportDestination } from "./clash";
import { readQualificationFile } from "./read-qualification-file";
import type { ImportQualificationSchemaOutput } from "./schemas";
import { storeQualification, type StoredQualification } from "./store-qualification";

// What both import actions do: read and check the file again on the server (the preview ran in
// the browser), refuse it with every problem if it has any, otherwise store it.

export async function importFromFile(
  tx: Prisma.TransactionClient,
  input: ImportQualificationSchemaOutput,
  destination: ImportDestination & { importedById: string },
  now: Date,
): Promise<StoredQualification & { qualificationNumber: string; title: string; rules: number }> {
  const { qualification, problems } = readQualificationFile(input.format, input.content, isoDay(now));
  if (!qualification) {
    const listed = problems.map((problem) => [problem.where, problem.field, problem.message].filter(Boolean).join(": "));
    const message = `The file has ${problems.length === 1 ? "a problem" : `${problems.length} problems`}, so nothing was imported.`;
    const onFact = Object.fromEntries(problems.filter((problem) => problem.fact).map((problem) => [problem.fact!, [problem.message]]));
    throw new AppError("INVALID_INPUT", message, { content: listed, ...onFact });
  }
  const stored = await storeQualification(tx, destination, qualification);
  return {
    ...stored,
    qualificationNumber: qualification.qualificationNumber,
    title: qualification.title,
    rules: qualification.rules.length,
  };
}
