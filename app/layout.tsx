import type { Metadata } from "next";
import Link from "next/link";
import "./globals.css";
import { currentPerson } from "@/lib/auth/actor";
import { loadRelation } from "@/lib/parties/relations";
import { AREA_INFO, allowedAreas } from "@/lib/parties/roles";
import { logout } from "./actions/session";

export const metadata: Metadata = {
  title: "Altinn system user simulator",
  description: "Run Altinn 3's system-user chain on one machine: service owner, vendor, end user, client administrator.",
};

export default async function RootLayout({ children }: { children: React.ReactNode }) {
  const person = await currentPerson();
  // Navigation only: every page checks the role itself through lib/auth/actor.
  const areas = person?.party ? allowedAreas(await loadRelation(person.pid, person.party.orgNo)) : [];
  return (
    <html lang="en" data-color-scheme="light">
      <body className="min-h-screen">
        <header className="bg-[var(--ds-color-accent-base-default)] text-white">
          <div className="mx-auto flex max-w-6xl flex-wrap items-center gap-4 px-6 py-3">
            <Link href="/" className="text-lg font-semibold text-white no-underline">
              Altinn <span className="font-normal opacity-80">· system user simulator</span>
            </Link>
            <nav aria-label="Role areas" className="flex flex-wrap gap-3 text-sm">
              {areas.map((a) => (
                <Link key={a} href={AREA_INFO[a].path} className="text-white underline-offset-4 hover:underline">
                  {AREA_INFO[a].title}
                </Link>
              ))}
              <Link href="/simulator/sequence" className="text-white underline-offset-4 hover:underline" data-testid="nav-sequence">
                Sequence view
              </Link>
              {areas.length > 0 ? (
                <Link href="/simulator/audit" className="text-white underline-offset-4 hover:underline">
                  Audit log
                </Link>
              ) : null}
            </nav>
            <div className="ml-auto flex items-center gap-3 text-sm">
              {person ? (
                <>
                  <span data-testid="whoami">
                    {person.name}
                    {person.party ? ` · for ${person.party.name}` : ""}
                  </span>
                  <Link href="/velg-aktor" className="text-white underline">
                    Change organisation
                  </Link>
                  <form action={logout}>
                    <button type="submit" className="cursor-pointer rounded border border-white/70 px-2 py-0.5 text-white">
                      Log out
                    </button>
                  </form>
                </>
              ) : (
                <Link href="/login" className="text-white underline">
                  Log in
                </Link>
              )}
            </div>
          </div>
        </header>
        <main className="mx-auto max-w-6xl px-6 py-8">{children}</main>
      </body>
    </html>
  );
}
