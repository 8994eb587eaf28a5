import "next-auth";
import "next-auth/jwt";

declare module "next-auth" {
  interface Session {
    user?: { id?: string; name?: string | null; email?: string | null; sessionVersion?: number; sessionId?: string };
  }
}

declare module "next-auth/jwt" {
  interface JWT {
    userId?: string;
    /** The person's session version when they signed in; an older one is refused. */
    sessionVersion?: number;
    /** The session's row (lib/auth/sessions.ts); signing out deletes it, which ends the session. */
    sessionId?: string;
  }
}
