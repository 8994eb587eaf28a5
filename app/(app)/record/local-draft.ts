import { createStore, del, get, set, type UseStore } from "idb-keyval";
import type { ActivityDraftContent } from "@/lib/activities/schemas";

// The browser's own copy of the activity being typed, in IndexedDB (idb-keyval), one per person
// and centre. Every call resolves; when IndexedDB is unavailable (a private window, storage turned
// off) it answers `false`/`undefined` and the server's draft is the only copy.

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
