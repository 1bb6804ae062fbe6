import { test } from "node:test";
import assert from "node:assert/strict";
import { changedDataOf, systemInternalId, toChangeLogEntry, toSystemSummary } from "./mapping";

const row = {
  id: "991825827_x",
  vendorOrgNo: "991825827",
  nameNb: "A", nameNn: "B", nameEn: "C",
  descriptionNb: "d", descriptionNn: "e", descriptionEn: "f",
  rights: [{ resource: [{ id: "urn:altinn:resource", value: "r" }] }],
  accessPackages: [{ urn: "urn:altinn:accesspackage:skatt-naering" }],
  allowedRedirectUrls: ["https://a.example"],
  isVisible: true,
  isDeleted: false,
};

test("RegisteredSystemDTO: AuthenticationHelper.MapRegisteredSystemToRegisteredSystemDTO, systemVendorOrgName always empty", () => {
  assert.deepEqual(toSystemSummary(row), {
    systemId: "991825827_x",
    systemVendorOrgNumber: "991825827",
    systemVendorOrgName: "",
    name: { nb: "A", nn: "B", en: "C" },
    description: { nb: "d", nn: "e", en: "f" },
    rights: row.rights,
    accessPackages: row.accessPackages,
    isVisible: true,
  });
});

test("changedData in .NET casing (SystemChangeLogRepository serialises without options); a delete logs none", () => {
  assert.deepEqual(changedDataOf({ rights: [{ resource: [{ id: "urn:altinn:resource", value: "r" }] }] }), [{ Action: null, Resource: [{ id: "urn:altinn:resource", value: "r" }] }]);
  assert.deepEqual(changedDataOf({ packages: [{ urn: "u:a:b:c" }] }), [{ Urn: "u:a:b:c" }]);
  const created = new Date("2026-12-03T10:00:00.123Z");
  const entry = toChangeLogEntry({ systemId: "991825827_x", changedBy: "991825827", changeType: "delete", clientId: null, data: { releasedClientIds: [] }, created });
  assert.deepEqual(entry, { systemInternalId: systemInternalId("991825827_x"), changedByOrgNumber: "991825827", changeType: "delete", created: "2026-12-03T10:00:00.123+00:00" });
  const update = toChangeLogEntry({ systemId: "991825827_x", changedBy: "991825827", changeType: "update", clientId: "c1", data: { Id: "991825827_x" }, created });
  assert.deepEqual(update.changedData, { Id: "991825827_x" });
  assert.equal(update.clientId, "c1");
});
