import type { Prisma } from "@/lib/db/client";
import { auditSettings, type AuditSettings } from "./audit-settings";
import { readChainBreaks, readChainHead, readLegacySeal } from "./chain-checkpoints";
import { currentHashVersion, verifyAuditChain, type ChainVerification } from "./hash-chain";

/** Reads a whole chain in order and checks every link and its checkpoints. Callers check access first. */
export async function unsafeVerifyAuditChain(
  db: Pick<Prisma.TransactionClient, "auditEvent">,
  chain: string,
  settings: AuditSettings = auditSettings(),
): Promise<ChainVerification> {
  // Checkpoints first: a head is written after its entry commits, so any head read now names an
  // entry the query below will see. Read the other way round, a commit in between would look
  // like a removed entry.
  const [head, seal, breaks] = await Promise.all([
    readChainHead(settings, chain),
    readLegacySeal(settings),
    readChainBreaks(settings, chain),
  ]);
  const events = await db.auditEvent.findMany({ where: { chain }, orderBy: { sequence: "asc" } });
  const anchor = head.status === "valid" ? head.checkpoint : null;
  const legacySeal = seal.status === "valid" ? (seal.checkpoint[chain] ?? null) : null;
  const result = verifyAuditChain(events, settings.key, { anchor, legacySeal });
  const invalid = [head, seal].find((read) => read.status === "invalid");
  if (result.intact && invalid?.status === "invalid") {
    return { intact: false, checked: result.checked, brokenAtSequence: result.checked + 1, reason: invalid.reason };
  }
  if (result.intact && head.status === "none" && events.some((event) => event.hashVersion === currentHashVersion)) {
    // Every signed entry leaves a checkpoint: none at all means the checkpoints were lost or moved.
    return {
      intact: false,
      checked: result.checked,
      brokenAtSequence: result.checked + 1,
      reason:
        "No checkpoint of this trail is kept (its checkpoint directory is missing or was moved), so removed entries could not be noticed.",
    };
  }
  const [firstBreak] = breaks;
  if (result.intact && firstBreak) {
    const reason =
      firstBreak.kind === "removed"
        ? `Entries after number ${firstBreak.foundSequence} were removed: ${firstBreak.anchoredSequence} had been recorded.`
        : `Entry ${firstBreak.anchoredSequence} was changed after it was recorded.`;
    return {
      intact: false,
      checked: Math.min(result.checked, firstBreak.foundSequence),
      brokenAtSequence: firstBreak.foundSequence + 1,
      reason,
    };
  }
  return result;
}
