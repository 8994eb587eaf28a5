import "server-only";
import type { AccessContext } from "@/lib/auth/access-context";
import { getPrisma } from "@/lib/db/client";
import { readableStaffFile } from "./access";

/** A professional-record file for the download route, through the one read check; "not found" otherwise. */
export async function getStaffFileForDownload(access: AccessContext, fileId: string) {
  return readableStaffFile(getPrisma(), access, fileId);
}
