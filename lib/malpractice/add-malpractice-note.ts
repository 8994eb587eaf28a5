import "server-only";
import { auditSummary, defineCentreAction } from "@/lib/actions/define-action";
import type { MalpracticeNoteAddedSummary } from "./audit-summaries";
import { bumpVersion, dayOf, loadCaseForChange, personOf, refuseBadDay, refuseIfClosed } from "./load-case";
import { addMalpracticeNoteSchema } from "./schemas";

/**
 * The head of centre adds a dated note to an open investigation. Notes are never changed or
 * removed (the table is append-only for the app); a correction is a new note.
 */
export const addMalpracticeNote = defineCentreAction({
  name: "malpractice.addNote",
  audit: { label: "Added an investigation note to a malpractice case", summary: auditSummary<MalpracticeNoteAddedSummary>() },
  input: addMalpracticeNoteSchema,
  permission: "malpractice.manage",
  async handler(input, { tx, access, now, audit }) {
    const centreId = access.workspace.centreId;
    const found = await loadCaseForChange(tx, centreId, input);
    refuseIfClosed(found, "note");
    refuseBadDay(found, input.writtenOn, now, "writtenOn");
    await bumpVersion(tx, centreId, found, {});
    const note = await tx.malpracticeNote.create({
      data: { centreId, caseId: found.id, writtenOn: dayOf(input.writtenOn), note: input.note, authorId: access.userId },
    });
    await audit({
      targetType: "MalpracticeCase",
      targetId: found.id,
      summary: { person: personOf(found), writtenOn: input.writtenOn, note: input.note },
    });
    return { caseId: found.id, noteId: note.id };
  },
});
