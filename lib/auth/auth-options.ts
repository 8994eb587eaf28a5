import "server-only";
import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { after } from "next/server";
import { getPrisma } from "@/lib/db/client";
import { logger } from "@/lib/log/logger";
import { authenticate, signInErrorCode } from "./authenticate";
import { signInSchema } from "./auth-schemas";
import { clientAddressFrom } from "./client-address";
import { endSession, sessionLifetimeSeconds } from "./sessions";

export const signInPath = "/sign-in";

/** Runs sign-in bookkeeping once the answer has been sent, so it does not change its timing. */
function afterAnswer(task: () => Promise<void>) {
  after(() => task().catch((error: unknown) => logger.error({ err: error }, "sign-in bookkeeping after the answer failed")));
}

export const authOptions: NextAuthOptions = {
  // The token (a signed cookie) names a session row that every request checks, so signing out
  // ends the session on the server. Roles are NOT in the token but read from the database on
  // every request, so a change of role or a deactivation takes effect immediately.
  session: { strategy: "jwt", maxAge: sessionLifetimeSeconds },
  pages: { signIn: signInPath, error: signInPath },
  providers: [
    CredentialsProvider({
      name: "Email and password",
      credentials: {
        email: { label: "Email", type: "email" },
        password: { label: "Password", type: "password" },
      },
      async authorize(credentials, request) {
        const parsed = signInSchema.safeParse(credentials);
        if (!parsed.success) return null;
        let result;
        try {
          // Failures are counted per client as well as per address (lib/auth/sign-in-throttle.ts).
          const client = clientAddressFrom(request?.headers ?? {});
          result = await authenticate(getPrisma(), parsed.data, { client, afterAnswer });
        } catch (error) {
          // next-auth shows a thrown message to the person: never a raw database error.
          logger.error({ err: error }, "sign-in failed unexpectedly");
          throw new Error("UNEXPECTED");
        }
        if (result.ok) {
          const { id, name, email, sessionVersion, sessionId } = result.user;
          return { id, name, email, sessionVersion, sessionId };
        }
        // A code, turned into words by lib/auth/sign-in-messages.ts.
        throw new Error(signInErrorCode(result));
      },
    }),
  ],
  callbacks: {
    jwt({ token, user }) {
      if (user) {
        token.userId = user.id;
        const signedIn = user as { sessionVersion?: number; sessionId?: string };
        token.sessionVersion = signedIn.sessionVersion ?? 0;
        token.sessionId = signedIn.sessionId;
      }
      return token;
    },
    session({ session, token }) {
      if (session.user && typeof token.userId === "string") {
        session.user.id = token.userId;
        session.user.sessionVersion = token.sessionVersion;
        session.user.sessionId = token.sessionId;
      }
      return session;
    },
  },
  events: {
    // next-auth's own sign-out (POST /api/auth/signout) ends the session's row too; the app's
    // sign-out button does the same through lib/auth/sign-out.ts.
    async signOut({ token }) {
      if (typeof token?.userId !== "string") return;
      await endSession(getPrisma(), { sessionId: token.sessionId ?? null, userId: token.userId });
    },
  },
};
