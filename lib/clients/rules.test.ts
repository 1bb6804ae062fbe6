import { test } from "node:test";
import assert from "node:assert/strict";
import { addableClientIds, availableClients, buildClientList, missingPackages, planAdd, type ClientView } from "./rules";

const PKG = "urn:altinn:accesspackage:";
const MED = `${PKG}regnskapsforer-med-signeringsrettighet`;
const UTEN = `${PKG}regnskapsforer-uten-signeringsrettighet`;
const LONN = `${PKG}regnskapsforer-lonn`;
const REVISOR = `${PKG}ansvarlig-revisor`;

// The firm's ER roles as in the seed (TIGER): VEIK REGN, OPPLYST REGN+REVI, LILLA REVI, PUMA FFOR.
const clients: ClientView[] = buildClientList(
  [
    { clientOrgNo: "310609544", clientName: "AUTORISERT VEIK TIGER AS", roleCode: "REGN" },
    { clientOrgNo: "310244589", clientName: "OPPLYST REFLEKTERENDE TIGER AS", roleCode: "REVI" },
    { clientOrgNo: "310244589", clientName: "OPPLYST REFLEKTERENDE TIGER AS", roleCode: "REGN" },
    { clientOrgNo: "313169960", clientName: "LILLA BLØT TIGER AS", roleCode: "REVI" },
    { clientOrgNo: "313351203", clientName: "GENIERKLÆRT LEI PUMA", roleCode: "FFOR" },
    { clientOrgNo: "310904473", clientName: "TILFELDIG SUBTIL APE", roleCode: "DAGL" },
  ],
  [
    { clientOrgNo: "313169960", clientName: "LILLA BLØT TIGER AS", urn: LONN },
    { clientOrgNo: "310757314", clientName: "ENKEL SKJØR TIGER AS", urn: `${PKG}skatt-naering` },
  ],
);
const byId = (id: string) => clients.find((c) => c.clientId === id)!;

test("client list: ER client roles and direct client packages, grouped per org, by name", () => {
  assert.deepEqual(
    clients.map((c) => c.clientOrganizationName),
    ["AUTORISERT VEIK TIGER AS", "GENIERKLÆRT LEI PUMA", "LILLA BLØT TIGER AS", "OPPLYST REFLEKTERENDE TIGER AS"],
  );
  const opplyst = byId("310244589");
  assert.equal(opplyst.clientOrganizationNumber, "310244589");
  assert.deepEqual(opplyst.roles.map((r) => r.title), ["Regnskapsfører", "Revisor"]);
  assert.deepEqual(opplyst.accessPackages.map((p) => p.urn), [MED, UTEN, LONN, REVISOR, `${PKG}revisormedarbeider`]);
  // a direct client-package delegation adds to the roles' packages
  assert.deepEqual(byId("313169960").accessPackages.map((p) => p.urn), [REVISOR, `${PKG}revisormedarbeider`, LONN]);
  // the real catalogue spells this name without ø (PackageConstants.cs)
  assert.equal(byId("313351203").accessPackages[0]?.name, "Forretningsforer eiendom");
});

test("client list: a non-client role (DAGL) or a non-client package does not make a client", () => {
  assert.equal(clients.some((c) => c.clientId === "310904473"), false);
  assert.equal(clients.some((c) => c.clientId === "310757314"), false);
});

test("missing packages: every package the agent holds must be given", () => {
  assert.deepEqual(missingPackages([MED], byId("310609544")), []);
  assert.deepEqual(missingPackages([MED, REVISOR], byId("310609544")), [REVISOR]);
  assert.deepEqual(missingPackages([MED, REVISOR], byId("310244589")), []);
  assert.deepEqual(missingPackages([MED], byId("313351203")), [MED]);
});

test("available clients: delegated ones are left out; the others say whether they can be added and why not", () => {
  const available = availableClients([MED], clients, new Set(["310244589"]));
  assert.deepEqual(available.map((c) => [c.clientId, c.canAdd]), [
    ["310609544", true],
    ["313351203", false],
    ["313169960", false],
  ]);
  const lilla = available.find((c) => c.clientId === "313169960")!;
  assert.equal(lilla.reason?.code, "AUTH-00080");
  assert.match(lilla.reason?.detail ?? "", /LILLA BLØT TIGER AS does not give the firm every access package .*missing Regnskapsfører med signeringsrettighet\./);
  assert.deepEqual(lilla.reason?.missingAccessPackages, [{ urn: MED, name: "Regnskapsfører med signeringsrettighet" }]);
  assert.equal(available[0]?.reason, undefined);
});

test("plan: per-client outcomes with codes; duplicates once; delegated is idempotent", () => {
  const outcomes = planAdd([MED], clients, new Set(["310244589"]), ["310609544", "313169960", "310904473", "310244589", "310609544"]);
  assert.deepEqual(
    outcomes.map((o) => [o.clientId, o.status, o.code]),
    [
      ["310609544", "added", undefined],
      ["313169960", "refused", "AUTH-00080"],
      ["310904473", "refused", "AUTH-00079"],
      ["310244589", "alreadyDelegated", undefined],
    ],
  );
  assert.equal(outcomes[2]?.clientOrganizationName, null);
  assert.match(outcomes[2]?.detail ?? "", /not in the facilitator's client list/);
});

test("add all: exactly the addable, undelegated clients", () => {
  assert.deepEqual(addableClientIds([MED], clients, new Set()), ["310609544", "310244589"]);
  assert.deepEqual(addableClientIds([MED], clients, new Set(["310609544"])), ["310244589"]);
  assert.deepEqual(addableClientIds([MED, REVISOR], clients, new Set()), ["310244589"]);
  // an agent with no package at all can take any client (nothing is missing)
  assert.equal(addableClientIds([], clients, new Set()).length, clients.length);
});
