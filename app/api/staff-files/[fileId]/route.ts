import { serveStoredFile } from "@/lib/files/serve-stored-file";
import { getStaffFileForDownload } from "@/lib/staff-files/queries";

// GET /api/staff-files/{fileId}: a file on someone's professional record, through the one read
// check (lib/staff-files/access.ts): the person, their centres' admins and external verifiers,
// their awarding bodies' staff. Anyone else gets 404, as for a file that does not exist. Always an
// attachment with the sniffed type, nosniff and a sandbox, never cached.

export const dynamic = "force-dynamic";

export async function GET(_request: Request, { params }: { params: Promise<{ fileId: string }> }) {
  const { fileId } = await params;
  return serveStoredFile({ load: (access) => getStaffFileForDownload(access, fileId), what: "a professional-record file" });
}
