// The resource body of the Resource Registry API (reference §8), validated into a plain input.
// Pure: the owner and scope checks that need the database are in resources.ts.
import { z } from "zod";
import type { ValidationError } from "../problems/problem";
import { RR, rrValidationProblem } from "./errors";

export const RESOURCE_TYPES = [
  "Default",
  "Systemresource",
  "MaskinportenSchema",
  "Altinn2Service",
  "AltinnApp",
  "GenericAccessResource",
  "BrokerService",
  "CorrespondenceService",
  "Consent",
  "MigratedApp",
] as const;
export const RESOURCE_STATUSES = ["Completed", "Deprecated", "UnderDevelopment", "Withdrawn"] as const;
export const ACCESS_LIST_MODES = ["Disabled", "Enabled"] as const;

// Lower-case letters, digits, '-' and '_'; `app_` and `se_` are reserved for Altinn apps and Altinn 2
// services, whose identifiers the registry derives itself.
const IDENTIFIER = /^[a-z0-9][a-z0-9_-]{2,99}$/;
const RESERVED_PREFIXES = ["app_", "se_"];

const text = z.string().trim().max(2000);
const required = text.min(1, "Must not be empty.");
const languages = (value: z.ZodString) => z.object({ nb: value, nn: value, en: value });

const reference = z.object({
  referenceSource: z.literal("Default"),
  reference: z.string().min(1).max(255),
  referenceType: z.literal("MaskinportenScope", { error: "The simulator stores MaskinportenScope references only." }),
});

export const resourceBody = z.object({
  identifier: z
    .string()
    .regex(IDENTIFIER, "3–100 characters: lower-case letters, digits, '-' and '_', starting with a letter or digit.")
    .refine((id) => !RESERVED_PREFIXES.some((p) => id.startsWith(p)), "The prefixes app_ and se_ are reserved."),
  title: languages(required),
  description: languages(text).partial().optional(),
  rightDescription: languages(text).partial().optional(),
  hasCompetentAuthority: z.object({ organization: z.string().max(255).optional(), orgcode: z.string().max(255).optional(), name: z.string().max(255).optional() }).optional(),
  resourceType: z.enum(RESOURCE_TYPES).default("Default"),
  delegable: z.boolean().default(true),
  visible: z.boolean().default(true),
  resourceReferences: z.array(reference).max(1, "At most one MaskinportenScope reference.").default([]),
  accessListMode: z.enum(ACCESS_LIST_MODES).default("Disabled"),
  status: z.enum(RESOURCE_STATUSES).default("Completed"),
});

export interface ResourceInput {
  identifier: string;
  title: { nb: string; nn: string; en: string };
  description: { nb: string; nn: string; en: string };
  rightDescription: { nb: string; nn: string; en: string };
  /** hasCompetentAuthority.organization as sent (checked against the caller), if any. */
  authorityOrgNo: string | null;
  resourceType: (typeof RESOURCE_TYPES)[number];
  delegable: boolean;
  visible: boolean;
  maskinportenScope: string | null;
  accessListMode: (typeof ACCESS_LIST_MODES)[number];
  status: (typeof RESOURCE_STATUSES)[number];
}

const filled = (m: { nb?: string; nn?: string; en?: string } | undefined) => ({ nb: m?.nb ?? "", nn: m?.nn ?? "", en: m?.en ?? "" });

/** Validates a resource body; every fault is one RR-00001 validation error with its JSON path. */
export function parseResourceInput(body: unknown): ResourceInput {
  const parsed = resourceBody.safeParse(body);
  if (!parsed.success) {
    const errors: ValidationError[] = parsed.error.issues.map((i) => ({
      code: RR.invalid,
      detail: i.message,
      paths: [`/${i.path.map(String).join("/")}`],
    }));
    throw rrValidationProblem(errors);
  }
  const b = parsed.data;
  return {
    identifier: b.identifier,
    title: b.title,
    description: filled(b.description),
    rightDescription: filled(b.rightDescription),
    authorityOrgNo: b.hasCompetentAuthority?.organization ?? null,
    resourceType: b.resourceType,
    delegable: b.delegable,
    visible: b.visible,
    maskinportenScope: b.resourceReferences[0]?.reference ?? null,
    accessListMode: b.accessListMode,
    status: b.status,
  };
}
