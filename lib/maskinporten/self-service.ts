// Maskinporten self-service for a vendor's developer (Digdir's Samarbeidsportalen, simplified): the org's
// clients, their scopes and public keys. Every function takes the acting person and organisation and
// reaches only that organisation's clients: another org's client id behaves as if it did not exist.
import { z } from "zod";
import { audit } from "../audit";
import { db, isUniqueViolation } from "../db";
import { parsePublicJwk } from "./public-jwk";

export interface VendorActor {
  pid: string;
  orgNo: string;
}

export interface GrantedScope {
  name: string;
  description: string;
}

export interface ClientKeyInfo {
  kid: string;
  alg: string | null;
  createdAt: string;
  expiresAt: string | null;
}

export interface ClientDetail {
  clientId: string;
  name: string;
  description: string;
  scopes: string[];
  createdAt: string;
  /** Live systems in the System Register that list this client id. */
  systems: string[];
  keys: ClientKeyInfo[];
}

export type FormResult<T = object> = ({ ok: true } & T) | { ok: false; errors: Record<string, string> };

const asStrings = (v: unknown): string[] => (Array.isArray(v) ? v.filter((s): s is string => typeof s === "string") : []);

/** Scopes the scope owners have granted to the organisation: the only ones its clients may hold. */
export async function listGrantedScopes(orgNo: string): Promise<GrantedScope[]> {
  const grants = await db.scopeGrant.findMany({ where: { orgNo }, include: { scopeRef: true }, orderBy: { scope: "asc" } });
  return grants.map((g) => ({ name: g.scope, description: g.scopeRef.description }));
}

export async function listClients(actor: VendorActor): Promise<ClientDetail[]> {
  const rows = await db.maskinportenClient.findMany({ where: { orgNo: actor.orgNo }, orderBy: { createdAt: "asc" }, select: { clientId: true } });
  const details = await Promise.all(rows.map((r) => getClient(actor, r.clientId)));
  return details.filter((d): d is ClientDetail => d !== null);
}

export async function getClient(actor: VendorActor, clientId: string): Promise<ClientDetail | null> {
  const c = await db.maskinportenClient.findFirst({
    where: { clientId, orgNo: actor.orgNo },
    include: { keys: { orderBy: { createdAt: "asc" } } },
  });
  if (!c) return null;
  const systems = await db.systemClientId.findMany({ where: { clientId, system: { isDeleted: false } }, select: { systemId: true } });
  return {
    clientId: c.clientId,
    name: c.name,
    description: c.description,
    scopes: asStrings(c.scopes),
    createdAt: c.createdAt.toISOString(),
    systems: systems.map((s) => s.systemId),
    keys: c.keys.map((k) => ({
      kid: k.kid,
      alg: typeof (k.jwk as { alg?: unknown }).alg === "string" ? (k.jwk as { alg: string }).alg : null,
      createdAt: k.createdAt.toISOString(),
      expiresAt: k.expiresAt?.toISOString() ?? null,
    })),
  };
}

const ClientInput = z.object({
  name: z.string().trim().min(1, "Give the client a name.").max(100, "At most 100 characters."),
  description: z.string().trim().max(500, "At most 500 characters."),
  scopes: z.array(z.string()),
});

async function checkScopes(orgNo: string, scopes: string[]): Promise<string | null> {
  const granted = new Set((await listGrantedScopes(orgNo)).map((s) => s.name));
  const refused = scopes.filter((s) => !granted.has(s));
  return refused.length ? `Not granted to your organisation: ${refused.join(", ")}. Ask the scope owner for access first.` : null;
}

export async function createClient(actor: VendorActor, input: z.input<typeof ClientInput>): Promise<FormResult<{ clientId: string }>> {
  const parsed = ClientInput.safeParse(input);
  if (!parsed.success) {
    return { ok: false, errors: Object.fromEntries(parsed.error.issues.map((i) => [String(i.path[0] ?? "form"), i.message])) };
  }
  const scopes = [...new Set(parsed.data.scopes)];
  const scopeError = await checkScopes(actor.orgNo, scopes);
  if (scopeError) return { ok: false, errors: { scopes: scopeError } };
  const client = await db.$transaction(async (tx) => {
    const c = await tx.maskinportenClient.create({ data: { orgNo: actor.orgNo, name: parsed.data.name, description: parsed.data.description, scopes } });
    await audit(`person:${actor.pid}`, "maskinporten.client.created", c.clientId, { orgNo: actor.orgNo, scopes }, tx);
    return c;
  });
  return { ok: true, clientId: client.clientId };
}

const NOT_FOUND: FormResult<never> = { ok: false, errors: { form: "No such client in your organisation." } };

async function ownClient(actor: VendorActor, clientId: string) {
  return db.maskinportenClient.findFirst({ where: { clientId, orgNo: actor.orgNo }, select: { clientId: true } });
}

export async function updateClientScopes(actor: VendorActor, clientId: string, scopes: string[]): Promise<FormResult> {
  if (!(await ownClient(actor, clientId))) return NOT_FOUND;
  const unique = [...new Set(scopes)];
  const scopeError = await checkScopes(actor.orgNo, unique);
  if (scopeError) return { ok: false, errors: { scopes: scopeError } };
  await db.$transaction(async (tx) => {
    await tx.maskinportenClient.update({ where: { clientId }, data: { scopes: unique } });
    await audit(`person:${actor.pid}`, "maskinporten.client.scopes.updated", clientId, { scopes: unique }, tx);
  });
  return { ok: true };
}

/** Registers a pasted (or browser-generated) public JWK on the client. */
export async function addClientKey(actor: VendorActor, clientId: string, jwkText: string): Promise<FormResult<{ kid: string }>> {
  if (!(await ownClient(actor, clientId))) return NOT_FOUND;
  const parsed = parsePublicJwk(jwkText);
  if (!parsed.ok) return { ok: false, errors: { jwk: parsed.error } };
  const { kid } = parsed.jwk;
  if (await db.clientKey.findUnique({ where: { clientId_kid: { clientId, kid } } })) {
    return { ok: false, errors: { jwk: `The client already has a key with kid "${kid}": a kid must be unique on the client.` } };
  }
  try {
    await db.$transaction(async (tx) => {
      await tx.clientKey.create({ data: { clientId, kid, jwk: parsed.jwk as object } });
      await audit(`person:${actor.pid}`, "maskinporten.key.added", clientId, { kid }, tx);
    });
  } catch (e) {
    if (isUniqueViolation(e)) return { ok: false, errors: { jwk: `The client already has a key with kid "${kid}".` } };
    throw e;
  }
  return { ok: true, kid };
}

export async function deleteClientKey(actor: VendorActor, clientId: string, kid: string): Promise<FormResult> {
  if (!(await ownClient(actor, clientId))) return NOT_FOUND;
  const deleted = await db.$transaction(async (tx) => {
    const { count } = await tx.clientKey.deleteMany({ where: { clientId, kid } });
    if (count) await audit(`person:${actor.pid}`, "maskinporten.key.deleted", clientId, { kid }, tx);
    return count;
  });
  return deleted ? { ok: true } : { ok: false, errors: { form: `No key with kid "${kid}" on this client.` } };
}
