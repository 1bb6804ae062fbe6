// Persona login in the spirit of the test environment's TestID: pick a person or type a number.
import { getTranslations } from "next-intl/server";
import { Heading } from "@digdir/designsystemet-react";
import { loginErrorCode } from "@/lib/auth/login-errors";
import { safeReturnPath } from "@/lib/auth/return-path";
import { pageTitle } from "@/lib/i18n/metadata";
import { PageHeader, Panel } from "../_components/ui";
import { CastList } from "../_components/cast-list";
import { LoginForm } from "./login-form";

export const dynamic = "force-dynamic";
export const generateMetadata = pageTitle("login");

export default async function LoginPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const t = await getTranslations("Login");
  const sp = await searchParams;
  const callbackUrl = safeReturnPath(sp.callbackUrl);
  return (
    <div className="space-y-6">
      <PageHeader title={t("title")} lead={t("lead")} />
      <Panel>
        <LoginForm callbackUrl={callbackUrl} initialError={loginErrorCode(sp.error)} />
      </Panel>
      <Panel>
        <Heading level={2} data-size="xs" className="mb-3">
          {t("pickPerson")}
        </Heading>
        <CastList callbackUrl={callbackUrl} />
      </Panel>
    </div>
  );
}
