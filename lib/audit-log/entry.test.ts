import { test } from "node:test";
import assert from "node:assert/strict";
import { matchesFilter, partyOfAction, refsOf, toEntry, visibleTo, type AuditLookups, type AuditRow } from "./entry";

const APE = "310904473";
const SMART = "991825827";
const SKD = "974761076";
const TIGER = "314250052";
const VEIK = "310609544";
const SU = "0b5b7c1e-1111-4222-8333-444455556666";

const lookups: AuditLookups = {
  clientOrg: new Map([["smart-client", SMART], ["skd-client", SKD]]),
  systemUser: new Map([[SU, { ownerOrgNo: APE, systemId: "991825827_smartcloud" }]]),
  systemVendor: new Map([["991825827_smartcloud", SMART]]),
  resourceOwner: new Map([["ske-krav-og-betalinger", SKD]]),
  scopeOwner: new Map(),
  partyOrg: new Map(),
  orgName: new Map([[APE, "TILFELDIG SUBTIL APE"], [VEIK, "AUTORISERT VEIK TIGER AS"]]),
  personName: new Map([["15919110098", "STADIG KONSERT"]]),
};

const row = (action: string, actor: string, subject: string, details: Record<string, unknown>): AuditRow => ({ id: "x", at: new Date("2026-12-03T10:00:00Z"), actor, action, subject, details });

test("the party that recorded an event follows its action", () => {
  assert.equal(partyOfAction("token.issued"), "maskinporten");
  assert.equal(partyOfAction("token.refused"), "maskinporten");
  assert.equal(partyOfAction("pdp.decision"), "pdp");
  assert.equal(partyOfAction("resource.created"), "resourceregistry");
  assert.equal(partyOfAction("systemuser.request.accepted"), "authentication");
  assert.equal(partyOfAction("request.standard.created"), "authentication");
});

test("a token for a system user concerns the vendor (client and system) and the system user's owner", () => {
  const e = toEntry(row("token.issued", "client:smart-client", SU, { scope: "skatteetaten:kravogbetalinger", systemUserId: SU }), lookups);
  assert.deepEqual(e.orgNos, [APE, SMART].sort());
  assert.equal(e.systemUserId, SU);
  assert.equal(e.party, "maskinporten");
});

test("a PDP decision concerns the API's owner, the system user's owner and vendor, and the decision's party", () => {
  const e = toEntry(
    row("pdp.decision", "client:skd-client", SU, { systemUserId: SU, resourceId: "ske-krav-og-betalinger", party: { kind: "orgNo", value: VEIK }, decision: "Deny", reason: "no delegation" }),
    lookups,
  );
  assert.deepEqual(e.orgNos, [APE, SKD, SMART, VEIK].sort());
  assert.match(e.summary, /^Deny on ske-krav-og-betalinger: no delegation$/);
});

test("a request's events belong to the system user made from it (same id); a client added names the client", () => {
  assert.equal(refsOf(row("request.standard.created", "client:smart-client", SU, { systemId: "991825827_smartcloud", partyOrgNo: APE })).systemUserId, SU);
  const added = toEntry(row("systemuser.client.added", "person:06857897380", "agent-id", { facilitator: TIGER, client: VEIK }), lookups);
  assert.deepEqual(added.orgNos, [TIGER, VEIK].sort());
  assert.equal(added.summary, `AUTORISERT VEIK TIGER AS (${VEIK})`);
  assert.equal(added.actorName, "A person");
});

test("an event is visible only to the organisations it concerns (another vendor sees none of SmartCloud's)", () => {
  const e = toEntry(row("token.issued", "client:smart-client", SU, { systemUserId: SU }), lookups);
  assert.equal(visibleTo(e, SMART), true);
  assert.equal(visibleTo(e, APE), true);
  assert.equal(visibleTo(e, "315000009"), false);
  // a refusal of an unknown client concerns no organisation: nobody sees it
  assert.deepEqual(toEntry(row("token.refused", "system", "", { error: "invalid_grant" }), lookups).orgNos, []);
});

test("filters narrow by party, organisation, system user and time", () => {
  const e = toEntry(row("token.issued", "client:smart-client", SU, { systemUserId: SU }), lookups);
  assert.equal(matchesFilter(e, { party: "maskinporten", orgNo: APE, systemUserId: SU }), true);
  assert.equal(matchesFilter(e, { party: "pdp" }), false);
  assert.equal(matchesFilter(e, { orgNo: VEIK }), false);
  assert.equal(matchesFilter(e, { systemUserId: "0b5b7c1e-1111-4222-8333-000000000000" }), false);
  assert.equal(matchesFilter(e, { from: new Date("2026-12-03T10:00:00Z"), to: new Date("2026-12-03T10:00:00Z") }), true);
  assert.equal(matchesFilter(e, { from: new Date("2026-12-03T10:00:01Z") }), false);
  assert.equal(matchesFilter(e, { to: new Date("2026-12-03T09:59:59Z") }), false);
});
