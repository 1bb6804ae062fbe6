"use client";
// The policy rules editor: each rule = chosen subjects (role codes, access packages) + actions.
// The rules travel to the server action as one JSON field and are validated there like the API's.
import { useTranslations } from "next-intl";
import { Button, Checkbox, Fieldset, FieldsetLegend, Heading, Textfield, ValidationMessage } from "@digdir/designsystemet-react";
import type { PolicyRuleInput, PolicySubjectChoices } from "@/lib/resources/policy-input";
import { PackagePicker } from "@/app/_components/package-picker";

function toggle(list: string[], value: string, on: boolean): string[] {
  return on ? [...new Set([...list, value])] : list.filter((x) => x !== value);
}

export function RulesEditor(props: {
  rules: PolicyRuleInput[];
  onChange: (rules: PolicyRuleInput[]) => void;
  subjects: PolicySubjectChoices;
  actions: readonly string[];
  error?: string;
}) {
  const t = useTranslations("ResourceForm");
  const { rules, onChange } = props;
  const update = (i: number, rule: PolicyRuleInput) => onChange(rules.map((r, j) => (j === i ? rule : r)));
  const roles = props.subjects.roles;
  const isRole = (urn: string) => roles.some((r) => r.urn === urn);
  return (
    <div className="space-y-4">
      <input type="hidden" name="rules" value={JSON.stringify(rules)} />
      {rules.length === 0 ? <p className="text-sm">{t("noRules")}</p> : null}
      {rules.map((rule, i) => (
        <div key={i} data-testid={`rule-${i}`} className="flex flex-col gap-5 rounded-md border border-[var(--ds-color-neutral-border-subtle)] p-4">
          <div className="flex items-center justify-between">
            <Heading level={3} data-size="2xs">
              {t("ruleHeading", { n: i + 1 })}
            </Heading>
            <Button type="button" variant="tertiary" data-size="sm" onClick={() => onChange(rules.filter((_, j) => j !== i))} data-testid="rule-remove">
              {t("removeRule", { n: i + 1 })}
            </Button>
          </div>
          <Fieldset>
            <FieldsetLegend>{t("actions")}</FieldsetLegend>
            <div className="flex flex-wrap gap-x-5">
              {props.actions.map((a) => (
                <Checkbox key={a} label={a} value={a} checked={rule.actions.includes(a)} onChange={(e) => update(i, { ...rule, actions: toggle(rule.actions, a, e.target.checked) })} />
              ))}
            </div>
          </Fieldset>
          <Fieldset>
            <FieldsetLegend>{t("subjectsRoles")}</FieldsetLegend>
            <div className="grid grid-cols-1 gap-x-5 sm:grid-cols-3">
              {roles.map((s) => (
                <Checkbox key={s.urn} label={s.label} value={s.urn} checked={rule.subjects.includes(s.urn)} onChange={(e) => update(i, { ...rule, subjects: toggle(rule.subjects, s.urn, e.target.checked) })} />
              ))}
            </div>
          </Fieldset>
          <Fieldset>
            <FieldsetLegend>{t("subjectsPackages")}</FieldsetLegend>
            <PackagePicker
              groups={props.subjects.packages}
              selected={rule.subjects.filter((s) => !isRole(s))}
              onChange={(packages) => update(i, { ...rule, subjects: [...rule.subjects.filter(isRole), ...packages] })}
              labelPrefix={`${t("packagePrefix")} · `}
            />
          </Fieldset>
          <Textfield label={t("ruleDescription")} data-testid="rule-description" data-size="sm" value={rule.description} onChange={(e) => update(i, { ...rule, description: e.target.value })} />
        </div>
      ))}
      {props.error ? <ValidationMessage data-testid="rules-error">{props.error}</ValidationMessage> : null}
      <Button type="button" variant="secondary" onClick={() => onChange([...rules, { subjects: [], actions: ["read"], description: "" }])} data-testid="rule-add">
        {t("addRule")}
      </Button>
    </div>
  );
}
