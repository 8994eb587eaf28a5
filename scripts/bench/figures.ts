// Pure helpers of bench:http: the photo it uploads, and the table of figures with the target.

/** One measured route, as autocannon reported it. */
export interface Figure {
  label: string;
  /** Mean requests answered per second over the run. */
  requestsPerSecond: number;
  p50Ms: number;
  p99Ms: number;
  /** Responses in the run, and how many were not 2xx (or were connection errors/timeouts). */
  responses: number;
  failures: number;
}

/**
 * A JPEG of exactly `size` bytes as a phone camera's would begin: SOI, a JFIF APP0 segment, comment
 * segments carrying the bulk (in place of the compressed image), EOI. Content sniffing (magic bytes
 * FF D8 FF) identifies it as image/jpeg.
 */
export function jpegPayload(size: number): Buffer {
  const soi = Buffer.from([0xff, 0xd8]);
  const app0 = Buffer.from([0xff, 0xe0, 0x00, 0x10, 0x4a, 0x46, 0x49, 0x46, 0x00, 0x01, 0x01, 0x00, 0x00, 0x48, 0x00, 0x48, 0x00, 0x00]);
  const eoi = Buffer.from([0xff, 0xd9]);
  const minimum = soi.length + app0.length + eoi.length;
  if (size < minimum) throw new Error(`A JPEG payload needs at least ${minimum} bytes.`);
  const parts: Buffer[] = [soi, app0];
  let remaining = size - minimum;
  while (remaining > 0) {
    // A comment segment: marker (2), length (2, counting itself), data; at most 65,535 - 2 data bytes.
    // A remainder of 1-3 bytes cannot be a segment of its own, so the previous one leaves room.
    let segment = Math.min(remaining, 65_535 + 2);
    if (remaining - segment > 0 && remaining - segment < 4) segment -= 4;
    if (segment < 4) throw new Error(`Cannot pad a JPEG payload by ${remaining} bytes.`);
    const data = segment - 4;
    const header = Buffer.from([0xff, 0xfe, (data + 2) >> 8, (data + 2) & 0xff]);
    parts.push(header, Buffer.alloc(data, 0x20));
    remaining -= segment;
  }
  parts.push(eoi);
  return Buffer.concat(parts);
}

/** Whether each judged route reaches at least `share` of the floor's requests/s. */
export function targetVerdicts(floor: Figure, judged: readonly Figure[], share = 0.5): { label: string; ratio: number; met: boolean }[] {
  return judged.map((figure) => {
    const ratio = floor.requestsPerSecond > 0 ? figure.requestsPerSecond / floor.requestsPerSecond : 0;
    return { label: figure.label, ratio, met: figure.responses > 0 && figure.failures === 0 && ratio >= share };
  });
}

export function formatTable(figures: readonly Figure[]): string {
  const header = `${"".padEnd(44)}${"req/s".padStart(9)}${"p50".padStart(11)}${"p99".padStart(11)}${"responses".padStart(11)}${"failed".padStart(8)}`;
  const ms = (value: number) => `${value.toFixed(value < 10 ? 1 : 0)} ms`.padStart(11);
  const rows = figures.map(
    (f) =>
      `${f.label.padEnd(44)}${f.requestsPerSecond.toFixed(1).padStart(9)}${ms(f.p50Ms)}${ms(f.p99Ms)}${String(f.responses).padStart(11)}${String(f.failures).padStart(8)}`,
  );
  return [header, ...rows].join("\n");
}
