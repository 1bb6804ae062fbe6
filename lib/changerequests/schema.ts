// The change-request API's wire format (src/Core/Models/SystemUsers/ChangeRequestSystemUser.cs and
// ChangeRequestResponse.cs): the body is bound with bind() as ASP.NET binds it (absent or null list = []).
import { z } from "zod";
import { LIMITS, packageSchema, rightSchema, type SystemPackage, type SystemRight } from "../registry/schema";

const rights = z.array(rightSchema).max(LIMITS.list).optional();
const packages = z.array(packageSchema).max(LIMITS.list).optional();

export const changeRequestSchema = z.object({
  requiredRights: rights,
  unwantedRights: rights,
  requiredAccessPackages: packages,
  unwantedAccessPackages: packages,
  redirectUrl: z.string().trim().max(LIMITS.text).optional(),
});

export type ChangeRequestInput = z.infer<typeof changeRequestSchema>;

export interface ChangeRequestDto {
  id: string;
  externalRef: string;
  systemId: string;
  systemUserId: string;
  partyOrgNo: string;
  requiredRights: SystemRight[];
  unwantedRights: SystemRight[];
  requiredAccessPackages: SystemPackage[];
  unwantedAccessPackages: SystemPackage[];
  status: string;
  redirectUrl: string | null;
  confirmUrl: string;
  created: string;
  timedOut: boolean;
}
