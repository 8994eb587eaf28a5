import "server-only";
import { notFound } from "next/navigation";
import { AppError } from "@/lib/errors/app-error";

/** For pages: a "not found" from the data layer becomes Next's 404 page. */
export async function orNotFound<T>(load: Promise<T>): Promise<T> {
  try {
    return await load;
  } catch (error) {
    if (error instanceof AppError && error.code === "NOT_FOUND") notFound();
    throw error;
  }
}
