// Seeds the test cast, Skatteetaten's resource and scopes, the demo Maskinporten clients and
// SmartCloud's system. The data functions below list the rows; `seed()` writes them idempotently (every row
// upserted by its natural key: `npm run portal`, `npm run db:seed`), `seed(tx, { empty: true })` inserts them
// table by table into emptied tables (the control API's reset, lib/simulator/reset.ts, in one transaction:
// a few statements instead of one per row, so a reset takes well under a second).
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { db, type Tx } from "../lib/db";
import { partyIdOf, partyUuidOf } from "../lib/parties/party-ids";
import { storePolicyFile } from "../lib/resources/policy-store";
import { DEMO_CLIENTS, ER_ROLES, ORGS, PERSONS, SCOPES, SEED_ACCESS_LIST_ID, SEED_AGENT_SYSTEM_ID, SEED_RESOURCE_ID, SEED_SYSTEM_ID } from "./cast";

const PKG = "urn:altinn:accesspackage:";

type Client = Tx | typeof db;

/** How one table is written: all rows at once into an empty table, or each upserted by its key. */
interface Writer {
  empty: boolean;
  client: Client;
}

// The delegates' own argument types differ per model; this is the part the writer uses.
interface Delegate<T> {
  createMany(args: { data: T[] }): Promise<unknown>;
  upsert(args: { where: unknown; create: T; update: Partial<T> }): Promise<unknown>;
}

async function put<T>(w: Writer, delegate: unknown, rows: T[], where: (row: T) => unknown, update: (row: T) => Partial<T> = (row) => row): Promise<void> {
  const d = delegate as Delegate<T>;
  if (w.empty) {
    if (rows.length) await d.createMany({ data: rows });
    return;
  }
  for (const row of rows) await d.upsert({ where: where(row), create: row, update: update(row) });
}

function demoPublicJwk(name: string): Record<string, unknown> {
  // From the project root (the working directory of npm scripts and of the portal), so the same code runs
  // bundled into the portal (import.meta.dirname would name the bundle's folder).
  return JSON.parse(readFileSync(join(process.cwd(), "prisma/fixtures/demo-keys", `${name}.public.jwk.json`), "utf8"));
}

function parties() {
  const organizations = Object.values(ORGS).map((o) => ({
    orgNo: o.orgNo,
    name: o.name,
    orgForm: o.orgForm,
    orgCode: "orgCode" in o ? o.orgCode : null,
    partyId: partyIdOf("organization", o.orgNo),
    partyUuid: partyUuidOf("organization", o.orgNo),
  }));
  const persons = PERSONS.map((p) => ({ pid: p.pid, name: p.name, partyId: partyIdOf("person", p.pid), partyUuid: partyUuidOf("person", p.pid) }));
  const roles = PERSONS.flatMap((p) => p.roles.flatMap((r) => r.codes.map((code) => ({ personPid: p.pid, orgNo: ORGS[r.org].orgNo, code }))));
  const packages = PERSONS.flatMap((p) => p.roles.flatMap((r) => r.packages.map((urn) => ({ personPid: p.pid, orgNo: ORGS[r.org].orgNo, urn }))));
  const erRoles = ER_ROLES.map((e) => ({ clientOrgNo: ORGS[e.client].orgNo, roleCode: e.role, holderOrgNo: ORGS[e.holder].orgNo }));
  return { organizations, persons, roles, packages, erRoles };
}

async function seedParties(w: Writer) {
  const p = parties();
  await put(w, w.client.organization, p.organizations, (o) => ({ orgNo: o.orgNo }), ({ orgNo: _, ...data }) => data);
  await put(w, w.client.person, p.persons, (x) => ({ pid: x.pid }), ({ pid: _, ...data }) => data);
  await put(w, w.client.personRole, p.roles, (r) => ({ personPid_orgNo_code: r }), () => ({}));
  await put(w, w.client.personAccessPackage, p.packages, (r) => ({ personPid_orgNo_urn: r }), () => ({}));
  await put(w, w.client.erRole, p.erRoles, (r) => ({ clientOrgNo_roleCode_holderOrgNo: r }), () => ({}));
}

function maskinporten() {
  const scopes: { name: string; owner: string | null; description: string; grantedTo: string[] }[] = [
    { name: SCOPES.systemregisterWrite, owner: null, description: "Altinn: register and maintain systems in the System Register.", grantedTo: [ORGS.smartcloud.orgNo, ORGS.konkurrent.orgNo] },
    { name: SCOPES.requestWrite, owner: null, description: "Altinn: create system-user requests.", grantedTo: [ORGS.smartcloud.orgNo, ORGS.konkurrent.orgNo] },
    { name: SCOPES.requestRead, owner: null, description: "Altinn: read system-user requests and system users.", grantedTo: [ORGS.smartcloud.orgNo, ORGS.konkurrent.orgNo] },
    { name: SCOPES.authorize, owner: null, description: "Altinn: ask the PDP for decisions.", grantedTo: [ORGS.skatteetaten.orgNo] },
    { name: SCOPES.resourceWrite, owner: null, description: "Altinn: write resources in the Resource Registry.", grantedTo: [ORGS.skatteetaten.orgNo] },
    { name: SCOPES.accessListRead, owner: null, description: "Altinn: read the service owner's access lists.", grantedTo: [ORGS.skatteetaten.orgNo] },
    { name: SCOPES.accessListWrite, owner: null, description: "Altinn: maintain the service owner's access lists.", grantedTo: [ORGS.skatteetaten.orgNo] },
    { name: SCOPES.kravOgBetalinger, owner: ORGS.skatteetaten.orgNo, description: "Skatteetaten: read an organisation's outstanding claims and payments.", grantedTo: [ORGS.smartcloud.orgNo, ORGS.konkurrent.orgNo] },
  ];
  const clients = [
    { ...DEMO_CLIENTS.smartcloud, orgNo: ORGS.smartcloud.orgNo, name: "SmartCloud regnskap (demo)", scopes: [SCOPES.systemregisterWrite, SCOPES.requestWrite, SCOPES.requestRead, SCOPES.kravOgBetalinger] },
    { ...DEMO_CLIENTS.skatteetaten, orgNo: ORGS.skatteetaten.orgNo, name: "Skatteetaten Krav og betalinger API (demo)", scopes: [SCOPES.authorize, SCOPES.resourceWrite, SCOPES.accessListRead, SCOPES.accessListWrite] },
    { ...DEMO_CLIENTS.konkurrent, orgNo: ORGS.konkurrent.orgNo, name: "Konkurrent integrasjon (demo)", scopes: [SCOPES.systemregisterWrite, SCOPES.requestWrite, SCOPES.requestRead, SCOPES.kravOgBetalinger] },
    { ...DEMO_CLIENTS.smartcloudKlient, orgNo: ORGS.smartcloud.orgNo, name: "SmartCloud klientsystem (demo)", scopes: [SCOPES.kravOgBetalinger] },
  ];
  return {
    scopes: scopes.map((s) => ({ name: s.name, ownerOrgNo: s.owner, description: s.description })),
    grants: scopes.flatMap((s) => s.grantedTo.map((orgNo) => ({ scope: s.name, orgNo }))),
    clients: clients.map((c) => ({ clientId: c.clientId, orgNo: c.orgNo, name: c.name, scopes: c.scopes })),
    keys: clients.map((c) => ({ clientId: c.clientId, kid: c.kid, jwk: demoPublicJwk(c.key) as object })),
  };
}

async function seedMaskinporten(w: Writer) {
  const m = maskinporten();
  await put(w, w.client.maskinportenScope, m.scopes, (s) => ({ name: s.name }), ({ name: _, ...data }) => data);
  await put(w, w.client.scopeGrant, m.grants, (g) => ({ scope_orgNo: g }), () => ({}));
  await put(w, w.client.maskinportenClient, m.clients, (c) => ({ clientId: c.clientId }), ({ clientId: _, ...data }) => data);
  await put(w, w.client.clientKey, m.keys, (k) => ({ clientId_kid: { clientId: k.clientId, kid: k.kid } }), (k) => ({ jwk: k.jwk }));
}

function resource() {
  return {
    identifier: SEED_RESOURCE_ID,
    ownerOrgNo: ORGS.skatteetaten.orgNo,
    titleNb: "Krav og betalinger",
    titleNn: "Krav og betalingar",
    titleEn: "Claims and payments",
    descriptionNb: "Utestående skatte- og avgiftskrav for en virksomhet.",
    descriptionNn: "Uteståande skatte- og avgiftskrav for ei verksemd.",
    descriptionEn: "An organisation's outstanding tax and fee claims.",
    rightDescriptionNb: "Se virksomhetens utestående krav og betalinger hos Skatteetaten.",
    rightDescriptionNn: "Sjå verksemda sine uteståande krav og betalingar hos Skatteetaten.",
    rightDescriptionEn: "See the organisation's outstanding claims and payments at Skatteetaten.",
    resourceType: "Default",
    delegable: true,
    visible: true,
    maskinportenScope: SCOPES.kravOgBetalinger,
  };
}

// The policy is a XACML 3.0 file as Altinn's registry stores it; its PolicyRule rows are parsed from it
// (lib/resources/policy-store.ts), in the caller's transaction or one of its own.
async function seedResource(w: Writer) {
  await put(w, w.client.resource, [resource()], (r) => ({ identifier: r.identifier }), ({ identifier: _, ...data }) => data);
  const policy = readFileSync(join(process.cwd(), "prisma/fixtures/policies", `${SEED_RESOURCE_ID}.xml`));
  if (w.client === db) await db.$transaction((tx) => storePolicyFile(tx, SEED_RESOURCE_ID, policy));
  else await storePolicyFile(w.client as Tx, SEED_RESOURCE_ID, policy);
}

/**
 * A named access list of Skatteetaten connected to its resource (every action). The resource's access
 * list mode stays Disabled: enable it on the resource to let the PDP use the list.
 */
async function seedAccessList(w: Writer) {
  const key = { owner: "skd", identifier: SEED_ACCESS_LIST_ID };
  const data = { name: "Krav og betalinger: pilot", description: "Organisations in the pilot of Krav og betalinger." };
  const list = await w.client.accessList.upsert({ where: { owner_identifier: key }, create: { ...key, ...data }, update: data });
  const members = [ORGS.ape, ORGS.tiger].map((org) => ({ listId: list.id, partyUuid: partyUuidOf("organization", org.orgNo) }));
  await put(w, w.client.accessListMember, members, (m) => ({ listId_partyUuid: m }), () => ({}));
  const conn = { listId: list.id, resourceId: SEED_RESOURCE_ID, actions: [] as string[] };
  await put(w, w.client.accessListResourceConnection, [conn], ({ listId, resourceId }) => ({ listId_resourceId: { listId, resourceId } }), () => ({}));
}

const SMARTCLOUD_REDIRECTS = ["https://smartcloud.example/altinn/callback", "http://localhost:3000/vendor/callback"];

function systems() {
  return [
    {
      id: SEED_SYSTEM_ID,
      clientId: DEMO_CLIENTS.smartcloud.clientId,
      data: {
        vendorOrgNo: ORGS.smartcloud.orgNo,
        nameNb: "SmartCloud",
        nameNn: "SmartCloud",
        nameEn: "SmartCloud",
        descriptionNb: "Regnskapssystem i skyen som henter krav og betalinger fra Skatteetaten.",
        descriptionNn: "Rekneskapssystem i skya som hentar krav og betalingar frå Skatteetaten.",
        descriptionEn: "Cloud accounting system that fetches claims and payments from Skatteetaten.",
        rights: [{ action: "read", resource: [{ id: "urn:altinn:resource", value: SEED_RESOURCE_ID }] }],
        accessPackages: [] as { urn: string }[],
        allowedRedirectUrls: SMARTCLOUD_REDIRECTS,
        isVisible: true,
      },
    },
    {
      // The same product for accounting firms: an agent system user per firm, clients delegated to it.
      // Invisible (end users cannot create it themselves) and with client packages only, as Altinn asks.
      id: SEED_AGENT_SYSTEM_ID,
      clientId: DEMO_CLIENTS.smartcloudKlient.clientId,
      data: {
        vendorOrgNo: ORGS.smartcloud.orgNo,
        nameNb: "SmartCloud Klient",
        nameNn: "SmartCloud Klient",
        nameEn: "SmartCloud Client",
        descriptionNb: "SmartCloud for regnskapsførere: henter krav og betalinger for klientene til regnskapsføreren.",
        descriptionNn: "SmartCloud for rekneskapsførarar: hentar krav og betalingar for klientane til rekneskapsføraren.",
        descriptionEn: "SmartCloud for accounting firms: fetches claims and payments for the firm's clients.",
        rights: [] as { action: string; resource: { id: string; value: string }[] }[],
        accessPackages: [{ urn: `${PKG}regnskapsforer-med-signeringsrettighet` }, { urn: `${PKG}regnskapsforer-uten-signeringsrettighet` }],
        allowedRedirectUrls: SMARTCLOUD_REDIRECTS,
        isVisible: false,
      },
    },
  ];
}

async function seedSystems(w: Writer) {
  for (const { id, clientId, data } of systems()) {
    const existing = w.empty ? null : await w.client.registeredSystem.findUnique({ where: { id } });
    await put(w, w.client.registeredSystem, [{ id, ...data }], (s) => ({ id: s.id }), ({ id: _, ...rest }) => ({ ...rest, isDeleted: false }));
    await put(w, w.client.systemClientId, [{ clientId, systemId: id }], (c) => ({ clientId: c.clientId }), (c) => ({ systemId: c.systemId }));
    if (!existing) {
      await w.client.systemChangeLog.create({ data: { systemId: id, changeType: "create", changedBy: ORGS.smartcloud.orgNo, data: data as object } });
    }
  }
}

function taxClaims() {
  const claimants = [ORGS.ape, ORGS.veik, ORGS.sitrongul, ORGS.oppstemt, ORGS.lilla, ORGS.skjor, ORGS.opplyst, ORGS.puma];
  const kinds = [
    { claimType: "MVA", description: "Merverdiavgift 5. termin 2026", period: "2026-T5", due: "2026-12-10" },
    { claimType: "ARBEIDSGIVERAVGIFT", description: "Arbeidsgiveravgift september–oktober 2026", period: "2026-05", due: "2026-11-15" },
    { claimType: "FORSKUDDSSKATT", description: "Forskuddsskatt for upersonlige skattytere, 2. termin", period: "2026", due: "2027-02-15" },
  ];
  return claimants.flatMap((org, i) =>
    kinds.flatMap((k, j) => {
      if ((i + j) % 4 === 3) return []; // not every organisation owes everything
      const amountOre = ((Number(org.orgNo.slice(-4)) * (j + 3) * 37) % 900_000 + 5_000) * 100;
      const kid = `${org.orgNo.slice(0, 6)}${String(j).padStart(2, "0")}${org.orgNo.slice(6)}`;
      return [{ id: `krav-${org.orgNo}-${j}`, orgNo: org.orgNo, claimType: k.claimType, description: k.description, amountOre, dueDate: new Date(`${k.due}T00:00:00Z`), kid, period: k.period }];
    }),
  );
}

async function seedTaxClaims(w: Writer) {
  await put(w, w.client.taxClaim, taxClaims(), (c) => ({ id: c.id }), ({ id: _, ...data }) => data);
}

/** Writes the seed: upserting (idempotent, the default) or, with `empty`, inserting into emptied tables. */
export async function seed(client: Client = db, opts: { empty?: boolean } = {}) {
  const w: Writer = { client, empty: opts.empty === true };
  await seedParties(w);
  await seedMaskinporten(w);
  await seedResource(w);
  await seedAccessList(w);
  await seedSystems(w);
  await seedTaxClaims(w);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  seed()
    .then(async () => {
      console.log("Seeded the test cast.");
      await db.$disconnect();
    })
    .catch(async (e) => {
      console.error(e);
      await db.$disconnect();
      process.exit(1);
    });
}
