// Where things go inside the visit pack's zip. Names come from people's data (names, file names),
// so every segment is reduced to safe characters and made unique with an id or counter.

export function safeSegment(value: string, max = 60): string {
  const cleaned = value
    .normalize("NFKD")
    .replace(/[^\w.-]+/g, "-")
    .replace(/^[.-]+/, "")
    .replace(/-+/g, "-")
    .slice(0, max)
    .replace(/[.-]+$/, "");
  return cleaned || "file";
}

export function candidateFolder(candidate: { id: string; name: string }): string {
  return `candidates/${safeSegment(candidate.name, 40)}-${candidate.id.slice(0, 8)}`;
}

export function staffFolder(person: { id: string; name: string }): string {
  return `team/${safeSegment(person.name, 40)}-${person.id.slice(0, 8)}`;
}

/** A stored file's place: numbered so two files of one name never collide. */
export function storedFilePath(folder: string, index: number, fileName: string): string {
  return `${folder}/${String(index + 1).padStart(3, "0")}-${safeSegment(fileName, 80)}`;
}

/** Where the pack is kept in file storage, and its index beside it (served on its own). */
export function packStorageKey(pack: { centreId: string; id: string }): string {
  return `visit-packs/${pack.centreId}/${pack.id}`;
}

export function packIndexStorageKey(pack: { centreId: string; id: string }): string {
  return `visit-packs/${pack.centreId}/${pack.id}-index`;
}
