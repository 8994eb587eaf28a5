import { describe, expect, it } from "vitest";
import { InFlightLimit } from "./in-flight-limit";

const tick = () => new Promise((resolve) => setTimeout(resolve, 0));

describe("password checks in flight", () => {
  it("runs at most `limit` at once per key and lets the rest through in turn", async () => {
    const limit = new InFlightLimit(2, 10);
    let running = 0;
    let most = 0;
    const work = async () => {
      running += 1;
      most = Math.max(most, running);
      await tick();
      running -= 1;
      return "ok";
    };
    const results = await Promise.all(Array.from({ length: 7 }, () => limit.run(["client:a"], work)));
    expect(results.every((r) => r.status === "done")).toBe(true);
    expect(most).toBe(2);
    expect(limit.load("client:a")).toEqual({ active: 0, waiting: 0 });
  });

  it("keeps keys apart, and a check holding two keys counts against both", async () => {
    const limit = new InFlightLimit(1, 10);
    let release!: () => void;
    const held = limit.run(["client:a", "address:x"], () => new Promise<void>((resolve) => (release = resolve)));
    await tick();
    expect(limit.load("client:a").active).toBe(1);
    expect(limit.load("address:x").active).toBe(1);
    // Another client, same address: waits.
    const other = limit.run(["client:b", "address:x"], async () => "second");
    await tick();
    expect(limit.load("address:x").waiting).toBe(1);
    release();
    expect(await other).toEqual({ status: "done", value: "second" });
    await held;
  });

  it("refuses once a key's line is full, without running the work", async () => {
    const limit = new InFlightLimit(1, 1);
    let release!: () => void;
    const first = limit.run(["client:a"], () => new Promise<void>((resolve) => (release = resolve)));
    const second = limit.run(["client:a"], async () => "waited");
    let ran = false;
    const third = await limit.run(["client:a"], async () => {
      ran = true;
    });
    expect(third).toEqual({ status: "busy", key: "client:a" });
    expect(ran).toBe(false);
    release();
    await first;
    expect(await second).toEqual({ status: "done", value: "waited" });
  });

  it("frees its places when the work fails", async () => {
    const limit = new InFlightLimit(1, 5);
    await expect(limit.run(["client:a"], async () => Promise.reject(new Error("boom")))).rejects.toThrow("boom");
    expect(limit.load("client:a")).toEqual({ active: 0, waiting: 0 });
  });
});
