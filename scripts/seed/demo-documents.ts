import { createHash, randomUUID } from "node:crypto";
import { getFileStorage } from "@/lib/storage/get-file-storage";

// A small, real PDF for a demo evidence item (its title and description as text), stored through
// the app's own storage so that the evidence pages show a file to download on first start.

function escapePdfText(text: string): string {
  return text.replace(/[\\()]/g, (character) => `\\${character}`).replace(/[^\x20-\x7e]/g, "?");
}

function wrap(text: string, width = 80): string[] {
  const lines: string[] = [];
  let line = "";
  for (const word of text.split(/\s+/)) {
    if (line && line.length + word.length + 1 > width) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  return lines;
}

/** A one-page PDF with a heading and wrapped text, built by hand (the format is plain text plus offsets). */
export function demoPdf(title: string, body: string): Uint8Array {
  const lines = [title, "", ...wrap(body)];
  const text = lines
    .map((line, index) => `${index === 0 ? "/F1 16 Tf" : "/F1 11 Tf"} 72 ${760 - index * 18} Td (${escapePdfText(line)}) Tj`)
    .map((operation) => `BT ${operation} ET`)
    .join("\n");
  const objects = [
    "<< /Type /Catalog /Pages 2 0 R >>",
    "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
    "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>",
    `<< /Length ${Buffer.byteLength(text, "latin1")} >>\nstream\n${text}\nendstream`,
    "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
  ];
  let pdf = "%PDF-1.4\n";
  const offsets: number[] = [];
  objects.forEach((object, index) => {
    offsets.push(Buffer.byteLength(pdf, "latin1"));
    pdf += `${index + 1} 0 obj\n${object}\nendobj\n`;
  });
  const xref = Buffer.byteLength(pdf, "latin1");
  pdf += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  pdf += offsets.map((offset) => `${String(offset).padStart(10, "0")} 00000 n \n`).join("");
  pdf += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(pdf, "latin1");
}

/** Stores a demo PDF and returns the StoredFile fields that describe it. */
export async function storeDemoPdf(centreId: string, fileName: string, title: string, body: string) {
  const bytes = demoPdf(title, body);
  const storageKey = `${centreId}/${randomUUID()}`;
  await getFileStorage().put(storageKey, bytes);
  return {
    storageKey,
    fileName,
    contentType: "application/pdf",
    byteSize: bytes.byteLength,
    sha256: createHash("sha256").update(bytes).digest("hex"),
  };
}

/** Stores a demo PDF for a person's professional record (a certificate, a CV, CPD evidence): the StaffFile fields. */
export async function storeStaffPdf(userId: string, fileName: string, title: string, body: string) {
  const bytes = demoPdf(title, body);
  const storageKey = `staff/${userId}/${randomUUID()}`;
  await getFileStorage().put(storageKey, bytes);
  return {
    storageKey,
    fileName,
    contentType: "application/pdf",
    byteSize: bytes.byteLength,
    sha256: createHash("sha256").update(bytes).digest("hex"),
  };
}
