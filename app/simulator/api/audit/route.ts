// GET /simulator/api/audit?format=json|csv&party=&org=&systemUser=&from=&to=&limit=: the audit log of the
// organisation the logged-in person acts for (portal session), as a download. lib/audit-log has the rules.
import { currentPerson } from "@/lib/auth/actor";
import { errorResponse } from "@/lib/http/api";
import { toCsv } from "@/lib/audit-log/query";
import { readAuditLogAs } from "@/lib/audit-log/service";

export const dynamic = "force-dynamic";

export async function GET(req: Request): Promise<Response> {
  try {
    const person = await currentPerson();
    const log = await readAuditLogAs(person && { pid: person.pid, orgNo: person.party?.orgNo ?? null }, new URL(req.url).searchParams);
    const name = `audit-${log.orgNo}-${new Date().toISOString().replaceAll(/[:.]/g, "-")}.${log.format}`;
    const headers = {
      "cache-control": "no-store",
      "content-disposition": `attachment; filename="${name}"`,
      "x-audit-truncated": String(log.truncated),
    };
    if (log.format === "csv") return new Response(toCsv(log.entries), { headers: { ...headers, "content-type": "text/csv; charset=utf-8" } });
    return Response.json({ organisation: log.orgNo, limit: log.limit, count: log.entries.length, truncated: log.truncated, events: log.entries.map(({ i18n: _, ...e }) => e) }, { headers });
  } catch (e) {
    return errorResponse(e, crypto.randomUUID().replaceAll("-", ""));
  }
}
