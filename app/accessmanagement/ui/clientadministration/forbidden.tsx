// 403 of the client administration (requireArea refused): says which package (or role) the person lacks,
// from the same rule that refused them (lib/parties/roles clientAdministratorGap). Nothing of the firm is shown.
import { getTranslations } from "next-intl/server";
import { Paragraph } from "@digdir/designsystemet-react";
import { ForbiddenPage } from "@/app/_components/forbidden-page";
import { currentPerson } from "@/lib/auth/actor";
import { currentLocale } from "@/lib/i18n/server";
import { accessPackageName } from "@/lib/parties/access-packages";
import { loadRelation } from "@/lib/parties/relations";
import { clientAdministratorGap } from "@/lib/parties/roles";

export default async function Forbidden() {
  const [t, cast, locale] = [await getTranslations("Forbidden"), await getTranslations("Cast"), await currentLocale()];
  const person = await currentPerson();
  const gap = person?.party ? clientAdministratorGap(await loadRelation(person.pid, person.party.orgNo)) : null;
  if (!gap || !person?.party) return <ForbiddenPage />;
  return (
    <ForbiddenPage
      why={
        <Paragraph data-testid="client-admin-lacks">
          {t("clientAdminLacks", { org: person.party.name, pkg: accessPackageName(gap.accessPackage, locale) })}
          {gap.orRole ? t("orRole", { role: cast(`role.${gap.orRole}` as "role.DAGL").toLowerCase() }) : ""}.{gap.orgHasNoClients ? t("noClients", { org: person.party.name }) : ""}
        </Paragraph>
      }
    />
  );
}
