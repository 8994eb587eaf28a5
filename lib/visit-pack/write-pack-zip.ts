import "server-only";
import { once } from "node:events";
import { PassThrough, Readable, Transform } from "node:stream";
import archiver, { type Archiver, type ArchiverError } from "archiver";
import type { FileStorage } from "@/lib/storage/file-storage";
import { indexPage } from "./index-page";
import type { PackEntry, PackPlan } from "./pack-plan";

// Writes the pack's zip straight into the file storage as it is made: each entry (a stored file
// read from storage, or a page generated there and then) is added only when the previous one is
// in the zip, so memory stays flat however many files the pack holds. The index is written last,
// when it is known which files were missing from storage.

function createArchive(): Archiver {
  return archiver("zip", { zlib: { level: 1 } });
}

/** `servedIndexHtml`: the index without its style sheet, as the app serves it on its own. */
export type PackZipResult = { byteSize: number; servedIndexHtml: string; missing: string[] };

async function entrySource(storage: FileStorage, entry: PackEntry): Promise<Readable | string | null> {
  if (entry.kind === "stored") return (await storage.get(entry.storageKey))?.body ?? null;
  const content = await entry.content();
  return typeof content === "string" ? content : Readable.from(content);
}

export async function writePackZip(
  storage: FileStorage,
  key: string,
  plan: PackPlan,
  options: { builtAt: Date; onProgress: (filesDone: number) => Promise<void> },
): Promise<PackZipResult> {
  const archive = createArchive();
  let byteSize = 0;
  const counted = new Transform({
    transform(chunk: Buffer, _encoding, callback) {
      byteSize += chunk.length;
      callback(null, chunk);
    },
  });
  const output = new PassThrough();
  archive.pipe(counted).pipe(output);
  let failure: Error | null = null;
  let stop: (error: Error) => void = () => undefined;
  const stopped = new Promise<never>((_resolve, reject) => {
    stop = reject;
  });
  stopped.catch(() => undefined);
  const fail = (error: ArchiverError | Error) => {
    failure ??= error;
    stop(error);
    output.destroy(error);
  };
  archive.on("error", fail);
  archive.on("warning", fail);
  output.on("error", fail);
  const stored = storage.put(key, output);
  stored.catch((error: Error) => fail(error)); // awaited below; a failure ends the loop at once

  const missing: string[] = [];
  const entries = plan.sections.flatMap((section) => section.groups.flatMap((group) => group.entries));
  let done = 0;
  // The next entry's source is opened (its page generated, its file opened) while the current one
  // is written: one entry ahead, so database reads and zip writing overlap, and memory stays flat.
  let next: Promise<Readable | string | null> | null = entries.length > 0 ? entrySource(storage, entries[0]!) : null;
  try {
    for (let i = 0; i < entries.length; i++) {
      if (failure) throw failure;
      const entry = entries[i]!;
      const source = await next!;
      next = i + 1 < entries.length ? entrySource(storage, entries[i + 1]!) : null;
      next?.catch(() => undefined); // awaited on the next turn
      if (source === null) {
        missing.push(entry.path);
      } else {
        const added = once(archive, "entry");
        // Evidence files (photos, PDFs, recordings) are compressed already: stored as they are.
        archive.append(source, { name: entry.path, store: entry.kind === "stored" });
        await Promise.race([added, stopped]);
      }
      done++;
      await options.onProgress(done);
    }
    const indexHtml = indexPage(plan, { builtAt: options.builtAt, missing: new Set(missing) });
    archive.append(indexHtml, { name: "index.html" });
    await archive.finalize();
    await stored;
    return { byteSize, servedIndexHtml: indexPage(plan, { builtAt: options.builtAt, missing: new Set(missing), styled: false }), missing };
  } catch (error) {
    // A file opened ahead is closed again.
    void next?.then((source) => (source instanceof Readable ? source.destroy() : undefined)).catch(() => undefined);
    archive.abort();
    output.destroy(error instanceof Error ? error : new Error(String(error)));
    await stored.catch(() => undefined);
    throw error;
  }
}
