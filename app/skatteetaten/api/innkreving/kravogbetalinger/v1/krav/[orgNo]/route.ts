import { recorded } from "@/lib/exchanges/inbound";
import { skeErrorResponse } from "@/lib/skatteetaten/errors";
import { getKravOgBetalinger } from "@/lib/skatteetaten/krav-api";

// GET /skatteetaten/api/innkreving/kravogbetalinger/v1/krav/{orgNo}: the party's outstanding claims,
// for a system user that Altinn's PDP permits. Errors in Skatteetaten's own { kode, melding, korrelasjonsid }.
export const GET = recorded(async (req: Request, { params }: { params: Promise<{ orgNo: string }> }): Promise<Response> => {
  try {
    const { orgNo } = await params;
    return Response.json(await getKravOgBetalinger(req.headers.get("authorization"), orgNo));
  } catch (e) {
    return skeErrorResponse(e);
  }
});
