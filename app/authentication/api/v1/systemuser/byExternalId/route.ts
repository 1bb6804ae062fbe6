// Altinn's system-user lookup for Maskinporten (reference §6); the token endpoint asks the same function.
import { z } from "zod";
import { withApi } from "@/lib/http/api";
import { Problem } from "@/lib/problems/problem";
import { findSystemUserForClient } from "@/lib/maskinporten/systemuser-lookup";

export const dynamic = "force-dynamic";

const orgNo = z.string().regex(/^\d{9}$/, "must be a 9-digit organisation number");
const Query = z.object({
  clientId: z.string().min(1, "is required"),
  systemProviderOrgNo: orgNo,
  systemUserOwnerOrgNo: orgNo,
  externalRef: z.string().min(1).optional(),
});

// GET /authentication/api/v1/systemuser/byExternalId?clientId=&systemProviderOrgNo=&systemUserOwnerOrgNo=&externalRef=
export const GET = withApi(
  async (req) => {
    const q = Query.parse(Object.fromEntries(new URL(req.url).searchParams));
    const systemUser = await findSystemUserForClient(q);
    if (!systemUser) throw new Problem(404, "AUTH-00404", "Not Found", "No live system user matches this client, vendor, owner and externalRef.");
    return Response.json(systemUser);
  },
  { scope: "systemUserLookup" },
);
