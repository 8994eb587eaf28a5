import "server-only";
import { DeleteObjectCommand, GetObjectCommand, HeadObjectCommand, S3Client, type S3ClientConfig } from "@aws-sdk/client-s3";
import { Upload } from "@aws-sdk/lib-storage";
import { Readable } from "node:stream";
import { validStorageKey, type FileStorage, type StoredObject } from "./file-storage";

// Files in any S3-compatible store (AWS S3, MinIO, Cloudflare R2, Ceph, …) through the AWS SDK.
// Credentials come from the SDK's usual sources (AWS_ACCESS_KEY_ID / AWS_SECRET_ACCESS_KEY,
// AWS_PROFILE, an instance role…), never from Assay's own settings. Uploads go through
// @aws-sdk/lib-storage, which streams a body of unknown length as a multipart upload and aborts
// it (leaving nothing) when the body fails.

export type S3StorageOptions = {
  bucket: string;
  region: string;
  /** For a store other than AWS, e.g. http://127.0.0.1:9000. */
  endpoint?: string;
  /** Bucket in the path (http://host/bucket/key), as most self-hosted stores need. */
  forcePathStyle: boolean;
  /** Prepended to every key, e.g. "assay/" to share a bucket. */
  prefix: string;
  /** Explicit credentials (tests); otherwise the SDK's default chain. */
  credentials?: S3ClientConfig["credentials"];
};

function statusOf(error: unknown): number | undefined {
  return (error as { $metadata?: { httpStatusCode?: number } } | undefined)?.$metadata?.httpStatusCode;
}

function isMissing(error: unknown): boolean {
  const name = (error as { name?: string } | undefined)?.name;
  return name === "NoSuchKey" || name === "NotFound" || statusOf(error) === 404;
}

export function createS3Storage(options: S3StorageOptions): FileStorage & { client: S3Client } {
  const client = new S3Client({
    region: options.region,
    endpoint: options.endpoint,
    forcePathStyle: options.forcePathStyle,
    credentials: options.credentials,
  });
  const Bucket = options.bucket;
  const objectKey = (key: string) => `${options.prefix}${validStorageKey(key)}`;

  return {
    kind: "s3",
    description: `in the S3 bucket ${options.bucket}${options.endpoint ? ` at ${options.endpoint}` : ""}${options.prefix ? ` under ${options.prefix}` : ""}`,
    client,

    async put(key, body) {
      const upload = new Upload({ client, params: { Bucket, Key: objectKey(key), Body: body }, leavePartsOnError: false });
      if (body instanceof Readable) {
        // lib-storage reads the stream with an async iterator; an error destroys it, and the
        // upload must then fail rather than store what arrived before the error.
        let failure: unknown;
        body.once("error", (error) => {
          failure = error;
          void upload.abort();
        });
        try {
          await upload.done();
        } catch (error) {
          throw failure ?? error;
        }
        if (failure) {
          await this.delete(key);
          throw failure;
        }
        return;
      }
      await upload.done();
    },

    async get(key): Promise<StoredObject | null> {
      try {
        const object = await client.send(new GetObjectCommand({ Bucket, Key: objectKey(key) }));
        const body = object.Body;
        if (!(body instanceof Readable)) throw new Error("The S3 client returned a body that is not a Node.js stream.");
        return { body, byteSize: object.ContentLength ?? 0 };
      } catch (error) {
        if (isMissing(error)) return null;
        throw error;
      }
    },

    async delete(key) {
      await client.send(new DeleteObjectCommand({ Bucket, Key: objectKey(key) }));
    },

    async exists(key) {
      try {
        await client.send(new HeadObjectCommand({ Bucket, Key: objectKey(key) }));
        return true;
      } catch (error) {
        if (isMissing(error)) return false;
        throw error;
      }
    },
  };
}
