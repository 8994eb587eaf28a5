"use server";

import { revalidatePath } from "next/cache";
import { performAction } from "@/lib/actions/perform-action";
import { recordOccupationalCompetence } from "@/lib/professional-record/record-occupational-competence";
import { recordStaffQualification } from "@/lib/professional-record/record-staff-qualification";
import { removeOccupationalCompetence } from "@/lib/professional-record/remove-occupational-competence";
import { removeStaffQualification } from "@/lib/professional-record/remove-staff-qualification";
import { recordQualificationCompetence } from "@/lib/professional-record/record-qualification-competence";
import { removeStaffFile } from "@/lib/staff-files/remove-staff-file";
import type { RemoveStaffFileInput } from "@/lib/staff-files/schemas";
import type {
  RecordOccupationalCompetenceInput,
  RecordQualificationCompetenceInput,
  RecordStaffQualificationInput,
  RemoveOccupationalCompetenceInput,
  RemoveStaffQualificationInput,
} from "@/lib/professional-record/schemas";

// The person's own record: personal actions (no centre), so no workspace key is checked.

async function thenRevalidate<T extends { ok: boolean }>(result: Promise<T>): Promise<T> {
  const done = await result;
  if (done.ok) revalidatePath("/professional-record");
  return done;
}

export async function recordStaffQualificationAction(input: RecordStaffQualificationInput) {
  return thenRevalidate(performAction(recordStaffQualification, input));
}

export async function removeStaffQualificationAction(input: RemoveStaffQualificationInput) {
  return thenRevalidate(performAction(removeStaffQualification, input));
}

export async function recordOccupationalCompetenceAction(input: RecordOccupationalCompetenceInput) {
  return thenRevalidate(performAction(recordOccupationalCompetence, input));
}

export async function removeOccupationalCompetenceAction(input: RemoveOccupationalCompetenceInput) {
  return thenRevalidate(performAction(removeOccupationalCompetence, input));
}

export async function recordQualificationCompetenceAction(input: RecordQualificationCompetenceInput) {
  return thenRevalidate(performAction(recordQualificationCompetence, input));
}

export async function removeStaffFileAction(input: RemoveStaffFileInput) {
  const done = await performAction(removeStaffFile, input);
  if (done.ok) {
    revalidatePath("/professional-record");
    revalidatePath("/professional-record/cpd");
  }
  return done;
}
