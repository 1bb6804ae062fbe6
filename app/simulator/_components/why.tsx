// "Why": the PDP's decisions and Maskinporten's failed lookups in plain words (lib/pdp/explain.ts,
// lib/maskinporten/systemuser-lookup.ts). Shown in the sequence view and under a console run; never part
// of an API's answer.
import { useTranslations } from "next-intl";
import type { FlowExplanations } from "@/lib/exchanges/view";
import type { LookupExplanation } from "@/lib/maskinporten/systemuser-lookup";
import type { DecisionExplanation } from "@/lib/pdp/explain";

function Decision({ d }: { d: DecisionExplanation }) {
  const t = useTranslations("Why");
  return (
    <section className="space-y-2 rounded-lg p-4 ring-1 ring-black/10" data-testid="why-decision" data-decision={d.decision} data-link={d.link ?? ""}>
      <h3 className="font-semibold">{t("decisionTitle", { decision: d.decision })}</h3>
      <p className="text-sm">{t("request", { resource: d.resource, actions: d.actions.join(", ") || t("none"), party: d.party })}</p>
      <dl className="grid gap-x-4 gap-y-1 text-sm sm:grid-cols-[12rem_1fr]">
        <dt className="font-medium">{t("subject")}</dt>
        <dd>{d.subject}</dd>
        <dt className="font-medium">{t("found")}</dt>
        <dd>
          <ul className="list-disc pl-5">
            {d.found.map((f) => (
              <li key={f}>{f}</li>
            ))}
          </ul>
        </dd>
        <dt className="font-medium">{t("rules")}</dt>
        <dd>
          {d.rules.length ? (
            <ul className="list-disc pl-5">
              {d.rules.map((r) => (
                <li key={r}>{r}</li>
              ))}
            </ul>
          ) : (
            t("noRules")
          )}
        </dd>
        <dt className="font-medium">{t("verdict")}</dt>
        <dd data-testid="why-verdict">{d.verdict}</dd>
      </dl>
    </section>
  );
}

function Lookup({ l }: { l: LookupExplanation }) {
  const t = useTranslations("Why");
  return (
    <section className="space-y-2 rounded-lg p-4 ring-1 ring-black/10" data-testid="why-lookup">
      <h3 className="font-semibold">{t("lookupTitle")}</h3>
      <p className="text-sm" data-testid="why-verdict">
        {l.verdict}
      </p>
      <p className="text-sm font-medium">{t("conditions")}</p>
      <ul className="list-disc pl-5 text-sm">
        {l.conditions.map((c) => (
          <li key={c.condition}>
            <span className={c.holds ? "text-green-800" : "font-semibold text-red-800"}>{c.holds ? t("holds") : t("fails")}</span>: {c.condition} ({c.compared})
          </li>
        ))}
      </ul>
    </section>
  );
}

export function Why({ why }: { why: FlowExplanations }) {
  if (!why.decisions.length && !why.lookups.length) return null;
  return (
    <div className="space-y-3" data-testid="why">
      {why.lookups.map((l, i) => (
        <Lookup key={`l${i}`} l={l} />
      ))}
      {why.decisions.map((d, i) => (
        <Decision key={`d${i}`} d={d} />
      ))}
    </div>
  );
}
