import { delegateSelf, isSelfDelegated, revokeSelf, type SelfCall } from "@/lib/clients/self";
import { withPersonApi, type EnduserContext } from "@/lib/http/client-delegation";

type Params = { party: string; systemUserId: string };
// ASP.NET binds query keys case-insensitively (Altinn's own portal sends `partyuuid`)
const partyUuid = (query: URLSearchParams) => [...query].find(([k]) => k.toLowerCase() === "partyuuid")?.[1] ?? null;
const call = ({ pid, params, query }: EnduserContext<Params>): SelfCall => ({ pid, party: params.party, systemUserId: params.systemUserId, partyUuid: partyUuid(query) });

// POST /authentication/api/v1/systemuser/agent/{party}/{systemUserId}/self?partyUuid=: add the facilitator itself as a client (200 true).
export const POST = withPersonApi<Params>(async (_req, ctx) => Response.json(await delegateSelf(call(ctx))), { write: true, scopes: null });

// DELETE .../self?partyUuid=: remove it again; client delegations stay (200 true).
export const DELETE = withPersonApi<Params>(async (_req, ctx) => Response.json(await revokeSelf(call(ctx))), { write: true, scopes: null });

// GET .../self?partyUuid=: whether it is added (200 true/false); the real policy is ACCESS_MANAGEMENT_WRITE here too.
export const GET = withPersonApi<Params>(async (_req, ctx) => Response.json(await isSelfDelegated(call(ctx))), { write: false, scopes: null });
