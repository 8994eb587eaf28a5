import "server-only";
import type { z } from "zod";
import { currentActor } from "@/lib/auth/current-access";
import type { ActionResult } from "./action-result";
import type { ActionDefinition, PublicActionDefinition } from "./define-action";
import { runAction, runPublicAction } from "./run-action";

/** Runs an action as the signed-in person. The only way app/ changes data. */
export async function performAction<S extends z.ZodType, T>(
  definition: ActionDefinition<S, T>,
  rawInput: unknown,
): Promise<ActionResult<T>> {
  return runAction(definition, await currentActor(), rawInput);
}

export async function performPublicAction<S extends z.ZodType, T>(
  definition: PublicActionDefinition<S, T>,
  rawInput: unknown,
): Promise<ActionResult<T>> {
  return runPublicAction(definition, rawInput);
}
