"use client";
// Picks access packages from Altinn's catalogue (about 220): grouped by area, each area collapsible with
// a count of what is chosen in it, and a search over names and codes that opens the areas it matches.
// Every checkbox stays in the form (hidden ones too), so a search never drops a choice.
import { useState } from "react";
import { useTranslations } from "next-intl";
import { Checkbox, Tag, Textfield } from "@digdir/designsystemet-react";
import type { PackageOptionGroup } from "@/lib/parties/package-options";

export function PackagePicker(props: {
  groups: PackageOptionGroup[];
  selected: readonly string[];
  onChange: (next: string[]) => void;
  /** Form field name of the checkboxes (uncontrolled forms read them from FormData). */
  name?: string;
  /** Prefix of each checkbox's accessible name, e.g. "Package · ". */
  labelPrefix?: string;
  testId?: string;
}) {
  const t = useTranslations("PackagePicker");
  const [query, setQuery] = useState("");
  const q = query.trim().toLowerCase();
  const matches = (p: PackageOptionGroup["packages"][number]) => !q || p.name.toLowerCase().includes(q) || p.code.includes(q) || (p.otherName ?? "").toLowerCase().includes(q);
  const toggle = (urn: string, on: boolean) => props.onChange(on ? [...props.selected, urn] : props.selected.filter((u) => u !== urn));
  return (
    <div className="space-y-2" data-testid={props.testId}>
      <Textfield label={t("search")} description={t("searchHint")} value={query} onChange={(e) => setQuery(e.target.value)} onKeyDown={(e) => e.key === "Enter" && e.preventDefault()} data-testid="package-search" />
      <p className="text-sm" data-testid="package-count">{t("chosen", { count: props.selected.length })}</p>
      <div className="max-h-[32rem] overflow-y-auto rounded border border-gray-300 p-2">
        {props.groups.map((g) => {
          const shown = g.packages.filter(matches);
          const chosen = g.packages.filter((p) => props.selected.includes(p.urn)).length;
          return (
            <details key={g.area} open={q ? shown.length > 0 : chosen > 0} hidden={shown.length === 0} className="border-b border-gray-200 py-1" data-testid="package-area">
              <summary className="cursor-pointer text-sm font-medium">
                {g.areaName} <span className="font-normal text-gray-600">· {g.group} · {t("areaCount", { count: g.packages.length })}{chosen ? `, ${t("chosen", { count: chosen })}` : ""}</span>
              </summary>
              <div className="grid gap-1 py-1 pl-4 md:grid-cols-2">
                {g.packages.map((p) => (
                  <div key={p.urn} hidden={!matches(p)} title={p.description} className="flex items-center gap-2">
                    <Checkbox
                      label={`${props.labelPrefix ?? ""}${p.name}`}
                      name={props.name}
                      value={p.urn}
                      checked={props.selected.includes(p.urn)}
                      onChange={(e) => toggle(p.urn, e.target.checked)}
                    />
                    {p.client ? <Tag data-size="sm" data-color="info">{t("client")}</Tag> : null}
                    {!p.delegable ? <Tag data-size="sm" data-color="neutral">{t("notForAgents")}</Tag> : null}
                  </div>
                ))}
              </div>
            </details>
          );
        })}
      </div>
    </div>
  );
}
