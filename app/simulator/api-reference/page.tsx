// The API reference for people: every mirrored operation with its scope, parameters, body and answers,
// rendered from the same tables as the OpenAPI documents (lib/openapi), so it works offline and cannot
// drift from them. Public, as Altinn's Swagger pages are.
import { Heading, Paragraph, Tag } from "@digdir/designsystemet-react";
import { PageHeader, Panel } from "@/app/_components/ui";
import { SCOPE_POLICIES } from "@/lib/http/scopes";
import { DOCUMENTS, type DocumentName } from "@/lib/openapi/operations";
import { DOCUMENT_PATHS, documentJson } from "@/lib/openapi/serve";
import { useTranslations } from "next-intl";
import { pageTitle } from "@/lib/i18n/metadata";

export const generateMetadata = pageTitle("apiReference");

const METHOD_COLOR: Record<string, "info" | "success" | "warning" | "danger" | "neutral"> = { get: "info", post: "success", put: "warning", patch: "warning", delete: "danger" };

export default function ApiReferencePage() {
  const t = useTranslations("ApiReference");
  return (
    <div className="space-y-6">
      <PageHeader
        eyebrow={t("eyebrow")}
        title={t("title")}
        lead={t("lead")}
      />
      <nav aria-label={t("documents")} className="flex flex-wrap gap-4">
        {(Object.keys(DOCUMENTS) as DocumentName[]).map((name) => (
          <a key={name} href={`#${name}`} className="ds-link">{DOCUMENTS[name].info.title}</a>
        ))}
      </nav>
      {(Object.keys(DOCUMENTS) as DocumentName[]).map((name) => (
        <Document key={name} name={name} />
      ))}
    </div>
  );
}

function Document({ name }: { name: DocumentName }) {
  const t = useTranslations("ApiReference");
  const { info, operations } = DOCUMENTS[name];
  const schemas = (JSON.parse(documentJson(name)) as { components: { schemas: Record<string, unknown> } }).components.schemas;
  return (
    <Panel className="space-y-4">
      <Heading level={2} data-size="sm" id={name}>{info.title}</Heading>
      <Paragraph data-size="sm">
        {info.description}{" "}
        {t.rich("openapi", {
          path: DOCUMENT_PATHS[name],
          base: info.basePath,
          link: (c) => <a className="ds-link" href={DOCUMENT_PATHS[name]}>{c}</a>,
          code: (c) => <code>{c}</code>,
        })}
      </Paragraph>
      <ul className="space-y-3" data-testid={`operations-${name}`}>
        {operations.map((op) => (
          <li key={`${op.method} ${op.path}`} className="rounded border border-[var(--ds-color-neutral-border-subtle)] p-3" data-testid="operation" id={op.operationId}>
            <details>
              <summary className="flex cursor-pointer flex-wrap items-center gap-2">
                <Tag data-color={METHOD_COLOR[op.method]} data-size="sm">{op.method.toUpperCase()}</Tag>
                <code className="font-semibold">{op.path}</code>
                <span>{op.summary}</span>
              </summary>
              <dl className="mt-3 grid gap-x-4 gap-y-1 text-sm md:grid-cols-[10rem_1fr]">
                <dt className="font-medium">{t("authorization")}</dt>
                <dd>{op.scope ? <>{op.altinnToken ? t("altinnToken") : t("maskinportenToken")} {SCOPE_POLICIES[op.scope].map((s) => <code key={s} className="mr-1">{s}</code>)}</> : t("public")}</dd>
                {op.params?.length ? (
                  <>
                    <dt className="font-medium">{t("parameters")}</dt>
                    <dd>{op.params.map((p) => <div key={p.name}><code>{p.name}</code> ({p.in}{p.in === "path" || p.required ? t("required") : ""}){p.description ? `: ${p.description}` : ""}</div>)}</dd>
                  </>
                ) : null}
                {op.body ? (
                  <>
                    <dt className="font-medium">{t("body")}</dt>
                    <dd><code>{op.body.contentType ?? "application/json"}</code> · <a className="ds-link" href={`#${name}-${op.body.schema}`}>{op.body.schema}</a></dd>
                  </>
                ) : null}
                <dt className="font-medium">{t("answers")}</dt>
                <dd>
                  {Object.entries(op.responses).map(([status, a]) => (
                    <div key={status}>
                      <code>{status}</code> {a.description}
                      {a.schema ? <> · <a className="ds-link" href={`#${name}-${a.schema.replace(/\[\]$/, "")}`}>{a.schema}</a></> : null}
                    </div>
                  ))}
                </dd>
              </dl>
            </details>
          </li>
        ))}
      </ul>
      <Heading level={3} data-size="2xs">{t("schemas")}</Heading>
      <div className="space-y-2">
        {Object.entries(schemas).map(([schemaName, schema]) => (
          <details key={schemaName} id={`${name}-${schemaName}`} className="text-sm">
            <summary className="cursor-pointer"><code>{schemaName}</code></summary>
            <pre className="mt-2 max-h-96 overflow-auto rounded bg-[var(--ds-color-neutral-background-tinted)] p-3 text-xs">{JSON.stringify(schema, null, 2)}</pre>
          </details>
        ))}
      </div>
    </Panel>
  );
}
