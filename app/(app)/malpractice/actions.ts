"use server";

import { revalidatePath } from "next/cache";
import { performAction } from "@/lib/actions/perform-action";
import { addMalpracticeNote } from "@/lib/malpractice/add-malpractice-note";
import { closeMalpracticeCase } from "@/lib/malpractice/close-malpractice-case";
import { recordMalpracticeCase } from "@/lib/malpractice/record-malpractice-case";
import { recordMalpracticeReport } from "@/lib/malpractice/record-malpractice-report";
import type {
  AddMalpracticeNoteInput,
  CloseMalpracticeCaseInput,
  RecordMalpracticeCaseInput,
  RecordMalpracticeReportInput,
} from "@/lib/malpractice/schemas";

async function thenRevalidate<T extends { ok: boolean }>(result: Promise<T>): Promise<T> {
  const done = await result;
  if (done.ok) revalidatePath("/malpractice", "layout");
  return done;
}

export async function recordMalpracticeCaseAction(workspaceKey: string, input: RecordMalpracticeCaseInput) {
  return thenRevalidate(performAction(recordMalpracticeCase, input, { expectedWorkspaceKey: workspaceKey }));
}

export async function addMalpracticeNoteAction(workspaceKey: string, input: AddMalpracticeNoteInput) {
  return thenRevalidate(performAction(addMalpracticeNote, input, { expectedWorkspaceKey: workspaceKey }));
}

export async function recordMalpracticeReportAction(workspaceKey: string, input: RecordMalpracticeReportInput) {
  return thenRevalidate(performAction(recordMalpracticeReport, input, { expectedWorkspaceKey: workspaceKey }));
}

export async function closeMalpracticeCaseAction(workspaceKey: string, input: CloseMalpracticeCaseInput) {
  return thenRevalidate(performAction(closeMalpracticeCase, input, { expectedWorkspaceKey: workspaceKey }));
}
