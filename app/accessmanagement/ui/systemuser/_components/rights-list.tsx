// Rights and access packages in plain words: resource titles from the Resource Registry, action words.
import { useTranslations } from "next-intl";
import { Tag } from "@digdir/designsystemet-react";

export interface RightLine {
  resource: string;
  title: string;
  description?: string;
  actions: string[];
}

export function RightsList({ rights, packages }: { rights: RightLine[]; packages: { urn: string; name: string }[] }) {
  const t = useTranslations("Rights");
  if (rights.length === 0 && packages.length === 0) return <p className="text-sm">{t("none")}</p>;
  return (
    <ul className="flex flex-col gap-2" data-testid="rights">
      {rights.map((r) => (
        <li key={r.resource} className="flex flex-wrap items-center gap-2">
          <span className="font-medium">{r.title}</span>
          {r.actions.map((a) => (
            <Tag key={a} data-color="info" data-size="sm">
              {t.has(`action.${a}`) ? t(`action.${a}`) : a}
            </Tag>
          ))}
          {r.description ? <span className="w-full text-sm text-[var(--ds-color-neutral-text-subtle)]">{r.description}</span> : null}
        </li>
      ))}
      {packages.map((p) => (
        <li key={p.urn} className="flex flex-wrap items-center gap-2">
          <span className="font-medium">{p.name}</span>
          <Tag data-color="neutral" data-size="sm">
            {t("accessPackage")}
          </Tag>
        </li>
      ))}
    </ul>
  );
}
