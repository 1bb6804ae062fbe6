// next-auth: persona login (the simulator's "TestID") with a JWT session holding the person and the
// organisation they act for. The person is looked up again on every request by lib/auth/actor.ts, and the
// session is valid only while its session version is the person's current one (lib/auth/sessions.ts).
import NextAuth, { CredentialsSignin } from "next-auth";
import Credentials from "next-auth/providers/credentials";
import { checkPid } from "../identifiers/pid";
import { findPerson, loadRelation } from "../parties/relations";
import { hasRelation } from "../parties/roles";
import { currentSessionVersion, endSessions } from "./sessions";

class UnknownPerson extends CredentialsSignin {
  code = "unknown_person";
}

declare module "next-auth" {
  interface Session {
    pid: string;
    party: string | null;
  }
}

export const { handlers, auth, signIn, signOut: endCookieSession, unstable_update } = NextAuth({
  trustHost: true,
  session: { strategy: "jwt", maxAge: 8 * 60 * 60 },
  pages: { signIn: "/login" },
  providers: [
    Credentials({
      credentials: { pid: { label: "National identity number" }, party: { label: "Organisation number" } },
      async authorize(credentials) {
        const pid = String(credentials?.pid ?? "");
        if (!checkPid(pid).ok) throw new UnknownPerson();
        const person = await findPerson(pid);
        if (!person) throw new UnknownPerson();
        // An optional first party, kept only when the person has a relation to it.
        const party = typeof credentials?.party === "string" ? credentials.party : "";
        const keep = party !== "" && hasRelation(await loadRelation(pid, party));
        return { id: person.pid, name: person.name, party: keep ? party : null, sessionVersion: await currentSessionVersion(pid) };
      },
    }),
  ],
  callbacks: {
    async jwt({ token, user, trigger, session }) {
      if (user?.id) {
        token.pid = user.id;
        token.party = (user as { party?: string | null }).party ?? null;
        token.sessionVersion = (user as { sessionVersion?: number | null }).sessionVersion ?? null;
      }
      // Checked on every use: a session from before a logout (or of a removed person) is no session.
      const version = typeof token.pid === "string" ? await currentSessionVersion(token.pid) : null;
      if (version === null || token.sessionVersion !== version) return null;
      // The party can only be set to an organisation the person has a relation to.
      if (trigger === "update" && typeof token.pid === "string") {
        const party = (session as { party?: unknown } | undefined)?.party;
        if (typeof party === "string" && hasRelation(await loadRelation(token.pid, party))) token.party = party;
      }
      return token;
    },
    session({ session, token }) {
      session.pid = String(token.pid ?? "");
      session.party = typeof token.party === "string" ? token.party : null;
      return session;
    },
  },
});

/** Logs the person out everywhere: every session cookie issued to them so far stops working. */
export async function signOut(options: { redirect: false } | { redirectTo: string }): Promise<void> {
  const session = await auth();
  if (session?.pid) await endSessions(session.pid);
  await endCookieSession(options);
}
