// /vendor/console: "run it" — the portal plays the vendor's machine for one of the org's system users and
// shows every request and response (Maskinporten metadata, token, Skatteetaten's API).
import Link from "next/link";
import { Paragraph } from "@digdir/designsystemet-react";
import { PageHeader, Panel } from "@/app/_components/ui";
import { requireArea } from "@/lib/auth/actor";
import { env } from "@/lib/env";
import { listConsoleTargets } from "@/lib/vendor-client/console";
import { VendorNav } from "../_components/vendor-nav";
import { ConsoleForm } from "./console-form";

export const dynamic = "force-dynamic";

export default async function Page() {
  const actor = await requireArea("vendor", "/vendor/console");
  const targets = await listConsoleTargets(actor.party.orgNo);
  return (
    <div className="space-y-6" data-testid="vendor-console">
      <PageHeader
        eyebrow={`${actor.party.name} · ${actor.party.orgNo}`}
        title="Run it: the vendor's machine"
        lead={
          <>
            Pick a system user and let the portal act as your integration: it reads Maskinporten&apos;s metadata, signs a
            grant with your client&apos;s key, gets a system-user token and calls Skatteetaten&apos;s Krav og betalinger
            API — over real HTTP against {env.baseUrl}, exactly as your own code would.
          </>
        }
      />
      <VendorNav />
      <Panel>
        <ConsoleForm targets={targets} baseUrl={env.baseUrl} />
      </Panel>
      <Panel>
        <Paragraph data-size="sm">
          The same steps from a terminal: <code>npm run vendor -- --help</code>. New system users come from requests
          your customers approve (<Link href="/vendor/requests/new">New request</Link>); agent system users also need clients added by
          the facilitator&apos;s client administrator.
        </Paragraph>
      </Panel>
    </div>
  );
}
