// System vendor: ask the owner of a standard system user to change its rights (a change request).
import { Alert, Button, Textfield } from "@digdir/designsystemet-react";
import { requireArea } from "@/lib/auth/actor";
import { PageHeader, Panel } from "@/app/_components/ui";
import { VendorNav } from "../../_components/vendor-nav";
import { submitChangeRequest } from "../actions";

export const dynamic = "force-dynamic";

export default async function NewChangeRequestPage({ searchParams }: { searchParams: Promise<Record<string, string | undefined>> }) {
  const sp = await searchParams;
  const systemUser = sp.systemUser ?? "";
  const actor = await requireArea("vendor", `/vendor/changerequests/new?systemUser=${encodeURIComponent(systemUser)}`);
  return (
    <div className="space-y-6">
      <PageHeader eyebrow={actor.party.name} title="Ask for a change to a system user" lead="The system user's owner approves or rejects the change on its confirm page." />
      <VendorNav />
      {sp.error ? <Alert data-color="warning" data-testid="changerequest-error">{sp.error}</Alert> : null}
      <Panel>
        <form action={submitChangeRequest} className="space-y-4">
          <Textfield label="System user id" name="systemUserId" defaultValue={systemUser} required />
          <Textfield label="Rights to add (resource or resource:action, space separated)" name="add-rights" />
          <Textfield label="Rights to remove" name="remove-rights" />
          <Textfield label="Access packages to add (names or URNs)" name="add-packages" />
          <Textfield label="Access packages to remove" name="remove-packages" />
          <Button type="submit">Create change request</Button>
        </form>
      </Panel>
    </div>
  );
}
