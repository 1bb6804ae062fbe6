// User-driven creation (reference §1 step 4): pick a visible system, see its rights, create.
import Link from "@/app/_components/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { Alert, Heading, Paragraph, Tag } from "@digdir/designsystemet-react";
import { requireArea } from "@/lib/auth/actor";
import { findVisibleSystem, listVisibleSystems } from "@/lib/approval/user-driven";
import { PageHeader, Panel } from "@/app/_components/ui";
import { pageTitle } from "@/lib/i18n/metadata";
import { currentLocale } from "@/lib/i18n/server";
import { describeMissingAccess } from "../_components/missing";
import { RightsList } from "../_components/rights-list";
import { CreateForm } from "./create-form";

export const dynamic = "force-dynamic";
export const generateMetadata = pageTitle("newSystemUser");

const PATH = "/accessmanagement/ui/systemuser/new";

export default async function Page({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const { system } = await searchParams;
  const actor = await requireArea("endUser", typeof system === "string" ? `${PATH}?system=${encodeURIComponent(system)}` : PATH);
  const org = { pid: actor.pid, orgNo: actor.party.orgNo };
  const [t, locale] = [await getTranslations("NewSystemUser"), await currentLocale()];
  const header = <PageHeader eyebrow={`${actor.party.name} · ${actor.party.orgNo}`} title={t("title")} lead={t("lead")} />;
  if (typeof system !== "string") {
    const systems = await listVisibleSystems(org, locale);
    return (
      <div className="flex flex-col gap-6" data-testid="new-system-user">
        {header}
        <Panel>
          {systems.length === 0 ? <Paragraph>{t("none")}</Paragraph> : null}
          <ul className="divide-y divide-black/10" data-testid="visible-systems">
            {systems.map((s) => (
              <li key={s.id} className="flex flex-wrap items-center gap-3 py-3">
                <div className="min-w-0 flex-1">
                  <Link href={`${PATH}?system=${encodeURIComponent(s.id)}`} className="ds-link font-medium" data-testid="new-system-choose">
                    {s.name}
                  </Link>
                  <div className="text-sm text-[var(--ds-color-neutral-text-subtle)]">
                    {s.vendor.name} · {s.id}
                  </div>
                </div>
                {s.alreadyCreated ? <Tag data-color="success" data-size="sm">{t("alreadyCreated")}</Tag> : null}
                <Link href={`${PATH}?system=${encodeURIComponent(s.id)}`} className="ds-button" data-variant="secondary" data-size="sm" aria-hidden tabIndex={-1}>
                  {t("choose")}
                </Link>
              </li>
            ))}
          </ul>
        </Panel>
      </div>
    );
  }
  const s = await findVisibleSystem(org, system, locale);
  if (!s) notFound();
  return (
    <div className="flex flex-col gap-6" data-testid="new-system-user">
      {header}
      <Panel className="flex flex-col gap-4">
        <Heading level={2} data-size="sm" data-testid="chosen-system">
          {s.name}
        </Heading>
        <p className="text-sm">
          {t("from", { vendor: s.vendor.name, orgNo: s.vendor.orgNo, id: s.id })}
        </p>
        {s.description ? <Paragraph data-size="sm">{s.description}</Paragraph> : null}
        <Heading level={3} data-size="xs">
          {t("rightsHeading")}
        </Heading>
        <RightsList rights={s.rights} packages={s.accessPackages} />
      </Panel>
      {s.alreadyCreated ? <Alert data-color="info">{t("alreadyHas", { party: actor.party.name })}</Alert> : null}
      {s.missing.length > 0 ? (
        <Alert data-color="warning" data-testid="missing-rights">
          {t("missing", { missing: await describeMissingAccess(s.missing, locale) })}
        </Alert>
      ) : null}
      <Panel>
        <CreateForm systemId={s.id} defaultTitle={s.name} disabled={s.missing.length > 0} />
      </Panel>
    </div>
  );
}
