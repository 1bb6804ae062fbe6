import { z } from "zod";
import { withApi } from "@/lib/http/api";
import { vendorFromToken } from "@/lib/registry/actor";
import { findSystemUserByQuery } from "@/lib/requests/system-users";

const query = z.object({
  "system-id": z.string().trim().min(1, "Required."),
  orgno: z.string().trim().min(1, "Required."),
  "external-ref": z.string().trim().optional(),
});

// GET /authentication/api/v1/systemuser/vendor/byquery?system-id=&orgno=&external-ref=: one system user of the vendor's system.
export const GET = withApi(async (req, { token }) => {
  const q = query.parse(Object.fromEntries(new URL(req.url).searchParams));
  return Response.json(await findSystemUserByQuery(vendorFromToken(token), q["system-id"], q.orgno, q["external-ref"]));
}, { scope: "requestWrite" });
