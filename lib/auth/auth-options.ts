import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { after } from "next/server";
import { getPrisma } from "@/lib/db/client";
import { authenticate, signInErrorCode } from "./authenticate";
import { signInSchema } from "./auth-schemas";

export const signInPath = "/sign-in";

/** Runs sign-in bookkeeping once the answer has been sent, so it does not change its timing. */
function afterAnswer(task: () => Promise<void>) {
  after(() => task().catch((error: unknown) => console.error("[sign-in] bookkeeping after the answer failed", error)));
}

export const authOptions: NextAuthOptions = {
  // JWT sessions keep sign-in stateless; roles are NOT in the token but read from the database
  // on every request, so a change of role or a deactivation takes effect immediately.
  session: { strategy: "jwt", maxAge: 10 * 60 * 60 },
  pages: { signIn: signInPath, error: signInPath },
  providers: [
    CredentialsProvider({
      name: "Email and password",
      credentials: {
        email: { label: "Email", type: "email" },
        password: { label: "Password", type: "password" },
      },
      async authorize(credentials) {
        const parsed = signInSchema.safeParse(credentials);
        if (!parsed.success) return null;
        let result;
        try {
          result = await authenticate(getPrisma(), parsed.data, { afterAnswer });
        } catch (error) {
          // next-auth shows a thrown message to the person: never a raw database error.
          console.error("[sign-in] failed", error);
          throw new Error("UNEXPECTED");
        }
        if (result.ok) {
          const { id, name, email, sessionVersion } = result.user;
          return { id, name, email, sessionVersion };
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
        token.sessionVersion = (user as { sessionVersion?: number }).sessionVersion ?? 0;
      }
      return token;
    },
    session({ session, token }) {
      if (session.user && typeof token.userId === "string") {
        session.user.id = token.userId;
        session.user.sessionVersion = token.sessionVersion;
      }
      return session;
    },
  },
};
