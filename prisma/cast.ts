// The test cast of the real documentation's example (reference §9), plus the few people and
// organisations the simulator adds (marked "simulator"), with synthetic numbers that have valid check digits.
import { ROLE, PACKAGE } from "../lib/parties/roles";

const PKG = "urn:altinn:accesspackage:";

export const ORGS = {
  skatteetaten: { orgNo: "974761076", name: "SKATTEETATEN", orgForm: "ORGL", orgCode: "SKD" },
  smartcloud: { orgNo: "991825827", name: "SMARTCLOUD AS", orgForm: "AS" },
  ape: { orgNo: "310904473", name: "TILFELDIG SUBTIL APE", orgForm: "AS" },
  tiger: { orgNo: "314250052", name: "TILBAKEHOLDEN USYMMETRISK TIGER AS", orgForm: "AS" },
  veik: { orgNo: "310609544", name: "AUTORISERT VEIK TIGER AS", orgForm: "AS" },
  sitrongul: { orgNo: "313872076", name: "TØFF SITRONGUL TIGER AS", orgForm: "AS" },
  oppstemt: { orgNo: "310599298", name: "SPESIFIKK OPPSTEMT TIGER AS", orgForm: "AS" },
  lilla: { orgNo: "313169960", name: "LILLA BLØT TIGER AS", orgForm: "AS" },
  skjor: { orgNo: "310757314", name: "ENKEL SKJØR TIGER AS", orgForm: "AS" },
  opplyst: { orgNo: "310244589", name: "OPPLYST REFLEKTERENDE TIGER AS", orgForm: "AS" },
  puma: { orgNo: "313351203", name: "GENIERKLÆRT LEI PUMA", orgForm: "BRL" },
  // a sole proprietorship client of the firm (Altinn's own tt02 test data: Bruno
  // SysUser_ClientDelg_AccPkg_ENK-INNH-Pid_Permit, testdata/systemuser-clientdelegation/tt02.js)
  toppkatt: { orgNo: "310329495", name: "HUMAN TOPP KATT BIL", orgForm: "ENK" },
  // simulator: a second vendor and a second accounting firm, for cross-tenant tests and demos
  konkurrent: { orgNo: "315000009", name: "KONKURRENT DATA AS", orgForm: "AS" },
  flink: { orgNo: "315001374", name: "FLINK REGNSKAP AS", orgForm: "AS" },
} as const;

export interface CastPerson {
  pid: string;
  name: string;
  /** What the person does in the story (README, landing page). */
  story: string;
  roles: { org: keyof typeof ORGS; codes: string[]; packages: string[] }[];
}

export const PERSONS: CastPerson[] = [
  {
    pid: "11887910024",
    name: "RASK BLÅ ELG",
    story: "Administers Skatteetaten's resources, scopes and policies (simulator).",
    roles: [{ org: "skatteetaten", codes: [ROLE.RESSURSADMIN], packages: [] }],
  },
  {
    pid: "23858510058",
    name: "LUR GRØNN REV",
    story: "SmartCloud's developer: Maskinporten client, system, requests (simulator).",
    roles: [{ org: "smartcloud", codes: [ROLE.UTVIKLER], packages: [] }],
  },
  {
    pid: "15919110098",
    name: "STADIG KONSERT",
    story: "Daglig leder of TILFELDIG SUBTIL APE: approves standard system users.",
    roles: [{ org: "ape", codes: [ROLE.DAGL], packages: [PACKAGE.tilgangsstyrer, `${PKG}skatt-naering`] }],
  },
  {
    pid: "02877310097",
    name: "SKEPTISK GRÅ MUS",
    story: "Employee of TILFELDIG SUBTIL APE without rights: can only escalate (simulator).",
    roles: [{ org: "ape", codes: [ROLE.ANSATT], packages: [] }],
  },
  {
    pid: "06857897380",
    name: "DRESS MINST",
    story: "Daglig leder and client administrator of TILBAKEHOLDEN USYMMETRISK TIGER AS (an accounting firm).",
    roles: [{ org: "tiger", codes: [ROLE.DAGL], packages: [PACKAGE.tilgangsstyrer, PACKAGE.klientadministrator] }],
  },
  {
    pid: "02895998748",
    name: "GLAD LEI PUMA",
    story: "Daglig leder of GENIERKLÆRT LEI PUMA, a client of the firm through forretningsfører.",
    roles: [{ org: "puma", codes: [ROLE.DAGL], packages: [PACKAGE.tilgangsstyrer] }],
  },
  {
    pid: "31886896576",
    name: "EVENTYRLIG FALK",
    story: "Innehaver (owner) of HUMAN TOPP KATT BIL, a sole proprietorship and a client of the firm through regnskapsfører.",
    roles: [{ org: "toppkatt", codes: [ROLE.INNH], packages: [PACKAGE.tilgangsstyrer] }],
  },
  {
    pid: "30916610064",
    name: "FRISK RØD ULV",
    story: "Developer at another vendor, KONKURRENT DATA AS (simulator, cross-tenant).",
    roles: [{ org: "konkurrent", codes: [ROLE.UTVIKLER], packages: [] }],
  },
  {
    pid: "09909410026",
    name: "FLITTIG GUL HARE",
    story: "Daglig leder and client administrator of another accounting firm, FLINK REGNSKAP AS, and access manager of KONKURRENT DATA AS: chooses who to act for (simulator).",
    roles: [
      { org: "flink", codes: [ROLE.DAGL], packages: [PACKAGE.tilgangsstyrer, PACKAGE.klientadministrator] },
      { org: "konkurrent", codes: [ROLE.LEDE], packages: [PACKAGE.tilgangsstyrer] },
    ],
  },
];

/** Enhetsregisteret: holder has role in client. */
export const ER_ROLES: { client: keyof typeof ORGS; role: "REGN" | "REVI" | "FFOR"; holder: keyof typeof ORGS }[] = [
  { client: "veik", role: "REGN", holder: "tiger" },
  { client: "sitrongul", role: "REGN", holder: "tiger" },
  { client: "oppstemt", role: "REGN", holder: "tiger" },
  { client: "opplyst", role: "REGN", holder: "tiger" },
  { client: "opplyst", role: "REVI", holder: "tiger" },
  { client: "lilla", role: "REVI", holder: "tiger" },
  { client: "skjor", role: "REVI", holder: "tiger" },
  { client: "puma", role: "FFOR", holder: "tiger" },
  { client: "toppkatt", role: "REGN", holder: "tiger" },
  { client: "skjor", role: "REGN", holder: "flink" },
];

export const DEMO_CLIENTS = {
  smartcloud: { clientId: "a2ed712d-4144-4471-839f-80ae4a68146b", kid: "smartcloud-demo-2026", key: "smartcloud", org: "smartcloud" },
  skatteetaten: { clientId: "5f3c8b0e-7d21-4a9e-b6c4-2e8f1a0d9c73", kid: "skatteetaten-demo-2026", key: "skatteetaten", org: "skatteetaten" },
  konkurrent: { clientId: "c41e0b7a-93d5-4f62-8a1c-6b2d9e0f7a48", kid: "konkurrent-demo-2026", key: "konkurrent", org: "konkurrent" },
  // SmartCloud's second client, on its client system (a client id belongs to one system only); the same
  // demo key pair, registered under its own kid.
  smartcloudKlient: { clientId: "7b1f4c2e-5a38-4d96-9e07-3c8a2b6d1f54", kid: "smartcloud-klient-demo-2026", key: "smartcloud", org: "smartcloud" },
} as const;

export const SCOPES = {
  systemregisterWrite: "altinn:authentication/systemregister.write",
  requestWrite: "altinn:authentication/systemuser.request.write",
  requestRead: "altinn:authentication/systemuser.request.read",
  authorize: "altinn:authorization/authorize",
  resourceWrite: "altinn:resourceregistry/resource.write",
  accessListRead: "altinn:resourceregistry/accesslist.read",
  accessListWrite: "altinn:resourceregistry/accesslist.write",
  kravOgBetalinger: "skatteetaten:kravogbetalinger",
} as const;

/** Skatteetaten's seeded access list (owner `skd`), connected to SEED_RESOURCE_ID. */
export const SEED_ACCESS_LIST_ID = "krav-og-betalinger-pilot";
export const SEED_RESOURCE_ID = "ske-krav-og-betalinger";
export const SEED_SYSTEM_ID = "991825827_smartcloud";
/** SmartCloud's client system: agent system users for accounting firms (invisible, client packages only). */
export const SEED_AGENT_SYSTEM_ID = "991825827_smartcloud_klient";
