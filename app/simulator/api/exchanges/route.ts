// GET /simulator/api/exchanges?since=&flow=&party=&systemUser=&org=&limit=: the recorded exchanges between
// the parties, newest first (the simulator's own API, read by the sequence view, tests and tools).
import { exchangeQuery, listExchanges } from "@/lib/exchanges/read";

export const dynamic = "force-dynamic";

export async function GET(req: Request): Promise<Response> {
  const parsed = exchangeQuery.safeParse(Object.fromEntries(new URL(req.url).searchParams));
  if (!parsed.success) {
    const detail = parsed.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("; ");
    return Response.json(
      { type: "https://tools.ietf.org/html/rfc9110#section-15.5.1", title: "Bad query", status: 400, detail },
      { status: 400, headers: { "content-type": "application/problem+json; charset=utf-8", "cache-control": "no-store" } },
    );
  }
  return Response.json(await listExchanges(parsed.data), { headers: { "cache-control": "no-store" } });
}
