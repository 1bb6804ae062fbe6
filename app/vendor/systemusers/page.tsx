// System vendor: look a system user up as GET /systemuser/vendor/byquery does (system, customer, external ref).
import { getTranslations } from "next-intl/server";
import { pageTitle } from "@/lib/i18n/metadata";
import { Alert, Button, Field, Label, Select, SelectOption, Textfield } from "@digdir/designsystemet-react";
import { requireArea } from "@/lib/auth/actor";
import { Problem, StatusAnswer } from "@/lib/problems/problem";
import { vendorFromPerson } from "@/lib/registry/actor";
import { listSystems } from "@/lib/registry/systems";
import { findSystemUserByQuery } from "@/lib/requests/system-users";
import type { SystemUserDto } from "@/lib/system-users/dto";
import { PageHeader, Panel } from "@/app/_components/ui";
import { VendorNav } from "../_components/vendor-nav";

export const dynamic = "force-dynamic";
export const generateMetadata = pageTitle("findSystemUser");

export default async function FindSystemUserPage({ searchParams }: { searchParams: Promise<Record<string, string | undefined>> }) {
  const sp = await searchParams;
  const actor = await requireArea("vendor", "/vendor/systemusers");
  const vendor = vendorFromPerson(actor);
  const systems = await listSystems(vendor);
  const systemId = sp["system-id"] ?? "";
  const orgno = sp.orgno?.trim() ?? "";
  const t = await getTranslations("FindSystemUser");
  let found: SystemUserDto | null = null;
  let error: string | null = null;
  if (systemId && orgno) {
    try {
      found = await findSystemUserByQuery(vendor, systemId, orgno, sp["external-ref"]?.trim() || undefined);
    } catch (e) {
      if (e instanceof StatusAnswer) error = t("noMatch", { status: e.status });
      else if (e instanceof Problem) error = `${e.title} (${e.code})`;
      else throw e;
    }
  }
  return (
    <div className="space-y-6">
      <PageHeader eyebrow={`${actor.party.name} · ${t("eyebrow")}`} title={t("title")} lead={t("lead")} />
      <VendorNav />
      <Panel>
        <form method="get" className="grid items-end gap-4 md:grid-cols-4">
          <Field>
            <Label>{t("system")}</Label>
            <Select name="system-id" defaultValue={systemId} data-testid="find-system">
              {systems.map((s) => <SelectOption key={s.id} value={s.id}>{s.id}</SelectOption>)}
            </Select>
          </Field>
          <Textfield label={t("orgno")} name="orgno" defaultValue={orgno} data-testid="find-orgno" />
          <Textfield label={t("externalRef")} name="external-ref" defaultValue={sp["external-ref"] ?? ""} data-testid="find-external-ref" />
          <Button type="submit" data-testid="find-submit">{t("lookUp")}</Button>
        </form>
      </Panel>
      {error ? <Alert data-color="warning" data-testid="lookup-result">{error}</Alert> : null}
      {found ? (
        <Panel>
          <pre tabIndex={0} className="overflow-x-auto text-xs" data-testid="lookup-result">{JSON.stringify(found, null, 2)}</pre>
          {found.userType !== "agent" ? <a className="underline" href={`/vendor/changerequests/new?systemUser=${found.id}`}>{t("askChange")}</a> : null}
        </Panel>
      ) : null}
    </div>
  );
}
