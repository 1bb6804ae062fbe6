// next-auth: persona login (the simulator's "TestID") with a JWT session holding the person and the
// organisation they act for. The person is looked up again on every request by lib/auth/actor.ts, and the
// session holds only while its PortalSession row exists (lib/auth/sessions.ts): logout deletes it.
import NextAuth, { CredentialsSignin } from "next-auth";
import Credentials from "next-auth/providers/credentials";
import { checkPid } from "../identifiers/pid";
import { findPerson, loadRelation } from "../parties/relations";
import { hasRelation } from "../parties/roles";
import { SESSION_MAX_AGE_SECONDS, endSession, isSessionLive, startSession } from "./sessions";

class UnknownPerson extends CredentialsSignin {
  code = "unknown_person";
}

declare module "next-auth" {
  interface Session {
    pid: string;
    party: string | null;
  }
}

export const { handlers, auth, signIn, signOut, unstable_update } = NextAuth({
  trustHost: true,
  session: { strategy: "jwt", maxAge: SESSION_MAX_AGE_SECONDS },
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
        return { id: person.pid, name: person.name, party: keep ? party : null, sessionId: await startSession(pid) };
      },
    }),
  ],
  events: {
    async signOut(message) {
      if ("token" in message) await endSession(message.token?.sid);
    },
  },
  callbacks: {
    async jwt({ token, user, trigger, session }) {
      if (user?.id) {
        token.pid = user.id;
        token.party = (user as { party?: string | null }).party ?? null;
        token.sid = (user as { sessionId?: string }).sessionId;
      }
      // Checked on every use: a session ended by logout (or of a removed person) is no session.
      if (!(await isSessionLive(token.sid))) return null;
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
