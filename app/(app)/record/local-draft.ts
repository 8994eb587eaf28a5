import { clear, createStore, del, get, set, type UseStore } from "idb-keyval";
import type { ActivityDraftContent } from "@/lib/activities/schemas";

// The browser's own copy of the activity being typed, in IndexedDB (idb-keyval), one per person
// and centre. Every call resolves; when IndexedDB is unavailable (a private window, storage turned
// off) it answers `false`/`undefined` and the server's draft is the only copy. Signing out empties
// the store (clearLocalDraftsThen), so a candidate's details do not stay on a shared phone.

export type LocalDraft = { clientDraftId: string; content: ActivityDraftContent };

let store: UseStore | null | undefined;
function draftStore(): UseStore | null {
  if (store !== undefined) return store;
  try {
    store = typeof indexedDB === "undefined" ? null : createStore("assay", "activity-drafts");
  } catch {
    store = null;
  }
  return store;
}

export async function readLocalDraft(key: string): Promise<LocalDraft | undefined | false> {
  const current = draftStore();
  if (!current) return false;
  try {
    return await get<LocalDraft>(key, current);
  } catch {
    return false;
  }
}

export async function writeLocalDraft(key: string, draft: LocalDraft): Promise<boolean> {
  const current = draftStore();
  if (!current) return false;
  try {
    await set(key, draft, current);
    return true;
  } catch {
    return false;
  }
}

export async function removeLocalDraft(key: string): Promise<void> {
  const current = draftStore();
  if (!current) return;
  try {
    await del(key, current);
  } catch {
    // Nothing to remove, or nowhere to remove it from.
  }
}

/** Empties this browser's store of drafts (every person's, every centre's). Never rejects. */
export async function clearLocalDrafts(): Promise<void> {
  const current = draftStore();
  if (!current) return;
  try {
    await clear(current);
  } catch {
    // Nowhere to clear, or the browser refused: signing out goes ahead regardless.
  }
}

/** How long signing out waits for the browser to empty the store before going ahead anyway. */
export const clearDraftsTimeLimitMs = 500;

/**
 * Empties the store of drafts, then calls `proceed` (the sign-out) exactly once: when the store is
 * empty, when clearing fails, or after `timeLimitMs` if the browser is slow, whichever comes first.
 */
export function clearLocalDraftsThen(proceed: () => void, timeLimitMs: number = clearDraftsTimeLimitMs): void {
  let done = false;
  const once = () => {
    if (done) return;
    done = true;
    clearTimeout(timer);
    proceed();
  };
  const timer = setTimeout(once, timeLimitMs);
  let clearing: Promise<void>;
  try {
    clearing = clearLocalDrafts();
  } catch {
    clearing = Promise.resolve();
  }
  void clearing.then(once, once);
}
