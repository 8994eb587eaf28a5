import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "./generated/client";

// Prisma 7 runs without native engines through the pg driver adapter. In development Next.js
// reloads modules, so the client is cached on globalThis to avoid opening a pool per reload.
const globalForPrisma = globalThis as unknown as { assayPrisma?: PrismaClient };

function createPrismaClient(): PrismaClient {
  const connectionString = process.env.DATABASE_URL;
  if (!connectionString) {
    throw new Error(
      "DATABASE_URL is not set. Start Assay with `npm start` (or `npm run dev`), which starts the embedded PostgreSQL and sets it.",
    );
  }
  return new PrismaClient({ adapter: new PrismaPg({ connectionString }) });
}

export function getPrisma(): PrismaClient {
  globalForPrisma.assayPrisma ??= createPrismaClient();
  return globalForPrisma.assayPrisma;
}

export type { PrismaClient };
export { Prisma } from "./generated/client";
