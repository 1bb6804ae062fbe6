// Persona login in the spirit of the test environment's TestID: pick a person or type a number.
import { Heading } from "@digdir/designsystemet-react";
import { loginErrorMessage } from "@/lib/auth/login-errors";
import { safeReturnPath } from "@/lib/auth/return-path";
import { PageHeader, Panel } from "../_components/ui";
import { CastList } from "../_components/cast-list";
import { LoginForm } from "./login-form";

export const dynamic = "force-dynamic";

export default async function LoginPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const sp = await searchParams;
  const callbackUrl = safeReturnPath(sp.callbackUrl);
  const error = loginErrorMessage(sp.error);
  return (
    <div className="space-y-6">
      <PageHeader title="Log in (TestID)" lead="The simulator's stand-in for ID-porten: no password, only synthetic people." />
      <Panel>
        <LoginForm callbackUrl={callbackUrl} initialError={error} />
      </Panel>
      <Panel>
        <Heading level={2} data-size="xs" className="mb-3">
          Or pick a person from the test cast
        </Heading>
        <CastList callbackUrl={callbackUrl} />
      </Panel>
    </div>
  );
}
