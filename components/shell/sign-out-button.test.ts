import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";

// The sign-out controls empty the browser's activity drafts (app/(app)/record/local-draft.ts)
// before signing out; signing out must go ahead whatever IndexedDB does.
const idb = vi.hoisted(() => ({
  store: vi.fn(),
  createStore: vi.fn(),
  clear: vi.fn<(store?: unknown) => Promise<void>>(),
}));
vi.mock("idb-keyval", () => ({
  createStore: idb.createStore,
  clear: idb.clear,
  get: vi.fn(),
  set: vi.fn(),
  del: vi.fn(),
}));

async function loadDrafts() {
  vi.resetModules();
  return import("@/app/(app)/record/local-draft");
}

beforeEach(() => {
  vi.useFakeTimers();
  idb.createStore.mockReset().mockReturnValue(idb.store);
  idb.clear.mockReset().mockResolvedValue(undefined);
  vi.stubGlobal("indexedDB", {});
});
afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

describe("emptying the activity drafts on sign-out", () => {
  it("clears the drafts store, then signs out", async () => {
    const { clearLocalDraftsThen } = await loadDrafts();
    const signOut = vi.fn();
    clearLocalDraftsThen(signOut);
    await vi.advanceTimersByTimeAsync(0);
    expect(idb.createStore).toHaveBeenCalledWith("assay", "activity-drafts");
    expect(idb.clear).toHaveBeenCalledWith(idb.store);
    expect(signOut).toHaveBeenCalledTimes(1);
    await vi.advanceTimersByTimeAsync(1000);
    expect(signOut).toHaveBeenCalledTimes(1);
  });

  it("signs out when clearing fails", async () => {
    idb.clear.mockRejectedValue(new Error("QuotaExceededError"));
    const { clearLocalDraftsThen } = await loadDrafts();
    const signOut = vi.fn();
    clearLocalDraftsThen(signOut);
    await vi.advanceTimersByTimeAsync(0);
    expect(signOut).toHaveBeenCalledTimes(1);
  });

  it("signs out when clearing throws at once, or the store cannot be opened", async () => {
    idb.clear.mockImplementation(() => {
      throw new Error("InvalidStateError");
    });
    const first = await loadDrafts();
    const signOut = vi.fn();
    first.clearLocalDraftsThen(signOut);
    await vi.advanceTimersByTimeAsync(0);
    expect(signOut).toHaveBeenCalledTimes(1);

    idb.createStore.mockImplementation(() => {
      throw new Error("SecurityError");
    });
    const second = await loadDrafts();
    const again = vi.fn();
    second.clearLocalDraftsThen(again);
    await vi.advanceTimersByTimeAsync(0);
    expect(again).toHaveBeenCalledTimes(1);
  });

  it("signs out after half a second when the browser is slow to clear, and only once", async () => {
    let finish = () => {};
    idb.clear.mockReturnValue(new Promise<void>((resolve) => (finish = resolve)));
    const { clearLocalDraftsThen, clearDraftsTimeLimitMs } = await loadDrafts();
    expect(clearDraftsTimeLimitMs).toBe(500);
    const signOut = vi.fn();
    clearLocalDraftsThen(signOut);
    await vi.advanceTimersByTimeAsync(499);
    expect(signOut).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(1);
    expect(signOut).toHaveBeenCalledTimes(1);
    finish();
    await vi.advanceTimersByTimeAsync(0);
    expect(signOut).toHaveBeenCalledTimes(1);
  });

  it("signs out when the browser has no IndexedDB", async () => {
    vi.stubGlobal("indexedDB", undefined);
    const { clearLocalDraftsThen } = await loadDrafts();
    const signOut = vi.fn();
    clearLocalDraftsThen(signOut);
    await vi.advanceTimersByTimeAsync(0);
    expect(idb.clear).not.toHaveBeenCalled();
    expect(signOut).toHaveBeenCalledTimes(1);
  });
});
