// Seeds the test cast, Skatteetaten's resource and scopes, the demo Maskinporten clients and
// SmartCloud's system. Idempotent: every row is upserted by its natural key. `seed(tx)` runs inside a
// transaction: the control API's reset (lib/simulator/reset.ts) empties the tables and seeds in one.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { db, type Tx } from "../lib/db";
import { partyIdOf, partyUuidOf } from "../lib/parties/party-ids";
import { DEMO_CLIENTS, ER_ROLES, ORGS, PERSONS, SCOPES, SEED_RESOURCE_ID, SEED_SYSTEM_ID } from "./cast";

const PKG = "urn:altinn:accesspackage:";

type Client = Tx | typeof db;

function demoPublicJwk(name: string): Record<string, unknown> {
  // From the project root (the working directory of npm scripts and of the portal), so the same code runs
  // bundled into the portal (import.meta.dirname would name the bundle's folder).
  return JSON.parse(readFileSync(join(process.cwd(), "prisma/fixtures/demo-keys", `${name}.public.jwk.json`), "utf8"));
}

async function seedParties(db: Client) {
  for (const o of Object.values(ORGS)) {
    const data = {
      name: o.name,
      orgForm: o.orgForm,
      orgCode: "orgCode" in o ? o.orgCode : null,
      partyId: partyIdOf("organization", o.orgNo),
      partyUuid: partyUuidOf("organization", o.orgNo),
    };
    await db.organization.upsert({ where: { orgNo: o.orgNo }, create: { orgNo: o.orgNo, ...data }, update: data });
  }
  for (const p of PERSONS) {
    const data = { name: p.name, partyId: partyIdOf("person", p.pid), partyUuid: partyUuidOf("person", p.pid) };
    await db.person.upsert({ where: { pid: p.pid }, create: { pid: p.pid, ...data }, update: data });
    for (const r of p.roles) {
      const orgNo = ORGS[r.org].orgNo;
      for (const code of r.codes) {
        await db.personRole.upsert({
          where: { personPid_orgNo_code: { personPid: p.pid, orgNo, code } },
          create: { personPid: p.pid, orgNo, code },
          update: {},
        });
      }
      for (const urn of r.packages) {
        await db.personAccessPackage.upsert({
          where: { personPid_orgNo_urn: { personPid: p.pid, orgNo, urn } },
          create: { personPid: p.pid, orgNo, urn },
          update: {},
        });
      }
    }
  }
  for (const e of ER_ROLES) {
    const key = { clientOrgNo: ORGS[e.client].orgNo, roleCode: e.role, holderOrgNo: ORGS[e.holder].orgNo };
    await db.erRole.upsert({ where: { clientOrgNo_roleCode_holderOrgNo: key }, create: key, update: {} });
  }
}

async function seedMaskinporten(db: Client) {
  const scopes: { name: string; owner: string | null; description: string; grantedTo: string[] }[] = [
    { name: SCOPES.systemregisterWrite, owner: null, description: "Altinn: register and maintain systems in the System Register.", grantedTo: [ORGS.smartcloud.orgNo, ORGS.konkurrent.orgNo] },
    { name: SCOPES.requestWrite, owner: null, description: "Altinn: create system-user requests.", grantedTo: [ORGS.smartcloud.orgNo, ORGS.konkurrent.orgNo] },
    { name: SCOPES.requestRead, owner: null, description: "Altinn: read system-user requests and system users.", grantedTo: [ORGS.smartcloud.orgNo, ORGS.konkurrent.orgNo] },
    { name: SCOPES.authorize, owner: null, description: "Altinn: ask the PDP for decisions.", grantedTo: [ORGS.skatteetaten.orgNo] },
    { name: SCOPES.resourceWrite, owner: null, description: "Altinn: write resources in the Resource Registry.", grantedTo: [ORGS.skatteetaten.orgNo] },
    { name: SCOPES.kravOgBetalinger, owner: ORGS.skatteetaten.orgNo, description: "Skatteetaten: read an organisation's outstanding claims and payments.", grantedTo: [ORGS.smartcloud.orgNo, ORGS.konkurrent.orgNo] },
  ];
  for (const s of scopes) {
    const data = { ownerOrgNo: s.owner, description: s.description };
    await db.maskinportenScope.upsert({ where: { name: s.name }, create: { name: s.name, ...data }, update: data });
    for (const orgNo of s.grantedTo) {
      await db.scopeGrant.upsert({ where: { scope_orgNo: { scope: s.name, orgNo } }, create: { scope: s.name, orgNo }, update: {} });
    }
  }
  const clients = [
    { ...DEMO_CLIENTS.smartcloud, orgNo: ORGS.smartcloud.orgNo, name: "SmartCloud regnskap (demo)", scopes: [SCOPES.systemregisterWrite, SCOPES.requestWrite, SCOPES.requestRead, SCOPES.kravOgBetalinger] },
    { ...DEMO_CLIENTS.skatteetaten, orgNo: ORGS.skatteetaten.orgNo, name: "Skatteetaten Krav og betalinger API (demo)", scopes: [SCOPES.authorize, SCOPES.resourceWrite] },
    { ...DEMO_CLIENTS.konkurrent, orgNo: ORGS.konkurrent.orgNo, name: "Konkurrent integrasjon (demo)", scopes: [SCOPES.systemregisterWrite, SCOPES.requestWrite, SCOPES.requestRead, SCOPES.kravOgBetalinger] },
  ];
  for (const c of clients) {
    const data = { orgNo: c.orgNo, name: c.name, scopes: c.scopes };
    await db.maskinportenClient.upsert({ where: { clientId: c.clientId }, create: { clientId: c.clientId, ...data }, update: data });
    const jwk = demoPublicJwk(c.key);
    await db.clientKey.upsert({
      where: { clientId_kid: { clientId: c.clientId, kid: c.kid } },
      create: { clientId: c.clientId, kid: c.kid, jwk: jwk as object },
      update: { jwk: jwk as object },
    });
  }
}

async function seedResource(db: Client) {
  const data = {
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
  await db.resource.upsert({ where: { identifier: SEED_RESOURCE_ID }, create: { identifier: SEED_RESOURCE_ID, ...data }, update: data });
  await db.policyRule.deleteMany({ where: { resourceId: SEED_RESOURCE_ID } });
  await db.policyRule.createMany({
    data: [
      {
        resourceId: SEED_RESOURCE_ID,
        position: 0,
        description: "Daglig leder, tax staff, accountants and auditors may read the claims.",
        subjects: ["urn:altinn:rolecode:DAGL", `${PKG}skatt-naering`, `${PKG}regnskapsforer-med-signeringsrettighet`, `${PKG}regnskapsforer-uten-signeringsrettighet`, `${PKG}ansvarlig-revisor`, `${PKG}revisormedarbeider`],
        actions: ["read"],
      },
      {
        resourceId: SEED_RESOURCE_ID,
        position: 1,
        description: "Daglig leder and accountants with signing rights may agree a payment plan (a second action).",
        subjects: ["urn:altinn:rolecode:DAGL", `${PKG}regnskapsforer-med-signeringsrettighet`],
        actions: ["write"],
      },
    ],
  });
}

async function seedSystem(db: Client) {
  const data = {
    vendorOrgNo: ORGS.smartcloud.orgNo,
    nameNb: "SmartCloud",
    nameNn: "SmartCloud",
    nameEn: "SmartCloud",
    descriptionNb: "Regnskapssystem i skyen som henter krav og betalinger fra Skatteetaten.",
    descriptionNn: "Rekneskapssystem i skya som hentar krav og betalingar frå Skatteetaten.",
    descriptionEn: "Cloud accounting system that fetches claims and payments from Skatteetaten.",
    rights: [{ action: "read", resource: [{ id: "urn:altinn:resource", value: SEED_RESOURCE_ID }] }],
    accessPackages: [],
    allowedRedirectUrls: ["https://smartcloud.example/altinn/callback", "http://localhost:3000/vendor/callback"],
    isVisible: true,
  };
  const existing = await db.registeredSystem.findUnique({ where: { id: SEED_SYSTEM_ID } });
  await db.registeredSystem.upsert({ where: { id: SEED_SYSTEM_ID }, create: { id: SEED_SYSTEM_ID, ...data }, update: { ...data, isDeleted: false } });
  await db.systemClientId.upsert({
    where: { clientId: DEMO_CLIENTS.smartcloud.clientId },
    create: { clientId: DEMO_CLIENTS.smartcloud.clientId, systemId: SEED_SYSTEM_ID },
    update: { systemId: SEED_SYSTEM_ID },
  });
  if (!existing) {
    await db.systemChangeLog.create({ data: { systemId: SEED_SYSTEM_ID, changeType: "create", changedBy: ORGS.smartcloud.orgNo, data: data as object } });
  }
}

async function seedTaxClaims(db: Client) {
  const claimants = [ORGS.ape, ORGS.veik, ORGS.sitrongul, ORGS.oppstemt, ORGS.lilla, ORGS.skjor, ORGS.opplyst, ORGS.puma];
  const kinds = [
    { claimType: "MVA", description: "Merverdiavgift 5. termin 2026", period: "2026-T5", due: "2026-12-10" },
    { claimType: "ARBEIDSGIVERAVGIFT", description: "Arbeidsgiveravgift september–oktober 2026", period: "2026-05", due: "2026-11-15" },
    { claimType: "FORSKUDDSSKATT", description: "Forskuddsskatt for upersonlige skattytere, 2. termin", period: "2026", due: "2027-02-15" },
  ];
  for (const [i, org] of claimants.entries()) {
    for (const [j, k] of kinds.entries()) {
      if ((i + j) % 4 === 3) continue; // not every organisation owes everything
      const id = `krav-${org.orgNo}-${j}`;
      const amountOre = ((Number(org.orgNo.slice(-4)) * (j + 3) * 37) % 900_000 + 5_000) * 100;
      const kid = `${org.orgNo.slice(0, 6)}${String(j).padStart(2, "0")}${org.orgNo.slice(6)}`;
      const data = { orgNo: org.orgNo, claimType: k.claimType, description: k.description, amountOre, dueDate: new Date(`${k.due}T00:00:00Z`), kid, period: k.period };
      await db.taxClaim.upsert({ where: { id }, create: { id, ...data }, update: data });
    }
  }
}

export async function seed(client: Client = db) {
  await seedParties(client);
  await seedMaskinporten(client);
  await seedResource(client);
  await seedSystem(client);
  await seedTaxClaims(client);
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
