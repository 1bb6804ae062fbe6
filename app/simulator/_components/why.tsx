// "Why": the PDP's decisions and Maskinporten's failed lookups in plain words (lib/pdp/explain.ts,
// lib/maskinporten/systemuser-lookup.ts). Shown in the sequence view and under a console run; never part
// of an API's answer.
import { useTranslations } from "next-intl";
import { renderText, type Text } from "@/lib/i18n/text";
import type { FlowExplanations } from "@/lib/exchanges/view";
import type { LookupExplanation } from "@/lib/maskinporten/systemuser-lookup";
import type { DecisionExplanation } from "@/lib/pdp/explain";

/** The simulator's own texts in the page's language (records made before they had keys show English). */
function useExplain(): (x: Text | undefined, english: string) => string {
  const t = useTranslations("Explain");
  return (x, english) => (x ? renderText((key, values) => t(key as never, values as never), x) : english);
}

function Decision({ d }: { d: DecisionExplanation }) {
  const t = useTranslations("Why");
  const e = useExplain();
  const i = d.i18n;
  return (
    <section className="space-y-2 rounded-lg p-4 ring-1 ring-black/10" data-testid="why-decision" data-decision={d.decision} data-link={d.link ?? ""}>
      <h3 className="font-semibold">{t("decisionTitle", { decision: d.decision })}</h3>
      <p className="text-sm">{t("request", { resource: d.resource, actions: d.actions.join(", ") || t("none"), party: e(i?.party, d.party) })}</p>
      <dl className="grid gap-x-4 gap-y-1 text-sm sm:grid-cols-[12rem_1fr]">
        <dt className="font-medium">{t("subject")}</dt>
        <dd>{e(i?.subject, d.subject)}</dd>
        <dt className="font-medium">{t("found")}</dt>
        <dd>
          <ul className="list-disc pl-5">
            {d.found.map((f, n) => (
              <li key={f}>{e(i?.found[n], f)}</li>
            ))}
          </ul>
        </dd>
        <dt className="font-medium">{t("rules")}</dt>
        <dd>
          {d.rules.length ? (
            <ul className="list-disc pl-5">
              {d.rules.map((r, n) => (
                <li key={r}>{e(i?.rules[n], r)}</li>
              ))}
            </ul>
          ) : (
            t("noRules")
          )}
        </dd>
        <dt className="font-medium">{t("verdict")}</dt>
        <dd data-testid="why-verdict">{e(i?.verdict, d.verdict)}</dd>
      </dl>
    </section>
  );
}

function Lookup({ l }: { l: LookupExplanation }) {
  const t = useTranslations("Why");
  const e = useExplain();
  const i = l.i18n;
  return (
    <section className="space-y-2 rounded-lg p-4 ring-1 ring-black/10" data-testid="why-lookup">
      <h3 className="font-semibold">{t("lookupTitle")}</h3>
      <p className="text-sm" data-testid="why-verdict">
        {e(i?.verdict, l.verdict)}
      </p>
      <p className="text-sm font-medium">{t("conditions")}</p>
      <ul className="list-disc pl-5 text-sm">
        {l.conditions.map((c, n) => (
          <li key={c.condition}>
            <span className={c.holds ? "text-green-800" : "font-semibold text-red-800"}>{c.holds ? t("holds") : t("fails")}</span>: {e(i?.conditions[n]?.condition, c.condition)} ({e(i?.conditions[n]?.compared, c.compared)})
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
