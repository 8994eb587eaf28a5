"use server";

import { revalidatePath } from "next/cache";
import { performAction } from "@/lib/actions/perform-action";
import { changeRiskAfterStandardisation } from "@/lib/standardisation/change-risk-after-standardisation";
import { closeStandardisationExercise } from "@/lib/standardisation/close-standardisation-exercise";
import { judgeStandardisationExercise } from "@/lib/standardisation/judge-standardisation-exercise";
import { openStandardisationExercise } from "@/lib/standardisation/open-standardisation-exercise";
import { recordStandardisationMeeting } from "@/lib/standardisation/record-standardisation-meeting";
import type {
  ChangeRiskAfterStandardisationInput,
  CloseStandardisationExerciseInput,
  JudgeStandardisationExerciseInput,
  OpenStandardisationExerciseInput,
  RecordStandardisationMeetingInput,
} from "@/lib/standardisation/schemas";

async function thenRevalidate<T extends { ok: boolean }>(result: Promise<T>): Promise<T> {
  const done = await result;
  // The home pages show standardisation due and overdue actions; the sampling pages show risk ratings.
  if (done.ok) revalidatePath("/", "layout");
  return done;
}

export async function recordStandardisationMeetingAction(workspaceKey: string, input: RecordStandardisationMeetingInput) {
  return thenRevalidate(performAction(recordStandardisationMeeting, input, { expectedWorkspaceKey: workspaceKey }));
}

export async function openStandardisationExerciseAction(workspaceKey: string, input: OpenStandardisationExerciseInput) {
  return thenRevalidate(performAction(openStandardisationExercise, input, { expectedWorkspaceKey: workspaceKey }));
}

export async function judgeStandardisationExerciseAction(workspaceKey: string, input: JudgeStandardisationExerciseInput) {
  return thenRevalidate(performAction(judgeStandardisationExercise, input, { expectedWorkspaceKey: workspaceKey }));
}

export async function closeStandardisationExerciseAction(workspaceKey: string, input: CloseStandardisationExerciseInput) {
  return thenRevalidate(performAction(closeStandardisationExercise, input, { expectedWorkspaceKey: workspaceKey }));
}

export async function changeRiskAfterStandardisationAction(workspaceKey: string, input: ChangeRiskAfterStandardisationInput) {
  return thenRevalidate(performAction(changeRiskAfterStandardisation, input, { expectedWorkspaceKey: workspaceKey }));
}
