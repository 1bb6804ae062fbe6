// The relationships, drawn (issue 11): the firm, its clients with the Enhetsregisteret role that makes each
// a client, the packages each role gives, and which agent system users hold which clients. An SVG with a
// text alternative (the same facts as lists); server-rendered, so it follows every add and remove.
import { Heading, Paragraph, Tag } from "@digdir/designsystemet-react";
import { useTranslations } from "next-intl";
import { getRelationships } from "@/lib/clients/service";
import type { RelationshipsView } from "@/lib/clients/relationships";
import { Problem } from "@/lib/problems/problem";
import { Panel } from "./ui";


const ROW = 64;
const BOX_H = 48;
const COL = { firm: { x: 10, w: 210 }, client: { x: 330, w: 290 }, agent: { x: 730, w: 260 } } as const;
const ROLE_COLOURS: Record<string, string> = { REGN: "#1e6fb8", REVI: "#2f7d32", FFOR: "#a3540b" };

const cut = (s: string, n: number) => (s.length > n ? `${s.slice(0, n - 1)}…` : s);

/** A name over at most two lines of `n` characters, broken between words. */
function twoLines(name: string, n: number): string[] {
  if (name.length <= n) return [name];
  const words = name.split(" ");
  let first = "";
  while (words.length && `${first} ${words[0]}`.trim().length <= n) first = `${first} ${words.shift()}`.trim();
  return first ? [first, cut(words.join(" "), n)] : [cut(name, n)];
}

/** For the facilitator the person administers; nothing for anyone else or a firm without clients. */
export async function FacilitatorRelationships({ pid, orgNo }: { pid: string; orgNo: string }) {
  let view: RelationshipsView;
  try {
    view = await getRelationships({ pid, party: orgNo }, orgNo);
  } catch (e) {
    if (e instanceof Problem) return null;
    throw e;
  }
  return view.clients.length === 0 ? null : <RelationshipsPicture view={view} />;
}

export function RelationshipsPicture({ view }: { view: RelationshipsView }) {
  const t = useTranslations("Relationships");
  const { firm, clients, agents } = view;
  const height = Math.max(clients.length * ROW, agents.length * (BOX_H + 40), ROW) + 16;
  const clientY = new Map(clients.map((c, i) => [c.clientId, 8 + i * ROW]));
  const agentY = (i: number) => Math.round((height / agents.length) * (i + 0.5) - BOX_H / 2);
  const firmY = Math.round(height / 2 - BOX_H / 2);
  const delegations = agents.reduce((n, a) => n + a.clientOrgNos.length, 0);
  return (
    <Panel className="space-y-4">
      <div data-testid="relationships">
        <Heading level={2} data-size="sm" className="mb-2">
          {t("heading")}
        </Heading>
        <Paragraph data-size="sm" className="mb-4">
          {t("lead")}
        </Paragraph>
        <figure className="overflow-x-auto">
          <svg viewBox={`0 0 1000 ${height}`} width="100%" role="img" aria-labelledby="rel-title rel-desc" className="min-w-[760px] font-sans" data-testid="relationships-svg">
            <title id="rel-title">{t("svgTitle", { firm: firm.name })}</title>
            <desc id="rel-desc">{t("svgDesc", { clients: clients.length, agents: agents.length, delegations })}</desc>
            <defs>
              <marker id="rel-arrow" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="7" markerHeight="7" orient="auto-start-reverse">
                <path d="M 0 0 L 10 5 L 0 10 z" fill="#444" />
              </marker>
            </defs>
            {clients.map((c) => {
              const y = clientY.get(c.clientId)! + BOX_H / 2;
              const code = c.roles.map((r) => r.code).join(" · ");
              const colour = ROLE_COLOURS[c.roles[0]?.code ?? ""] ?? "#888";
              return (
                <g key={`firm-${c.clientId}`} data-testid={`edge-firm-${c.clientId}`}>
                  <path d={`M ${COL.firm.x + COL.firm.w} ${firmY + BOX_H / 2} C 275 ${firmY + BOX_H / 2}, 275 ${y}, ${COL.client.x} ${y}`} fill="none" stroke={colour} strokeWidth={2} strokeDasharray={c.roles.length ? undefined : "4 4"} />
                  <text x={COL.client.x - 6} y={y - 6} textAnchor="end" fontSize={11} fontWeight={600} fill={colour}>
                    {code}
                  </text>
                </g>
              );
            })}
            {agents.flatMap((a, i) =>
              a.clientOrgNos.map((orgNo) => {
                const y = (clientY.get(orgNo) ?? 0) + BOX_H / 2;
                const ay = agentY(i) + BOX_H / 2;
                return (
                  <path
                    key={`${a.id}-${orgNo}`}
                    data-testid={`edge-agent-${a.id}-${orgNo}`}
                    d={`M ${COL.client.x + COL.client.w} ${y} C 675 ${y}, 675 ${ay}, ${COL.agent.x - 2} ${ay}`}
                    fill="none"
                    stroke="#444"
                    strokeWidth={1.5}
                    markerEnd="url(#rel-arrow)"
                  />
                );
              }),
            )}
            <g>
              <rect x={COL.firm.x} y={firmY - 16} width={COL.firm.w} height={BOX_H + 16} rx={6} fill="#e8f0fa" stroke="#1e4f8c" strokeWidth={2} />
              {twoLines(firm.name, 26).map((line, i) => (
                <text key={i} x={COL.firm.x + 10} y={firmY + 4 + i * 16} fontSize={12} fontWeight={700} fill="#111">
                  {line}
                </text>
              ))}
              <text x={COL.firm.x + 10} y={firmY + 38} fontSize={11} fill="#444">
                {t("firm")} · {firm.orgNo}
              </text>
            </g>
            {clients.map((c) => (
              <NodeBox key={c.clientId} col={COL.client} y={clientY.get(c.clientId)!} fill="#fff" stroke="#999" title={cut(c.clientOrganizationName, 36)} subtitle={c.clientOrganizationNumber} />
            ))}
            {agents.map((a, i) => (
              <NodeBox key={a.id} col={COL.agent} y={agentY(i)} fill="#f4ecfb" stroke="#5b2a86" strokeWidth={2} title={cut(a.title, 32)} subtitle={`${t("agent")} · ${a.clientOrgNos.length}`} />
            ))}
          </svg>
        </figure>
        <Heading level={3} data-size="xs" className="mt-4 mb-2">
          {t("roles")}
        </Heading>
        <ul className="space-y-1" data-testid="relationships-roles">
          {view.roles.map((r) => (
            <li key={r.code} className="flex flex-wrap items-center gap-2 text-sm">
              <span className="font-semibold" style={{ color: ROLE_COLOURS[r.code] }}>
                {r.code} ({r.title})
              </span>
              {r.packages.map((p) => (
                <Tag key={p.urn} data-size="sm" data-color="neutral" title={p.urn}>
                  {p.name}
                </Tag>
              ))}
            </li>
          ))}
        </ul>
        <details className="mt-4">
          <summary className="cursor-pointer text-sm font-medium">{t("asText")}</summary>
          <div className="mt-2 grid gap-4 md:grid-cols-2 text-sm">
            <div>
              <Heading level={3} data-size="2xs" className="mb-1">
                {t("clients")}
              </Heading>
              <ul className="list-disc pl-5" data-testid="relationships-clients">
                {clients.map((c) => (
                  <li key={c.clientId} data-testid={`rel-client-${c.clientId}`}>
                    {c.clientOrganizationName} ({c.clientOrganizationNumber}): {c.roles.map((r) => `${r.code} ${r.title}`).join(", ") || t("noRole")}
                  </li>
                ))}
              </ul>
            </div>
            <div>
              <Heading level={3} data-size="2xs" className="mb-1">
                {t("agents")}
              </Heading>
              <ul className="list-disc pl-5" data-testid="relationships-agents">
                {agents.map((a) => (
                  <li key={a.id} data-testid={`rel-agent-${a.id}`}>
                    {a.title} ({a.accessPackages.map((p) => p.name).join(", ")}):{" "}
                    {a.clientOrgNos.length === 0 ? t("noClients") : a.clientOrgNos.map((o) => clients.find((c) => c.clientId === o)?.clientOrganizationName ?? o).join(", ")}
                  </li>
                ))}
              </ul>
            </div>
          </div>
        </details>
      </div>
    </Panel>
  );
}

/** A client's or an agent's box: a title and a line under it. */
function NodeBox({ col, y, fill, stroke, strokeWidth, title, subtitle }: { col: { x: number; w: number }; y: number; fill: string; stroke: string; strokeWidth?: number; title: string; subtitle: string }) {
  return (
    <g>
      <rect x={col.x} y={y} width={col.w} height={BOX_H} rx={6} fill={fill} stroke={stroke} strokeWidth={strokeWidth} />
      <text x={col.x + 10} y={y + 20} fontSize={12} fontWeight={600} fill="#111">
        {title}
      </text>
      <text x={col.x + 10} y={y + 38} fontSize={11} fill="#444">
        {subtitle}
      </text>
    </g>
  );
}
