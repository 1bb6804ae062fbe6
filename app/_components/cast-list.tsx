// The test cast with one-click login (landing and login pages).
import { getTranslations } from "next-intl/server";
import { Button, Table, TableBody, TableCell, TableHead, TableHeaderCell, TableRow } from "@digdir/designsystemet-react";
import { listCast } from "@/lib/parties/relations";
import { accessPackageName } from "@/lib/parties/access-packages";
import { currentLocale } from "@/lib/i18n/server";
import { loginAs } from "../actions/session";

export async function CastList({ callbackUrl }: { callbackUrl?: string }) {
  const [cast, t, locale] = [await listCast(), await getTranslations("Cast"), await currentLocale()];
  const role = (code: string) => (t.has(`role.${code}`) ? t(`role.${code}`) : code);
  return (
    <Table zebra data-size="sm" className="w-full">
      <TableHead>
        <TableRow>
          <TableHeaderCell>{t("person")}</TableHeaderCell>
          <TableHeaderCell>{t("pid")}</TableHeaderCell>
          <TableHeaderCell>{t("relations")}</TableHeaderCell>
          <TableHeaderCell>
            <span className="sr-only">{t("login")}</span>
          </TableHeaderCell>
        </TableRow>
      </TableHead>
      <TableBody>
        {cast.map((p) => (
          <TableRow key={p.pid}>
            <TableCell className="font-medium">{p.name}</TableCell>
            <TableCell className="font-mono">{p.pid}</TableCell>
            <TableCell>
              {p.relations.map((r) => (
                <div key={r.orgNo}>
                  {r.orgName} ({r.orgNo}): {[...r.roles.map(role), ...r.packages.map((urn) => accessPackageName(urn, locale))].join(", ")}
                </div>
              ))}
            </TableCell>
            <TableCell>
              <form action={loginAs}>
                <input type="hidden" name="pid" value={p.pid} />
                {callbackUrl ? <input type="hidden" name="callbackUrl" value={callbackUrl} /> : null}
                <Button type="submit" variant="secondary" data-size="sm" className="whitespace-nowrap" aria-label={t("loginAs", { name: p.name })} data-testid={`cast-login-${p.pid}`}>
                  {t("login")}
                </Button>
              </form>
            </TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
