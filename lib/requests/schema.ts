// The request API's wire format: the bodies of POST /vendor and /vendor/agent (bound with bind(), as
// ASP.NET binds CreateRequestSystemUser / CreateAgentRequestSystemUser: names case-insensitive, unknown
// members such as `rights` on an agent request ignored, null = absent for optional members), and the
// answers RequestSystemResponse / AgentRequestSystemResponse (src/Core/Models/SystemUsers/*.cs).
// Strings are trimmed as Altinn's TrimStringsActionFilter does.
import { z } from "zod";
import { LIMITS, packageSchema, rightSchema, type SystemPackage, type SystemRight } from "../registry/schema";

// The simulator's length limits (issue 8: no unbounded text); Altinn's own are the database columns'.
const required = z.string().trim().max(LIMITS.id);
const optional = z.string().trim().max(LIMITS.text).optional();

/** CreateRequestSystemUser: `rights` and `accessPackages` stay undefined when absent or null (AUTH-00001 when both are). */
export const standardRequestSchema = z.object({
  systemId: required,
  partyOrgNo: required,
  externalRef: z.string().trim().max(LIMITS.id).optional(),
  integrationTitle: optional,
  rights: z.array(rightSchema).max(LIMITS.list).optional(),
  accessPackages: z.array(packageSchema).max(LIMITS.list).optional(),
  redirectUrl: optional,
});

/** CreateAgentRequestSystemUser: `accessPackages` is [Required]; it has no `rights`, so a sent one is ignored. */
export const agentRequestSchema = z.object({
  systemId: required,
  partyOrgNo: required,
  externalRef: z.string().trim().max(LIMITS.id).optional(),
  integrationTitle: optional,
  accessPackages: z.array(packageSchema).max(LIMITS.list),
  redirectUrl: optional,
});

export type StandardRequestInput = z.infer<typeof standardRequestSchema>;
export type AgentRequestInput = z.infer<typeof agentRequestSchema>;
export type RequestKind = "standard" | "agent";

/** A request as the vendor endpoints answer it (agent requests have no `rights`). */
export interface RequestDto {
  id: string;
  integrationTitle: string;
  externalRef: string;
  systemId: string;
  partyOrgNo: string;
  rights?: SystemRight[];
  accessPackages: SystemPackage[];
  status: string;
  redirectUrl: string | null;
  confirmUrl: string;
  escalated: boolean;
  created: string;
  timedOut: boolean;
}

export interface Paginated<T> {
  links: { next: string | null };
  data: T[];
}
