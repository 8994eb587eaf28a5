// At most `limit` password checks at once per key (a client, an address), the rest waiting in
// line. The throttle counts a client's and an address's failures once a password has been
// checked, so without this a burst of parallel guesses would all be let through before the first
// failure was counted. With it, a burst goes past the throttle by at most `limit` per key (in each
// app process). A line that grows past `maxWaiting` is refused outright rather than held in memory.

type Line = { active: number; waiting: (() => void)[] };

export class InFlightLimit {
  private readonly lines = new Map<string, Line>();

  constructor(
    private readonly limit: number,
    private readonly maxWaiting: number,
  ) {}

  /**
   * Runs `work` once every key has a free place; "busy" (and `work` not run) when a key's line is
   * full. Keys are taken in sorted order, so two callers sharing keys never wait on each other.
   */
  async run<T>(keys: readonly string[], work: () => Promise<T>): Promise<{ status: "done"; value: T } | { status: "busy"; key: string }> {
    const held: string[] = [];
    try {
      for (const key of [...new Set(keys)].sort()) {
        if (!(await this.acquire(key))) return { status: "busy", key };
        held.push(key);
      }
      return { status: "done", value: await work() };
    } finally {
      for (const key of held) this.release(key);
    }
  }

  /** How many checks run and wait for a key (for tests). */
  load(key: string): { active: number; waiting: number } {
    const line = this.lines.get(key);
    return { active: line?.active ?? 0, waiting: line?.waiting.length ?? 0 };
  }

  private async acquire(key: string): Promise<boolean> {
    let line = this.lines.get(key);
    if (!line) {
      line = { active: 0, waiting: [] };
      this.lines.set(key, line);
    }
    if (line.active < this.limit) {
      line.active += 1;
      return true;
    }
    if (line.waiting.length >= this.maxWaiting) return false;
    // release() hands its place straight to the first in line.
    await new Promise<void>((resolve) => line.waiting.push(resolve));
    return true;
  }

  private release(key: string) {
    const line = this.lines.get(key);
    if (!line) return;
    const next = line.waiting.shift();
    if (next) {
      next();
      return;
    }
    line.active -= 1;
    if (line.active === 0) this.lines.delete(key);
  }
}
