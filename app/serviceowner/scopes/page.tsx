// Service owner: create Maskinporten scopes under the organisation's prefix and grant them to consumers.
// Maskinporten issues a scope only to organisations holding a grant, so a revoke bites on the next token.
import Link from "next/link";
import { Heading, Paragraph, Table, TableBody, TableCell, TableHead, TableHeaderCell, TableRow } from "@digdir/designsystemet-react";
import { requireArea } from "@/lib/auth/actor";
import { scopePrefixes } from "@/lib/scopes/scope-name";
import { findOrganizationCode, listOwnScopes } from "@/lib/scopes/scopes";
import { PageHeader, Panel } from "@/app/_components/ui";
import { createScopeAction, grantScopeAction, revokeScopeAction } from "./actions";
import { CreateScopeForm, GrantForm, RevokeButton } from "./forms";

export const dynamic = "force-dynamic";

export default async function ScopesPage() {
  const actor = await requireArea("serviceOwner", "/serviceowner/scopes");
  const owner = { orgNo: actor.party.orgNo, audit: `person:${actor.pid}` } as const;
  const [scopes, orgCode] = await Promise.all([listOwnScopes(owner), findOrganizationCode(owner.orgNo)]);
  return (
    <div className="space-y-6" data-testid="area-serviceOwner">
      <PageHeader
        eyebrow={`${actor.party.name} · ${actor.party.orgNo}`}
        title="Maskinporten scopes"
        lead="Scopes protect your APIs. Grant a scope to the organisations (vendors) whose Maskinporten clients may ask for it; revoke to stop new tokens."
      />
      <p>
        <Link className="ds-link" href="/serviceowner">← Back to resources</Link>
      </p>
      <Panel className="space-y-3">
        <Heading level={2} data-size="xs">
          Create a scope
        </Heading>
        <CreateScopeForm action={createScopeAction} prefixes={scopePrefixes(orgCode ?? "")} />
      </Panel>
      {scopes.map((s) => (
        <Panel key={s.name} className="space-y-3">
          <div data-testid={`scope-${s.name}`} className="space-y-3">
            <Heading level={2} data-size="xs">
              <code>{s.name}</code>
            </Heading>
            {s.description ? <Paragraph data-size="sm">{s.description}</Paragraph> : null}
            {s.resources.length ? <Paragraph data-size="sm">Reaches resource(s): {s.resources.join(", ")}</Paragraph> : null}
            <Table data-size="sm">
              <TableHead>
                <TableRow>
                  <TableHeaderCell>Organisation</TableHeaderCell>
                  <TableHeaderCell>Org. number</TableHeaderCell>
                  <TableHeaderCell>Granted</TableHeaderCell>
                  <TableHeaderCell>
                    <span className="sr-only">Actions</span>
                  </TableHeaderCell>
                </TableRow>
              </TableHead>
              <TableBody>
                {s.grants.map((g) => (
                  <TableRow key={g.orgNo}>
                    <TableCell>{g.orgName}</TableCell>
                    <TableCell>{g.orgNo}</TableCell>
                    <TableCell>{g.created.slice(0, 10)}</TableCell>
                    <TableCell>
                      <RevokeButton action={revokeScopeAction} scope={s.name} orgNo={g.orgNo} orgName={g.orgName} />
                    </TableCell>
                  </TableRow>
                ))}
              </TableBody>
            </Table>
            {s.grants.length === 0 ? <Paragraph data-size="sm">Not granted to anyone yet.</Paragraph> : null}
            <GrantForm action={grantScopeAction} scope={s.name} />
          </div>
        </Panel>
      ))}
    </div>
  );
}
