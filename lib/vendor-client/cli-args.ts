// Argument parsing for `npm run vendor -- <command> [options]`. Pure: no I/O, unit-tested beside it.
import { parseArgs } from "node:util";
import { GRANT_ALGS, type GrantAlg } from "./keys";
import type { AccessPackage, NewRequest, Right } from "./requests";
import type { SystemUserSelector } from "./grant";
import type { CredentialOptions } from "./credentials";
import type { NewChangeRequest } from "./changerequests";
import type { TextValues } from "../i18n/text";
import { translatorFor } from "../i18n/translator";
import { isLocale } from "../i18n/locale";
import { DEMO_CLIENTS, ORGS, SEED_AGENT_SYSTEM_ID, SEED_SYSTEM_ID } from "../../prisma/cast";

/** A usage error: its text in the catalogue (Cli.usage), its message the English rendering. */
export class UsageError extends Error {
  constructor(
    readonly key: string,
    readonly values: TextValues = {},
  ) {
    super(usageEnglish({ key, values }));
  }
}
const usageEnglish = translatorFor("en", "Cli.usage");

export type Command =
  | { kind: "help" }
  | { kind: "token"; creds: CredentialOptions; json: boolean; scopes?: string[]; systemUser?: SystemUserSelector }
  | { kind: "grant"; creds: CredentialOptions; json: boolean; scopes?: string[]; systemUser?: SystemUserSelector }
  | { kind: "exchange"; creds: CredentialOptions; json: boolean; scopes?: string[]; systemUser?: SystemUserSelector }
  | { kind: "call"; creds: CredentialOptions; json: boolean; scopes?: string[]; systemUser: SystemUserSelector; partyOrgNo?: string }
  | { kind: "request"; creds: CredentialOptions; json: boolean; request: NewRequest }
  | { kind: "status"; creds: CredentialOptions; json: boolean; requestId: string; agent: boolean; waitSeconds?: number }
  | { kind: "changerequest"; creds: CredentialOptions; json: boolean; change: { create: NewChangeRequest } | { id: string } };

const OPTIONS = {
  help: { type: "boolean", short: "h" },
  json: { type: "boolean" },
  lang: { type: "string" },
  "base-url": { type: "string" },
  "client-id": { type: "string" },
  kid: { type: "string" },
  key: { type: "string" },
  alg: { type: "string" },
  scope: { type: "string", multiple: true },
  "systemuser-org": { type: "string" },
  "external-ref": { type: "string" },
  party: { type: "string" },
  system: { type: "string" },
  "redirect-url": { type: "string" },
  "integration-title": { type: "string" },
  right: { type: "string", multiple: true },
  "access-package": { type: "string", multiple: true },
  agent: { type: "boolean" },
  wait: { type: "string" },
  "system-user": { type: "string" },
  "correlation-id": { type: "string" },
  "remove-right": { type: "string", multiple: true },
  "remove-access-package": { type: "string", multiple: true },
} as const;

const ALLOWED: Record<Exclude<Command["kind"], "help">, string[]> = {
  token: ["scope", "systemuser-org", "external-ref", "agent"],
  grant: ["scope", "systemuser-org", "external-ref", "agent"],
  exchange: ["scope", "systemuser-org", "external-ref", "agent"],
  call: ["scope", "systemuser-org", "external-ref", "party", "agent"],
  request: ["system", "party", "external-ref", "redirect-url", "integration-title", "right", "access-package", "agent"],
  status: ["agent", "wait"],
  changerequest: ["system-user", "correlation-id", "right", "remove-right", "access-package", "remove-access-package", "redirect-url"],
};
const COMMON = ["help", "lang", "json", "base-url", "client-id", "kid", "key", "alg"];

/** `env` supplies VENDOR_BASE_URL / PUBLIC_BASE_URL when --base-url is not given. */
export function parseCommand(argv: string[], env: Record<string, string | undefined> = {}): Command {
  let parsed;
  try {
    parsed = parseArgs({ args: argv, options: OPTIONS, allowPositionals: true, strict: true });
  } catch (e) {
    throw new UsageError("parse", { detail: (e as Error).message });
  }
  const { values: v, positionals } = parsed;
  if (v.lang !== undefined && !isLocale(v.lang)) throw new UsageError("lang", { value: v.lang });
  const [kind, ...rest] = positionals;
  if (v.help || !kind || kind === "help") return { kind: "help" };
  if (!(kind in ALLOWED)) throw new UsageError("unknownCommand", { command: kind });
  const k = kind as keyof typeof ALLOWED;
  for (const name of Object.keys(v)) {
    if (!COMMON.includes(name) && !ALLOWED[k].includes(name)) throw new UsageError("notApplicable", { option: name, command: k });
  }
  if (k !== "status" && k !== "changerequest" && rest.length > 0) throw new UsageError("unexpected", { value: rest[0]! });
  // token/grant/exchange/call --agent: the machine of SmartCloud's client system signs (its own demo client, since a
  // client id belongs to one system only), unless the user names a client.
  const agentMachine = (k === "token" || k === "grant" || k === "exchange" || k === "call") && Boolean(v.agent);
  if (agentMachine && v["client-id"]) throw new UsageError("agentOrClientId");
  const creds = credentialOptions(v, env, agentMachine);
  const json = Boolean(v.json);
  const scopes = v.scope ? v.scope.flatMap((s) => s.split(/\s+/)).filter(Boolean) : undefined;
  const systemUser = v["systemuser-org"] ? { orgNo: orgNo(v["systemuser-org"], "--systemuser-org"), externalRef: v["external-ref"] } : undefined;
  switch (k) {
    case "token":
    case "grant":
    case "exchange":
      if (v["external-ref"] && !systemUser) throw new UsageError("externalRefNeedsOrg");
      return { kind: k, creds, json, scopes, systemUser };
    case "call":
      if (!systemUser) throw new UsageError("callNeedsOrg");
      return { kind: "call", creds, json, scopes, systemUser, partyOrgNo: v.party ? orgNo(v.party, "--party") : undefined };
    case "request":
      return { kind: "request", creds, json, request: newRequest(v) };
    case "status": {
      if (rest.length !== 1 || !rest[0]) throw new UsageError("statusNeedsId");
      const waitSeconds = v.wait === undefined ? undefined : Number(v.wait);
      if (waitSeconds !== undefined && !(Number.isInteger(waitSeconds) && waitSeconds > 0 && waitSeconds <= 3600)) {
        throw new UsageError("wait");
      }
      return { kind: "status", creds, json, requestId: rest[0], agent: Boolean(v.agent), waitSeconds };
    }
    case "changerequest":
      return { kind: "changerequest", creds, json, change: changeRequest(v, rest) };
  }
}

type Values = ReturnType<typeof parseArgs<{ options: typeof OPTIONS; allowPositionals: true }>>["values"];

function credentialOptions(v: Values, env: Record<string, string | undefined>, agentMachine = false): CredentialOptions {
  const baseUrl = v["base-url"] ?? env.VENDOR_BASE_URL ?? env.PUBLIC_BASE_URL;
  if (baseUrl !== undefined && !/^https?:\/\/[^/\s]+/.test(baseUrl)) throw new UsageError("baseUrl", { value: baseUrl });
  if (v.alg !== undefined && !GRANT_ALGS.includes(v.alg as GrantAlg)) throw new UsageError("alg", { algs: GRANT_ALGS.join(", ") });
  const agentClient = agentMachine ? DEMO_CLIENTS.smartcloudKlient : undefined;
  return { baseUrl, clientId: v["client-id"] ?? agentClient?.clientId, kid: v.kid ?? (v.key ? undefined : agentClient?.kid), keyFile: v.key, alg: v.alg as GrantAlg | undefined };
}

function orgNo(value: string, flag: string): string {
  if (!/^\d{9}$/.test(value)) throw new UsageError("orgNo", { flag, value });
  return value;
}

/**
 * The story's defaults when --system / --party are not given: SmartCloud's system and TILFELDIG SUBTIL
 * APE for a standard request; SmartCloud's client system and the accounting firm TILBAKEHOLDEN
 * USYMMETRISK TIGER for an agent request (prisma/cast.ts).
 */
export const REQUEST_DEFAULTS = {
  standard: { systemId: SEED_SYSTEM_ID, partyOrgNo: ORGS.ape.orgNo },
  agent: { systemId: SEED_AGENT_SYSTEM_ID, partyOrgNo: ORGS.tiger.orgNo },
} as const;

function newRequest(v: Values): NewRequest {
  const agent = Boolean(v.agent);
  if (agent && v.right?.length) throw new UsageError("agentNoRights");
  const defaults = REQUEST_DEFAULTS[agent ? "agent" : "standard"];
  return {
    agent,
    systemId: v.system ?? defaults.systemId,
    partyOrgNo: v.party ? orgNo(v.party, "--party") : defaults.partyOrgNo,
    externalRef: v["external-ref"],
    integrationTitle: v["integration-title"],
    redirectUrl: v["redirect-url"],
    rights: v.right?.map(parseRight),
    accessPackages: v["access-package"]?.map(parsePackage),
  };
}

/** "ske-krav-og-betalinger" or "ske-krav-og-betalinger:read". */
export function parseRight(value: string): Right {
  const m = /^([A-Za-z0-9_.-]+)(?::([A-Za-z0-9_.-]+))?$/.exec(value);
  if (!m) throw new UsageError("right", { value });
  return { ...(m[2] ? { action: m[2] } : {}), resource: [{ id: "urn:altinn:resource", value: m[1]! }] };
}

export function parsePackage(value: string): AccessPackage {
  const urn = value.startsWith("urn:") ? value : `urn:altinn:accesspackage:${value}`;
  if (!/^urn:altinn:accesspackage:[a-z0-9-]+$/.test(urn)) throw new UsageError("accessPackage", { value });
  return { urn };
}

/** `changerequest <id>` reads one; `changerequest --system-user <id> [--right …] [--remove-right …] …` asks for one. */
function changeRequest(v: Values, rest: string[]): { create: NewChangeRequest } | { id: string } {
  if (rest.length > 1) throw new UsageError("changeAtMostOne");
  if (rest[0]) {
    if (v["system-user"]) throw new UsageError("changeEither");
    return { id: rest[0] };
  }
  if (!v["system-user"]) throw new UsageError("changeNeedsSystemUser");
  return {
    create: {
      systemUserId: v["system-user"],
      correlationId: v["correlation-id"],
      requiredRights: v.right?.map(parseRight),
      unwantedRights: v["remove-right"]?.map(parseRight),
      requiredAccessPackages: v["access-package"]?.map(parsePackage),
      unwantedAccessPackages: v["remove-access-package"]?.map(parsePackage),
      redirectUrl: v["redirect-url"],
    },
  };
}
