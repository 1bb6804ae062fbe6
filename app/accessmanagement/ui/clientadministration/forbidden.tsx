// 403 of the client administration (requireArea refused): says which package (or role) the person lacks,
// from the same rule that refused them (lib/parties/roles clientAdministratorGap). Nothing of the firm is shown.
import Link from "next/link";
import { Alert, Heading, Paragraph } from "@digdir/designsystemet-react";
import { currentPerson } from "@/lib/auth/actor";
import { accessPackageName } from "@/lib/parties/access-packages";
import { loadRelation } from "@/lib/parties/relations";
import { clientAdministratorGap, roleTitle } from "@/lib/parties/roles";

/** The page's words, together for the message files. */
const TEXT = {
  title: "Not allowed",
  generic: "You do not have the role this page needs for the organisation you act for. Choose another organisation, or log in as someone who has it.",
  lacks: (org: string, pkg: string) => `To administer the clients of ${org}, you need the access package ${pkg}`,
  orRole: (role: string) => `, or to be its ${role.toLowerCase()}`,
  noClients: (org: string) => ` ${org} holds no regnskapsfører, revisor or forretningsfører role in Enhetsregisteret, so it has no clients by role.`,
  change: "Change organisation",
  areas: "Your areas",
};

export default async function Forbidden() {
  const person = await currentPerson();
  const gap = person?.party ? clientAdministratorGap(await loadRelation(person.pid, person.party.orgNo)) : null;
  return (
    <div className="max-w-2xl space-y-4" data-testid="not-allowed">
      <Heading level={1} data-size="lg">
        {TEXT.title}
      </Heading>
      <Alert data-color="danger">
        {gap && person?.party ? (
          <Paragraph data-testid="client-admin-lacks">
            {TEXT.lacks(person.party.name, accessPackageName(gap.accessPackage))}
            {gap.orRole ? TEXT.orRole(roleTitle(gap.orRole)) : ""}.{gap.orgHasNoClients ? TEXT.noClients(person.party.name) : ""}
          </Paragraph>
        ) : (
          <Paragraph>{TEXT.generic}</Paragraph>
        )}
      </Alert>
      <p className="flex gap-4">
        <Link href="/velg-aktor">{TEXT.change}</Link>
        <Link href="/start">{TEXT.areas}</Link>
      </p>
    </div>
  );
}
