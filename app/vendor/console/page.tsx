// /vendor/console: "run it" — the portal plays the vendor's machine for one of the org's system users and
// shows every request and response (Maskinporten metadata, token, Skatteetaten's API).
import Link from "@/app/_components/link";
import { getTranslations } from "next-intl/server";
import { Paragraph } from "@digdir/designsystemet-react";
import { PageHeader, Panel } from "@/app/_components/ui";
import { requireArea } from "@/lib/auth/actor";
import { env } from "@/lib/env";
import { pageTitle } from "@/lib/i18n/metadata";
import { listConsoleTargets } from "@/lib/vendor-client/console";
import { VendorNav } from "../_components/vendor-nav";
import { ConsoleForm } from "./console-form";

export const dynamic = "force-dynamic";
export const generateMetadata = pageTitle("console");

export default async function Page() {
  const actor = await requireArea("vendor", "/vendor/console");
  const targets = await listConsoleTargets(actor.party.orgNo);
  const t = await getTranslations("Console");
  return (
    <div className="space-y-6" data-testid="vendor-console">
      <PageHeader
        eyebrow={`${actor.party.name} · ${actor.party.orgNo}`}
        title={t("title")}
        lead={t("lead", { baseUrl: env.baseUrl })}
      />
      <VendorNav />
      <Panel>
        <ConsoleForm targets={targets} baseUrl={env.baseUrl} />
      </Panel>
      <Panel>
        <Paragraph data-size="sm">
          {t.rich("footer", { code: (c) => <code>{c}</code>, link: (c) => <Link href="/vendor/requests/new">{c}</Link> })}
        </Paragraph>
      </Panel>
    </div>
  );
}
