// Deterministic pseudo-random numbers from a text seed, so that a sample chosen for a sampling
// plan can be chosen again, identically, by the external verifier or an audit (handbook 5.20.1).
// Not for anything secret.

/** Returns a function giving numbers in [0, 1), the same sequence for the same seed. */
export function seededRandom(seed: string): () => number {
  let state = hashSeed(seed);
  // mulberry32: small, fast and well distributed for sampling purposes.
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

/** A copy of `items` in a seeded random order (Fisher–Yates). */
export function seededShuffle<T>(items: readonly T[], seed: string): T[] {
  const random = seededRandom(seed);
  const shuffled = items.slice();
  for (let i = shuffled.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    const swap = shuffled[i] as T;
    shuffled[i] = shuffled[j] as T;
    shuffled[j] = swap;
  }
  return shuffled;
}

/** FNV-1a over UTF-16 code units: turns any text seed into 32 bits. */
function hashSeed(seed: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < seed.length; i++) {
    hash ^= seed.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}
