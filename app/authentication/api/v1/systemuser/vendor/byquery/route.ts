import { withApi } from "@/lib/http/api";
import { readQuery } from "@/lib/http/query";
import { vendorFromToken } from "@/lib/http/actors";
import { findSystemUserByQuery } from "@/lib/requests/system-users";

// GET /authentication/api/v1/systemuser/vendor/byquery?system-id=&orgno=&external-ref=: one system user of the vendor's system
// (SystemUserController.GetSingleSystemUserForVendor).
export const GET = withApi(async (req, { token }) => {
  const q = readQuery(req, ["system-id", "orgno"], ["external-ref"]);
  return Response.json(await findSystemUserByQuery(vendorFromToken(token), q["system-id"], q.orgno, q["external-ref"]));
}, { scope: "requestWrite" });
