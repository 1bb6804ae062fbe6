// The landing page: the story in a few lines and the cast with one-click login.
import Link from "next/link";
import { Heading, Paragraph } from "@digdir/designsystemet-react";
import { PageHeader, Panel } from "./_components/ui";
import { CastList } from "./_components/cast-list";

export const dynamic = "force-dynamic";

const STEPS = [
  ["Service owner", "Skatteetaten publishes the “Krav og betalinger” API, its Maskinporten scope and an Altinn resource with a policy."],
  ["System vendor", "SmartCloud AS registers its software in the System Register and asks a customer for a system user."],
  ["End user", "STADIG KONSERT, daglig leder of TILFELDIG SUBTIL APE, approves the request: a system user is created."],
  ["Client administrator", "DRESS MINST at the accounting firm TILBAKEHOLDEN USYMMETRISK TIGER AS delegates clients to an agent system user."],
  ["Runtime", "SmartCloud's machine gets a Maskinporten token for the system user and calls the API, which asks Altinn's PDP: Permit or Deny."],
] as const;

export default function Home() {
  return (
    <div className="space-y-8">
      <PageHeader
        eyebrow="Altinn 3 · systembruker"
        title="The system-user chain on one machine"
        lead="Every part of Altinn 3's system-user integration, runnable locally: real signed tokens, real delegations, real PDP decisions. Log in as anyone in the test cast below."
      />
      <Panel>
        <Heading level={2} data-size="sm" className="mb-3">
          The story
        </Heading>
        <ol className="list-decimal space-y-2 pl-6">
          {STEPS.map(([who, what]) => (
            <li key={who}>
              <strong>{who}:</strong> {what}
            </li>
          ))}
        </ol>
      </Panel>
      <Panel>
        <Heading level={2} data-size="sm" className="mb-1">
          The test cast
        </Heading>
        <Paragraph data-size="sm" className="mb-4">
          Synthetic people and organisations, as in Altinn's test environment. Or{" "}
          <Link href="/login">type a national identity number</Link>.
        </Paragraph>
        <CastList />
      </Panel>
    </div>
  );
}
