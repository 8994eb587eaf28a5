import "server-only";
import { headers } from "next/headers";
import { REQUEST_ID_HEADER } from "./request-id";

/** The id proxy.ts gave the request being handled, for log lines. */
export async function currentRequestId(): Promise<string | undefined> {
  return (await headers()).get(REQUEST_ID_HEADER) ?? undefined;
}
