// 403 of the client administration (requireArea refused): says which package (or role) the person lacks,
// from the same rule that refused them (lib/parties/roles clientAdministratorGap). Nothing of the firm is shown.
import Link from "@/app/_components/link";
import { getTranslations } from "next-intl/server";
import { Alert, Heading, Paragraph } from "@digdir/designsystemet-react";
import { SwitchPerson } from "@/app/_components/switch-person";
import { currentPerson } from "@/lib/auth/actor";
import { currentLocale } from "@/lib/i18n/server";
import { accessPackageName } from "@/lib/parties/access-packages";
import { loadRelation } from "@/lib/parties/relations";
import { clientAdministratorGap } from "@/lib/parties/roles";

export default async function Forbidden() {
  const [t, cast, locale] = [await getTranslations("Forbidden"), await getTranslations("Cast"), await currentLocale()];
  const person = await currentPerson();
  const gap = person?.party ? clientAdministratorGap(await loadRelation(person.pid, person.party.orgNo)) : null;
  return (
    <div className="max-w-2xl space-y-4" data-testid="not-allowed">
      <title>{t("title")}</title>
      <Heading level={1} data-size="lg">
        {t("title")}
      </Heading>
      <Alert data-color="danger">
        {gap && person?.party ? (
          <Paragraph data-testid="client-admin-lacks">
            {t("clientAdminLacks", { org: person.party.name, pkg: accessPackageName(gap.accessPackage, locale) })}
            {gap.orRole ? t("orRole", { role: cast(`role.${gap.orRole}` as "role.DAGL").toLowerCase() }) : ""}.{gap.orgHasNoClients ? t("noClients", { org: person.party.name }) : ""}
          </Paragraph>
        ) : (
          <Paragraph>{t("body")}</Paragraph>
        )}
      </Alert>
      <SwitchPerson />
      <p className="flex gap-4">
        <Link href="/velg-aktor">{t("changeOrg")}</Link>
        <Link href="/start">{t("yourAreas")}</Link>
      </p>
    </div>
  );
}
