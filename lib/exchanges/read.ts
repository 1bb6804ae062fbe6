// Reading recorded exchanges: GET /simulator/api/exchanges and the sequence view. Newest first, a bounded
// page; `since` is the seq cursor of the last page seen (polling), the other filters narrow the rows.
import { z } from "zod";
import { db } from "../db";
import type { ExchangeData } from "./mask";
import { explanationsOf, type ExchangePage, type ExchangeView, type FlowExplanations } from "./view";

export type { ExchangePage, ExchangeView, FlowExplanations };
import { PARTIES } from "./parties";
import { flushExchanges } from "./recorder";

export const MAX_PAGE = 500;

export const exchangeQuery = z.object({
  since: z.coerce.number().int().min(0).optional(),
  flow: z.string().regex(/^[A-Za-z0-9-]{8,64}$/, "flow is a flow id (8-64 letters, digits or '-')").optional(),
  party: z.enum(PARTIES).optional(),
  systemUser: z.string().regex(/^[0-9a-fA-F-]{36}$/, "systemUser is a system user's id (a UUID)").optional(),
  org: z.string().regex(/^\d{9}$/, "org is an organisation number (9 digits)").optional(),
  limit: z.coerce.number().int().min(1).max(MAX_PAGE).default(100),
});
export type ExchangeQuery = z.infer<typeof exchangeQuery>;

export async function listExchanges(q: ExchangeQuery): Promise<ExchangePage> {
  await flushExchanges();
  const rows = await db.simulatorExchange.findMany({
    where: {
      ...(q.since !== undefined ? { seq: { gt: q.since } } : {}),
      ...(q.flow ? { flowId: q.flow } : {}),
      ...(q.party ? { OR: [{ fromParty: q.party }, { toParty: q.party }] } : {}),
      ...(q.systemUser ? { systemUserId: q.systemUser.toLowerCase() } : {}),
      ...(q.org ? { orgNos: { contains: ` ${q.org} ` } } : {}),
    },
    orderBy: { seq: "desc" },
    take: q.limit,
  });
  const exchanges = rows.map((r): ExchangeView => {
    const data = r.data as unknown as ExchangeData;
    return {
      seq: r.seq,
      id: r.id,
      at: r.at.toISOString(),
      flowId: r.flowId,
      from: r.fromParty,
      to: r.toParty,
      method: r.method,
      url: r.url,
      status: r.status,
      durationMs: r.durationMs,
      systemUserId: r.systemUserId || null,
      orgNos: r.orgNos.trim() ? r.orgNos.trim().split(" ") : [],
      request: data.request,
      response: data.response,
      jwts: data.jwts,
      notes: data.notes,
    };
  });
  return { exchanges, latest: Math.max(q.since ?? 0, ...rows.map((r) => r.seq)) };
}

/** The explanations of one flow, oldest first (the console shows them under its run). */
export async function flowExplanations(flowId: string): Promise<FlowExplanations> {
  const { exchanges } = await listExchanges({ flow: flowId, limit: MAX_PAGE });
  return explanationsOf(exchanges.reverse());
}
