// User-driven creation (reference §1 step 4): pick a visible system, see its rights, create.
import Link from "next/link";
import { notFound } from "next/navigation";
import { Alert, Heading, Paragraph, Tag } from "@digdir/designsystemet-react";
import { requireArea } from "@/lib/auth/actor";
import { findVisibleSystem, listVisibleSystems } from "@/lib/approval/user-driven";
import { PageHeader, Panel } from "@/app/_components/ui";
import { RightsList } from "../_components/rights-list";
import { CreateForm } from "./create-form";

export const dynamic = "force-dynamic";

const PATH = "/accessmanagement/ui/systemuser/new";

export default async function Page({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const { system } = await searchParams;
  const actor = await requireArea("endUser", typeof system === "string" ? `${PATH}?system=${encodeURIComponent(system)}` : PATH);
  const org = { pid: actor.pid, orgNo: actor.party.orgNo };
  const header = <PageHeader eyebrow={`${actor.party.name} · ${actor.party.orgNo}`} title="Create system user" lead="Choose the system that shall act on the organisation's behalf. It gets every right the vendor registered for it." />;
  if (typeof system !== "string") {
    const systems = await listVisibleSystems(org);
    return (
      <div className="flex flex-col gap-6" data-testid="new-system-user">
        {header}
        <Panel>
          {systems.length === 0 ? <Paragraph>No systems are available.</Paragraph> : null}
          <ul className="divide-y divide-black/10" data-testid="visible-systems">
            {systems.map((s) => (
              <li key={s.id} className="flex flex-wrap items-center gap-3 py-3">
                <div className="min-w-0 flex-1">
                  <Link href={`${PATH}?system=${encodeURIComponent(s.id)}`} className="ds-link font-medium">
                    {s.name}
                  </Link>
                  <div className="text-sm text-[var(--ds-color-neutral-text-subtle)]">
                    {s.vendor.name} · {s.id}
                  </div>
                </div>
                {s.alreadyCreated ? <Tag data-color="success" data-size="sm">Already created</Tag> : null}
                <Link href={`${PATH}?system=${encodeURIComponent(s.id)}`} className="ds-button" data-variant="secondary" data-size="sm" aria-hidden tabIndex={-1}>
                  Choose
                </Link>
              </li>
            ))}
          </ul>
        </Panel>
      </div>
    );
  }
  const s = await findVisibleSystem(org, system);
  if (!s) notFound();
  return (
    <div className="flex flex-col gap-6" data-testid="new-system-user">
      {header}
      <Panel className="flex flex-col gap-4">
        <Heading level={2} data-size="sm" data-testid="chosen-system">
          {s.name}
        </Heading>
        <p className="text-sm">
          From {s.vendor.name} (org. no. {s.vendor.orgNo}) · {s.id}
        </p>
        {s.description ? <Paragraph data-size="sm">{s.description}</Paragraph> : null}
        <Heading level={3} data-size="xs">
          The system user will get these rights
        </Heading>
        <RightsList rights={s.rights} packages={s.accessPackages} />
      </Panel>
      {s.alreadyCreated ? <Alert data-color="info">{actor.party.name} already has a system user for this system.</Alert> : null}
      {s.missing.length > 0 ? (
        <Alert data-color="warning" data-testid="missing-rights">
          You cannot create it: you do not hold all its rights yourself ({s.missing.join("; ")}).
        </Alert>
      ) : null}
      <Panel>
        <CreateForm systemId={s.id} defaultTitle={s.name} disabled={s.missing.length > 0} />
      </Panel>
    </div>
  );
}
