import { test } from "node:test";
import assert from "node:assert/strict";
import { buildRelationships } from "./relationships";
import { buildClientList } from "./rules";

const MED = "urn:altinn:accesspackage:regnskapsforer-med-signeringsrettighet";
const clients = buildClientList(
  [
    { clientOrgNo: "310609544", clientName: "AUTORISERT VEIK TIGER AS", roleCode: "REGN" },
    { clientOrgNo: "313169960", clientName: "LILLA BLØT TIGER AS", roleCode: "REVI" },
  ],
  [],
);
const firm = { orgNo: "314250052", name: "TILBAKEHOLDEN USYMMETRISK TIGER AS" };

test("roles present among the clients, with the packages each gives; agents with their clients", () => {
  const v = buildRelationships(firm, clients, [{ id: "a1", title: "Agent", systemId: "s", accessPackages: [MED], delegatedClientOrgNos: ["310609544"] }], (o) => o);
  assert.deepEqual(v.roles.map((r) => r.code), ["REGN", "REVI"]);
  assert.ok(v.roles[0]!.packages.some((p) => p.urn === MED));
  assert.ok(!v.roles[1]!.packages.some((p) => p.urn === MED));
  assert.deepEqual(v.agents[0]!.clientOrgNos, ["310609544"]);
  assert.equal(v.clients.length, 2);
});

test("a delegated client whose role has ended is still drawn, without a role", () => {
  const v = buildRelationships(firm, clients, [{ id: "a1", title: "Agent", systemId: "s", accessPackages: [MED], delegatedClientOrgNos: ["313872076"] }], () => "TØFF SITRONGUL TIGER AS");
  const ended = v.clients.find((c) => c.clientId === "313872076");
  assert.deepEqual(ended?.roles, []);
  assert.equal(ended?.clientOrganizationName, "TØFF SITRONGUL TIGER AS");
});
