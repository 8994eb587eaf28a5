import "server-only";
import { isDatabaseUnreachable } from "@/lib/db/connection-errors";
import { databaseHealth, forgetDatabaseHealth } from "@/lib/db/database-health";
import { defaultMessageFor } from "@/lib/errors/app-error";

export const uploadUnavailableMessage = "Assay cannot reach its database just now, so nothing was uploaded. Try again in a moment.";

/**
 * What the upload route answers when something outside the upload action fails (reading the
 * session, checking the candidate): 503 when the database cannot be reached, decided as proxy.ts
 * decides for pages (lib/db/database-health.ts, checked afresh after the failure, or an error that
 * itself says so), else 500.
 */
export async function uploadFailure(error: unknown): Promise<{ status: 503 | 500; message: string }> {
  forgetDatabaseHealth();
  if (isDatabaseUnreachable(error) || !(await databaseHealth()).up) return { status: 503, message: uploadUnavailableMessage };
  return { status: 500, message: defaultMessageFor("UNEXPECTED") };
}
