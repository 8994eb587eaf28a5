"use server";

import { revalidatePath } from "next/cache";
import { performAction } from "@/lib/actions/perform-action";
import { addVisitActionPoint } from "@/lib/visits/add-visit-action-point";
import { cancelVisit } from "@/lib/visits/cancel-visit";
import { completeVisitActionPoint } from "@/lib/visits/complete-visit-action-point";
import { recordVisitReport } from "@/lib/visits/record-visit-report";
import { rescheduleVisit } from "@/lib/visits/reschedule-visit";
import { scheduleVisit } from "@/lib/visits/schedule-visit";
import type {
  AddVisitActionPointInput,
  CancelVisitInput,
  CompleteVisitActionPointInput,
  RecordVisitReportInput,
  RescheduleVisitInput,
  ScheduleVisitInput,
} from "@/lib/visits/schemas";

async function thenRevalidate<T extends { ok: boolean }>(result: Promise<T>): Promise<T> {
  const done = await result;
  // The visits, the home's visits and overdue action points, the claims (DCS confirmed) read them.
  if (done.ok) revalidatePath("/", "layout");
  return done;
}

export async function scheduleVisitAction(workspaceKey: string, input: ScheduleVisitInput) {
  return thenRevalidate(performAction(scheduleVisit, input, { expectedWorkspaceKey: workspaceKey }));
}

export async function rescheduleVisitAction(workspaceKey: string, input: RescheduleVisitInput) {
  return thenRevalidate(performAction(rescheduleVisit, input, { expectedWorkspaceKey: workspaceKey }));
}

export async function cancelVisitAction(workspaceKey: string, input: CancelVisitInput) {
  return thenRevalidate(performAction(cancelVisit, input, { expectedWorkspaceKey: workspaceKey }));
}

export async function recordVisitReportAction(workspaceKey: string, input: RecordVisitReportInput) {
  return thenRevalidate(performAction(recordVisitReport, input, { expectedWorkspaceKey: workspaceKey }));
}

export async function addVisitActionPointAction(workspaceKey: string, input: AddVisitActionPointInput) {
  return thenRevalidate(performAction(addVisitActionPoint, input, { expectedWorkspaceKey: workspaceKey }));
}

export async function completeVisitActionPointAction(workspaceKey: string, input: CompleteVisitActionPointInput) {
  return thenRevalidate(performAction(completeVisitActionPoint, input, { expectedWorkspaceKey: workspaceKey }));
}
