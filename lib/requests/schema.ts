// The request API's wire format (reference §3): bodies of POST /vendor and /vendor/agent, and the answer.
import { z } from "zod";
import { packageSchema, rightSchema, type SystemPackage, type SystemRight } from "../registry/schema";

const optionalText = z.string().trim().max(255).optional();

export const standardRequestSchema = z.object({
  systemId: z.string().trim().min(1, "Required."),
  partyOrgNo: z.string().trim().min(1, "Required."),
  externalRef: optionalText,
  integrationTitle: optionalText,
  rights: z.array(rightSchema).default([]),
  accessPackages: z.array(packageSchema).default([]),
  redirectUrl: z.string().trim().optional(),
});

/** An agent request names only client access packages: no rights (reference §3). */
export const agentRequestSchema = z.object({
  systemId: z.string().trim().min(1, "Required."),
  partyOrgNo: z.string().trim().min(1, "Required."),
  externalRef: optionalText,
  integrationTitle: optionalText,
  rights: z.array(z.unknown()).max(0, "An agent request cannot name rights: use accessPackages.").optional(),
  accessPackages: z.array(packageSchema).default([]),
  redirectUrl: z.string().trim().optional(),
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
