import { hash as argon2Hash, verify as argon2Verify, parseOptions as parseArgon2Options, type Algorithm } from "@node-rs/argon2";
import { verify as bcryptVerify } from "@node-rs/bcrypt";

// Passwords are hashed with argon2id in native threads (libuv's pool), never on the event loop,
// so a burst of sign-ins does not slow every other page. Hashes from before the switch (bcrypt)
// still verify and report needsRehash; the caller stores a fresh hash after a successful check.
// Not marked server-only: the seed script (plain Node) hashes the demo passwords with it too.

// OWASP's argon2id setting: 19 MiB, 2 passes, 1 lane (about 15 ms on one core here).
const argon2idParameters = {
  memoryCost: 19_456,
  timeCost: 2,
  parallelism: 1,
  // The package's Algorithm is a const enum, which isolated modules cannot read: 2 is Argon2id.
  algorithm: 2 as Algorithm,
} as const;

export function hashPassword(password: string): Promise<string> {
  return argon2Hash(password, argon2idParameters);
}

type StoredHashKind = "argon2id" | "bcrypt" | "unusable";

function kindOf(storedHash: string | null): StoredHashKind {
  if (!storedHash) return "unusable";
  if (storedHash.startsWith("$argon2id$")) return "argon2id";
  if (/^\$2[aby]\$\d\d\$/.test(storedHash)) return "bcrypt";
  return "unusable";
}

function hasCurrentParameters(storedHash: string): boolean {
  try {
    const used = parseArgon2Options(storedHash);
    return (
      used.memoryCost === argon2idParameters.memoryCost &&
      used.timeCost === argon2idParameters.timeCost &&
      used.parallelism === argon2idParameters.parallelism
    );
  } catch {
    return false;
  }
}

// Checked when there is no usable hash (unknown email, invited account without a password, a
// malformed value), so those answer in the time a real check takes: same algorithm, same cost.
let standInHash: Promise<string> | undefined;
function standIn(): Promise<string> {
  standInHash ??= hashPassword("assay-no-account-stand-in-value");
  return standInHash;
}

export async function verifyPassword(password: string, storedHash: string | null): Promise<{ matches: boolean; needsRehash: boolean }> {
  const kind = kindOf(storedHash);
  if (kind === "unusable" || storedHash === null) {
    await argon2Verify(await standIn(), password).catch(() => false);
    return { matches: false, needsRehash: false };
  }
  if (kind === "bcrypt") {
    const matches = await bcryptVerify(password, storedHash).catch(() => false);
    return { matches, needsRehash: matches };
  }
  const matches = await argon2Verify(storedHash, password).catch(() => false);
  return { matches, needsRehash: matches && !hasCurrentParameters(storedHash) };
}
