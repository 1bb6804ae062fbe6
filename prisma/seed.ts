// Seeds the test cast, Skatteetaten's resource and scopes, the demo Maskinporten clients and
// SmartCloud's system. Idempotent: every row is upserted by its natural key.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { db } from "../lib/db";
import { partyIdOf, partyUuidOf } from "../lib/parties/party-ids";
import { storePolicyFile } from "../lib/resources/policy-store";
import { DEMO_CLIENTS, ER_ROLES, ORGS, PERSONS, SCOPES, SEED_ACCESS_LIST_ID, SEED_AGENT_SYSTEM_ID, SEED_RESOURCE_ID, SEED_SYSTEM_ID } from "./cast";

const PKG = "urn:altinn:accesspackage:";


function demoPublicJwk(name: string): Record<string, unknown> {
  return JSON.parse(readFileSync(join(import.meta.dirname, "fixtures/demo-keys", `${name}.public.jwk.json`), "utf8"));
}

async function seedParties() {
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

async function seedMaskinporten() {
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
  for (const s of scopes) {
    const data = { ownerOrgNo: s.owner, description: s.description };
    await db.maskinportenScope.upsert({ where: { name: s.name }, create: { name: s.name, ...data }, update: data });
    for (const orgNo of s.grantedTo) {
      await db.scopeGrant.upsert({ where: { scope_orgNo: { scope: s.name, orgNo } }, create: { scope: s.name, orgNo }, update: {} });
    }
  }
  const clients = [
    { ...DEMO_CLIENTS.smartcloud, orgNo: ORGS.smartcloud.orgNo, name: "SmartCloud regnskap (demo)", scopes: [SCOPES.systemregisterWrite, SCOPES.requestWrite, SCOPES.requestRead, SCOPES.kravOgBetalinger] },
    { ...DEMO_CLIENTS.skatteetaten, orgNo: ORGS.skatteetaten.orgNo, name: "Skatteetaten Krav og betalinger API (demo)", scopes: [SCOPES.authorize, SCOPES.resourceWrite, SCOPES.accessListRead, SCOPES.accessListWrite] },
    { ...DEMO_CLIENTS.konkurrent, orgNo: ORGS.konkurrent.orgNo, name: "Konkurrent integrasjon (demo)", scopes: [SCOPES.systemregisterWrite, SCOPES.requestWrite, SCOPES.requestRead, SCOPES.kravOgBetalinger] },
    { ...DEMO_CLIENTS.smartcloudKlient, orgNo: ORGS.smartcloud.orgNo, name: "SmartCloud klientsystem (demo)", scopes: [SCOPES.kravOgBetalinger] },
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

async function seedResource() {
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
  // The policy is a XACML 3.0 file as Altinn's registry stores it; its rows are parsed from it.
  const policy = readFileSync(join(import.meta.dirname, "fixtures/policies", `${SEED_RESOURCE_ID}.xml`));
  await db.$transaction((tx) => storePolicyFile(tx, SEED_RESOURCE_ID, policy));
}

const SMARTCLOUD_REDIRECTS = ["https://smartcloud.example/altinn/callback", "http://localhost:3000/vendor/callback"];

const SEED_SYSTEMS = [
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
      accessPackages: [],
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
      rights: [],
      accessPackages: [{ urn: `${PKG}regnskapsforer-med-signeringsrettighet` }, { urn: `${PKG}regnskapsforer-uten-signeringsrettighet` }],
      allowedRedirectUrls: SMARTCLOUD_REDIRECTS,
      isVisible: false,
    },
  },
];

async function seedSystems() {
  for (const { id, clientId, data } of SEED_SYSTEMS) {
    const existing = await db.registeredSystem.findUnique({ where: { id } });
    await db.registeredSystem.upsert({ where: { id }, create: { id, ...data }, update: { ...data, isDeleted: false } });
    await db.systemClientId.upsert({ where: { clientId }, create: { clientId, systemId: id }, update: { systemId: id } });
    if (!existing) {
      await db.systemChangeLog.create({ data: { systemId: id, changeType: "create", changedBy: ORGS.smartcloud.orgNo, data: data as object } });
    }
  }
}

/**
 * A named access list of Skatteetaten connected to its resource (every action). The resource's access
 * list mode stays Disabled: enable it on the resource to let the PDP use the list.
 */
async function seedAccessList() {
  const key = { owner: "skd", identifier: SEED_ACCESS_LIST_ID };
  const data = { name: "Krav og betalinger: pilot", description: "Organisations in the pilot of Krav og betalinger." };
  const list = await db.accessList.upsert({ where: { owner_identifier: key }, create: { ...key, ...data }, update: data });
  for (const org of [ORGS.ape, ORGS.tiger]) {
    const partyUuid = partyUuidOf("organization", org.orgNo);
    await db.accessListMember.upsert({ where: { listId_partyUuid: { listId: list.id, partyUuid } }, create: { listId: list.id, partyUuid }, update: {} });
  }
  const conn = { listId: list.id, resourceId: SEED_RESOURCE_ID };
  await db.accessListResourceConnection.upsert({ where: { listId_resourceId: conn }, create: { ...conn, actions: [] }, update: {} });
}

async function seedTaxClaims() {
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

export async function seed() {
  await seedParties();
  await seedMaskinporten();
  await seedResource();
  await seedAccessList();
  await seedSystems();
  await seedTaxClaims();
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
