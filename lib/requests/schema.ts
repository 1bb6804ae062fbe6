// The request API's wire format (reference §3): bodies of POST /vendor and /vendor/agent, and the answer.
import { z } from "zod";
import { LIMITS, packageSchema, rightSchema, type SystemPackage, type SystemRight } from "../registry/schema";

const optionalText = z.string().trim().max(255).optional();

export const standardRequestSchema = z.object({
  systemId: z.string().trim().min(1, "Required.").max(LIMITS.id),
  partyOrgNo: z.string().trim().min(1, "Required.").max(LIMITS.id),
  externalRef: optionalText,
  integrationTitle: optionalText,
  rights: z.array(rightSchema).max(LIMITS.list).default([]),
  accessPackages: z.array(packageSchema).max(LIMITS.list).default([]),
  redirectUrl: z.string().trim().max(LIMITS.url).optional(),
});

/** An agent request names only client access packages: no rights (reference §3). */
export const agentRequestSchema = z.object({
  systemId: z.string().trim().min(1, "Required.").max(LIMITS.id),
  partyOrgNo: z.string().trim().min(1, "Required.").max(LIMITS.id),
  externalRef: optionalText,
  integrationTitle: optionalText,
  rights: z.array(z.unknown()).max(0, "An agent request cannot name rights: use accessPackages.").optional(),
  accessPackages: z.array(packageSchema).max(LIMITS.list).default([]),
  redirectUrl: z.string().trim().max(LIMITS.url).optional(),
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
