import "server-only";
import type { z } from "zod";
import { currentActor } from "@/lib/auth/current-access";
import { currentRequestId } from "@/lib/log/current-request-id";
import type { ActionResult } from "./action-result";
import type { ActionDefinition, PublicActionDefinition } from "./define-action";
import { runAction, runPublicAction } from "./run-action";

/**
 * Runs an action as the signed-in person: the only way app/ changes data. Centre pages pass the
 * workspace key they were rendered for, so a centre switch in another tab cannot redirect the
 * change to another centre. A route that proxy.ts does not see (the upload route) passes the
 * request id it gave its own response, since the request's x-request-id header then came from
 * the client.
 */
export async function performAction<S extends z.ZodType, T>(
  definition: ActionDefinition<S, T>,
  rawInput: unknown,
  options: { expectedWorkspaceKey?: string; requestId?: string } = {},
): Promise<ActionResult<T>> {
  const { requestId, ...actorOptions } = options;
  const actor = await currentActor();
  return runAction(definition, actor && { ...actor, ...actorOptions }, rawInput, {
    requestId: requestId ?? (await currentRequestId()),
  });
}

export async function performPublicAction<S extends z.ZodType, T>(
  definition: PublicActionDefinition<S, T>,
  rawInput: unknown,
): Promise<ActionResult<T>> {
  return runPublicAction(definition, rawInput, { requestId: await currentRequestId() });
}
