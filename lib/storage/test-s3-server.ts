import "server-only";
import fs from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import S3rver from "s3rver";
import { createS3Storage } from "./s3-storage";

// For tests only: a real S3-compatible server (s3rver, an npm dev dependency) on a free port with
// its data in a temporary directory, and an S3 storage pointing at it.

export const testBucket = "assay-test";

export async function startTestS3Server() {
  const directory = await fs.mkdtemp(path.join(os.tmpdir(), "assay-s3rver-"));
  const server = new S3rver({ port: 0, address: "127.0.0.1", directory, silent: true, configureBuckets: [{ name: testBucket }] });
  const { port } = await server.run();
  const endpoint = `http://127.0.0.1:${port}`;
  const storage = createS3Storage({
    bucket: testBucket,
    region: "us-east-1",
    endpoint,
    forcePathStyle: true,
    prefix: "evidence/",
    // s3rver's own fixed credentials.
    credentials: { accessKeyId: "S3RVER", secretAccessKey: "S3RVER" },
  });
  return {
    endpoint,
    storage,
    directory,
    async stop() {
      storage.client.destroy();
      await server.close();
      await fs.rm(directory, { recursive: true, force: true });
    },
  };
}
