// Altinn's system-user lookup for Maskinporten; the token endpoint asks the same function.
import { withApi } from "@/lib/http/api";
import { readQuery } from "@/lib/http/query";
import { StatusAnswer } from "@/lib/problems/problem";
import { findSystemUserForClient } from "@/lib/maskinporten/systemuser-lookup";

export const dynamic = "force-dynamic";

// GET /authentication/api/v1/systemuser/byExternalId?clientId=&systemProviderOrgNo=&systemUserOwnerOrgNo=&externalRef=
// (SystemUserController.CheckIfPartyHasIntegration): 400 for a missing parameter, a bare 404 when none matches.
export const GET = withApi(
  async (req) => {
    const q = readQuery(req, ["clientId", "systemProviderOrgNo", "systemUserOwnerOrgNo"], ["externalRef"]);
    const systemUser = await findSystemUserForClient(q);
    if (!systemUser) throw new StatusAnswer(404);
    return Response.json(systemUser, { headers: { "cache-control": "no-store" } });
  },
  { scope: "systemUserLookup" },
);
