import path from "node:path";
import { dataRoot } from "@/lib/db/data-dir";

// Which backend keeps evidence files, read from the environment:
//   (nothing set)                  on disk in `files` under the data directory (ASSAY_DATA_DIR, .data)
//   ASSAY_FILES_DIR=/srv/assay     on disk there
//   ASSAY_STORAGE=s3               an S3-compatible bucket:
//     ASSAY_S3_BUCKET (required), ASSAY_S3_REGION (else AWS_REGION, else us-east-1),
//     ASSAY_S3_ENDPOINT (a store other than AWS), ASSAY_S3_FORCE_PATH_STYLE (true/false; true by
//     default when an endpoint is set), ASSAY_S3_PREFIX (e.g. "assay/"); credentials from the
//     AWS SDK's usual sources (AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY, AWS_PROFILE, a role).

export type StorageSettings =
  | { kind: "disk"; root: string }
  | { kind: "s3"; bucket: string; region: string; endpoint?: string; forcePathStyle: boolean; prefix: string };

const set = (value: string | undefined) => (value && value.trim() !== "" ? value.trim() : undefined);

function booleanSetting(name: string, value: string | undefined, fallback: boolean): boolean {
  const raw = set(value)?.toLowerCase();
  if (raw === undefined) return fallback;
  if (["true", "1", "yes"].includes(raw)) return true;
  if (["false", "0", "no"].includes(raw)) return false;
  throw new Error(`${name} must be true or false, not "${value}".`);
}

export function storageSettings(env: Record<string, string | undefined> = process.env): StorageSettings {
  const kind = set(env.ASSAY_STORAGE)?.toLowerCase() ?? "disk";
  if (kind === "disk") {
    const root = set(env.ASSAY_FILES_DIR);
    return { kind: "disk", root: root ? path.resolve(root) : path.join(dataRoot(), "files") };
  }
  if (kind !== "s3") throw new Error(`ASSAY_STORAGE must be "disk" or "s3", not "${env.ASSAY_STORAGE}".`);
  const bucket = set(env.ASSAY_S3_BUCKET);
  if (!bucket) throw new Error("ASSAY_STORAGE=s3 needs ASSAY_S3_BUCKET, the bucket evidence files are kept in.");
  const endpoint = set(env.ASSAY_S3_ENDPOINT);
  if (endpoint && !/^https?:\/\/[^\s/]+/.test(endpoint)) {
    throw new Error(`ASSAY_S3_ENDPOINT must be a web address such as https://s3.example.org, not "${endpoint}".`);
  }
  const prefix = set(env.ASSAY_S3_PREFIX) ?? "";
  if (prefix && !/^[A-Za-z0-9][A-Za-z0-9_./-]*\/$/.test(prefix)) {
    throw new Error(`ASSAY_S3_PREFIX must be letters, digits, "-", "_", "." and "/", ending in "/", not "${prefix}".`);
  }
  return {
    kind: "s3",
    bucket,
    region: set(env.ASSAY_S3_REGION) ?? set(env.AWS_REGION) ?? "us-east-1",
    endpoint,
    forcePathStyle: booleanSetting("ASSAY_S3_FORCE_PATH_STYLE", env.ASSAY_S3_FORCE_PATH_STYLE, Boolean(endpoint)),
    prefix,
  };
}

/** Where evidence files go, in one line for the start-up output. Never prints a secret. */
export function describeFileStorage(env: Record<string, string | undefined> = process.env): string {
  const settings = storageSettings(env);
  return settings.kind === "disk"
    ? `Files: evidence files are kept on disk in ${settings.root} (set ASSAY_STORAGE=s3 for an S3-compatible bucket).`
    : `Files: evidence files are kept in the S3 bucket ${settings.bucket}${settings.endpoint ? ` at ${settings.endpoint}` : ""}.`;
}
