import { describe, expect, it } from "vitest";
import { auditEventHash, canonicalJson, verifyAuditChain, type ChainedAuditEvent } from "./hash-chain";

function chainOf(count: number): ChainedAuditEvent[] {
  const events: ChainedAuditEvent[] = [];
  let previousHash = "";
  for (let sequence = 1; sequence <= count; sequence++) {
    const content = {
      chain: "centre-1",
      sequence,
      centreId: "centre-1",
      actorUserId: "user-1",
      action: "staff.add",
      targetType: "Membership",
      targetId: `m-${sequence}`,
      summary: { after: { role: "ASSESSOR", name: `Person ${sequence}` } },
      occurredAt: new Date(Date.UTC(2026, 10, 22, 9, 0, sequence)),
    };
    const hash = auditEventHash(content, previousHash);
    events.push({ ...content, previousHash, hash });
    previousHash = hash;
  }
  return events;
}

describe("audit hash chain", () => {
  it("canonical JSON ignores key order, as jsonb does not keep it", () => {
    expect(canonicalJson({ b: 1, a: { d: [2, { f: 1, e: 2 }], c: null } })).toBe(
      canonicalJson({ a: { c: null, d: [2, { e: 2, f: 1 }] }, b: 1 }),
    );
  });

  it("an untouched chain verifies", () => {
    expect(verifyAuditChain(chainOf(5))).toEqual({ intact: true, checked: 5 });
  });

  it("an empty chain verifies", () => {
    expect(verifyAuditChain([])).toEqual({ intact: true, checked: 0 });
  });

  it("a changed summary is detected at that event", () => {
    const events = chainOf(5);
    events[2] = { ...events[2]!, summary: { after: { role: "IQA" } } };
    expect(verifyAuditChain(events)).toMatchObject({ intact: false, brokenAtSequence: 3 });
  });

  it("a changed actor or time is detected", () => {
    const byActor = chainOf(3);
    byActor[0] = { ...byActor[0]!, actorUserId: "someone-else" };
    expect(verifyAuditChain(byActor)).toMatchObject({ intact: false, brokenAtSequence: 1 });
    const byTime = chainOf(3);
    byTime[1] = { ...byTime[1]!, occurredAt: new Date(0) };
    expect(verifyAuditChain(byTime)).toMatchObject({ intact: false, brokenAtSequence: 2 });
  });

  it("a removed event is detected", () => {
    const events = chainOf(4);
    events.splice(1, 1);
    expect(verifyAuditChain(events)).toMatchObject({ intact: false, brokenAtSequence: 2 });
  });

  it("a rewritten event with a recomputed hash still breaks the next link", () => {
    const events = chainOf(4);
    const forged = { ...events[1]!, summary: { forged: true } };
    forged.hash = auditEventHash(forged, forged.previousHash);
    events[1] = forged;
    expect(verifyAuditChain(events)).toMatchObject({ intact: false, brokenAtSequence: 3 });
  });
});
