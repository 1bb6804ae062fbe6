import { test } from "node:test";
import assert from "node:assert/strict";
import { Problem } from "../problems/problem";
import { isTimedOut, requestLiveKey } from "./mapping";
import { readPage, writeToken } from "./pagination";
import { checkAgentPackages, checkRedirectUrl, checkStandardPackages, normalizeRequestedRights } from "./rules";

const PKG = "urn:altinn:accesspackage:";
const right = (value: string, action?: string) => ({ ...(action ? { action } : {}), resource: [{ id: "urn:altinn:resource", value }] });
const code = (fn: () => unknown) => {
  try {
    fn();
  } catch (e) {
    if (e instanceof Problem) return `${e.status} ${e.code}`;
    throw e;
  }
  return "ok";
};

test("redirect URL matches on scheme, host and path; the query is ignored", () => {
  const allowed = ["https://smartcloud.example/altinn/callback", "http://localhost:3000/vendor/callback"];
  assert.equal(code(() => checkRedirectUrl("https://smartcloud.example/altinn/callback?state=42", allowed)), "ok");
  assert.equal(code(() => checkRedirectUrl("http://localhost:3000/vendor/callback", allowed)), "ok");
  for (const bad of ["http://smartcloud.example/altinn/callback", "https://evil.example/altinn/callback", "https://smartcloud.example/altinn/other", "http://localhost:4000/vendor/callback", "not a url"]) {
    assert.equal(code(() => checkRedirectUrl(bad, allowed)), "400 AUTH-00021", bad);
  }
  assert.equal(code(() => checkRedirectUrl("https://smartcloud.example/altinn/callback", [])), "400 AUTH-00026");
});

test("requested rights must be the system's; a right without action takes the system's action", () => {
  const system = [right("ske-krav-og-betalinger", "read")];
  assert.deepEqual(normalizeRequestedRights([right("ske-krav-og-betalinger")], system), system);
  assert.deepEqual(normalizeRequestedRights([right("ske-krav-og-betalinger", "read"), right("ske-krav-og-betalinger")], system), system);
  assert.equal(code(() => normalizeRequestedRights([right("ske-krav-og-betalinger", "write")], system)), "400 AUTH-00001");
  assert.equal(code(() => normalizeRequestedRights([right("other-resource")], system)), "400 AUTH-00001");
  assert.equal(code(() => normalizeRequestedRights([{ resource: [{ id: "urn:altinn:app", value: "ske-krav-og-betalinger" }] }], system)), "400 AUTH-00001");
  // a system right without action allows any one action to be asked for
  assert.deepEqual(normalizeRequestedRights([right("r", "write")], [right("r")]), [right("r", "write")]);
});

// altinn-authentication src/Authentication/Services/SystemUserService.cs ValidateAccessPackages
test("standard packages: on the system (AUTH-00063), assignable (AUTH-00064)", () => {
  const system = [{ urn: `${PKG}skatt-naering` }, { urn: `${PKG}regnskapsforer-lonn` }, { urn: `${PKG}krav-og-utlegg` }, { urn: `${PKG}tilgangsstyrer` }];
  assert.deepEqual(checkStandardPackages([{ urn: `${PKG}skatt-naering` }, { urn: `${PKG}skatt-naering` }], system), [{ urn: `${PKG}skatt-naering` }]);
  assert.deepEqual(checkStandardPackages([{ urn: `${PKG}krav-og-utlegg` }, { urn: `${PKG}tilgangsstyrer` }], system), [{ urn: `${PKG}krav-og-utlegg` }, { urn: `${PKG}tilgangsstyrer` }]);
  assert.equal(code(() => checkStandardPackages([{ urn: `${PKG}merverdiavgift` }], system)), "400 AUTH-00063");
  assert.equal(code(() => checkStandardPackages([{ urn: `${PKG}regnskapsforer-lonn` }], system)), "400 AUTH-00064");
  // not on the system is reported before not assignable
  assert.equal(code(() => checkStandardPackages([{ urn: `${PKG}regnskapsforer-lonn` }, { urn: `${PKG}merverdiavgift` }], system)), "400 AUTH-00063");
  // the real count check: more packages asked for than the system has, duplicates included
  assert.equal(code(() => checkStandardPackages([{ urn: `${PKG}skatt-naering` }, { urn: `${PKG}skatt-naering` }], [{ urn: `${PKG}skatt-naering` }])), "400 AUTH-00063");
});

test("agent packages: required (AUTH-00058), on the system (AUTH-00063), delegable (AUTH-00065)", () => {
  const system = [{ urn: `${PKG}regnskapsforer-lonn` }, { urn: `${PKG}skatt-naering` }, { urn: `${PKG}tilgangsstyrer` }];
  assert.deepEqual(checkAgentPackages([{ urn: `${PKG}regnskapsforer-lonn` }], system), [{ urn: `${PKG}regnskapsforer-lonn` }]);
  // delegable, though not a client package: the real check is isDelegable only
  assert.deepEqual(checkAgentPackages([{ urn: `${PKG}skatt-naering` }], system), [{ urn: `${PKG}skatt-naering` }]);
  assert.equal(code(() => checkAgentPackages([], system)), "400 AUTH-00058");
  assert.equal(code(() => checkAgentPackages([{ urn: `${PKG}tilgangsstyrer` }], system)), "400 AUTH-00065");
  assert.equal(code(() => checkAgentPackages([{ urn: `${PKG}ansvarlig-revisor` }], system)), "400 AUTH-00063");
  assert.equal(code(() => checkAgentPackages([{ urn: `${PKG}tilgangsstyrer` }, { urn: `${PKG}ansvarlig-revisor` }], system)), "400 AUTH-00063");
});

test("a request times out after 180 days", () => {
  const created = new Date("2026-01-01T00:00:00Z");
  assert.equal(isTimedOut(created, new Date("2026-06-29T00:00:00Z")), false);
  assert.equal(isTimedOut(created, new Date("2026-06-30T00:00:01Z")), true);
});

test("live keys and page tokens", () => {
  assert.equal(requestLiveKey("standard", "991825827_x", "310904473", "ref"), "standard|991825827_x|310904473|ref");
  const row = { created: new Date("2026-11-21T10:00:00.123Z"), id: "a2ed712d-4144-4471-839f-80ae4a68146b" };
  assert.deepEqual(readPage(writeToken(row)), row);
  assert.equal(readPage(null), null);
  assert.equal(code(() => readPage("garbage")), "400 AUTH.VLD-00000");
  assert.equal(code(() => readPage(Buffer.from('["x", 1]').toString("base64url"))), "400 AUTH.VLD-00000");
});
