import { test } from "node:test";
import assert from "node:assert/strict";
import { BindingProblem, Problem } from "../problems/problem";
import { isTimedOut, requestLiveKey, toCreatedDto, toSingleReadDto, type RequestRow } from "./mapping";
import { readCursor } from "./pagination";
import { checkPackages, checkRedirectUrl, checkRequestedRights } from "./rules";

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

// SystemUserService.ValidateRights / IsFullMatch (Altinn/altinn-authentication src/Authentication/Services/SystemUserService.cs)
test("requested rights match the system's on resource attributes only; action is ignored (C8)", () => {
  const system = [right("ske-krav-og-betalinger", "read")];
  assert.deepEqual(checkRequestedRights([right("ske-krav-og-betalinger")], system), [right("ske-krav-og-betalinger")]);
  assert.deepEqual(checkRequestedRights([right("ske-krav-og-betalinger", "write")], system), [right("ske-krav-og-betalinger", "write")]);
  assert.equal(code(() => checkRequestedRights([right("other-resource")], system)), "400 AUTH-00001");
  assert.equal(code(() => checkRequestedRights([{ resource: [{ id: "urn:altinn:app", value: "ske-krav-og-betalinger" }] }], system)), "400 AUTH-00001");
  // more rights than the system has, even the same one twice
  assert.equal(code(() => checkRequestedRights([right("ske-krav-og-betalinger"), right("ske-krav-og-betalinger")], system)), "400 AUTH-00001");
  // a right naming several attributes must carry all of the system right's pairs, no more
  const multi = [{ resource: [{ id: "urn:altinn:resource", value: "r" }, { id: "urn:altinn:app", value: "a" }] }];
  assert.equal(code(() => checkRequestedRights(multi, multi)), "ok");
  assert.equal(code(() => checkRequestedRights([right("r")], multi)), "400 AUTH-00001");
});

// altinn-authentication src/Authentication/Services/SystemUserService.cs ValidateAccessPackages
test("standard packages: on the system (AUTH-00063), assignable (AUTH-00064)", () => {
  const system = [{ urn: `${PKG}skatt-naering` }, { urn: `${PKG}regnskapsforer-lonn` }, { urn: `${PKG}krav-og-utlegg` }, { urn: `${PKG}tilgangsstyrer` }];
  assert.deepEqual(checkPackages("standard", [{ urn: `${PKG}skatt-naering` }, { urn: `${PKG}skatt-naering` }], system), [{ urn: `${PKG}skatt-naering` }]);
  assert.deepEqual(checkPackages("standard", [{ urn: `${PKG}krav-og-utlegg` }, { urn: `${PKG}tilgangsstyrer` }], system), [{ urn: `${PKG}krav-og-utlegg` }, { urn: `${PKG}tilgangsstyrer` }]);
  assert.equal(code(() => checkPackages("standard", [{ urn: `${PKG}merverdiavgift` }], system)), "400 AUTH-00063");
  assert.equal(code(() => checkPackages("standard", [{ urn: `${PKG}regnskapsforer-lonn` }], system)), "400 AUTH-00064");
  // not on the system is reported before not assignable
  assert.equal(code(() => checkPackages("standard", [{ urn: `${PKG}regnskapsforer-lonn` }, { urn: `${PKG}merverdiavgift` }], system)), "400 AUTH-00063");
  // the real count check: more packages asked for than the system has, duplicates included
  assert.equal(code(() => checkPackages("standard", [{ urn: `${PKG}skatt-naering` }, { urn: `${PKG}skatt-naering` }], [{ urn: `${PKG}skatt-naering` }])), "400 AUTH-00063");
});

test("agent packages: on the system (AUTH-00063), delegable (AUTH-00065)", () => {
  const system = [{ urn: `${PKG}regnskapsforer-lonn` }, { urn: `${PKG}skatt-naering` }, { urn: `${PKG}tilgangsstyrer` }];
  assert.deepEqual(checkPackages("agent", [{ urn: `${PKG}regnskapsforer-lonn` }], system), [{ urn: `${PKG}regnskapsforer-lonn` }]);
  // delegable, though not a client package: the real check is isDelegable only
  assert.deepEqual(checkPackages("agent", [{ urn: `${PKG}skatt-naering` }], system), [{ urn: `${PKG}skatt-naering` }]);
  assert.equal(code(() => checkPackages("agent", [{ urn: `${PKG}tilgangsstyrer` }], system)), "400 AUTH-00065");
  assert.equal(code(() => checkPackages("agent", [{ urn: `${PKG}ansvarlig-revisor` }], system)), "400 AUTH-00063");
  assert.equal(code(() => checkPackages("agent", [{ urn: `${PKG}tilgangsstyrer` }, { urn: `${PKG}ansvarlig-revisor` }], system)), "400 AUTH-00063");
  const e = (() => {
    try {
      checkPackages("standard", [{ urn: `${PKG}regnskapsforer-lonn` }], [{ urn: `${PKG}regnskapsforer-lonn` }]);
    } catch (x) {
      return x as Problem;
    }
  })();
  assert.deepEqual(e?.extensions, { NotDelegablePackages: `${PKG}regnskapsforer-lonn` });
});

test("a request times out after 180 days", () => {
  const created = new Date("2026-01-01T00:00:00Z");
  assert.equal(isTimedOut(created, new Date("2026-06-29T00:00:00Z")), false);
  assert.equal(isTimedOut(created, new Date("2026-06-30T00:00:01Z")), true);
});

test("live keys and page tokens", () => {
  assert.equal(requestLiveKey("standard", "991825827_x", "310904473", "ref"), "standard|991825827_x|310904473|ref");
  assert.equal(readCursor(null, 1), null);
  assert.equal(readCursor("", 1), null);
  assert.deepEqual(readCursor(Buffer.from('["a"]').toString("base64url"), 1), ["a"]);
  for (const bad of ["garbage", Buffer.from('["x", 1]').toString("base64url"), Buffer.from('["x"]').toString("base64url")]) {
    assert.throws(() => readCursor(bad, 2), BindingProblem);
  }
});

// RequestSystemUserService.GetRequestByGuid/GetRequestByExternalRef/GetAgentRequestByGuid omit Escalated;
// GetAgentRequestByExternalRef returns the stored row; CreateRequest's response never sets Created.
test("mirrored quirks: escalated on single reads, created on the 201", () => {
  const row = (kind: string): RequestRow => ({
    id: "a2ed712d-4144-4471-839f-80ae4a68146b", kind, systemId: "s", partyOrgNo: "310904473", externalRef: "r", integrationTitle: "t",
    rights: [], accessPackages: [], status: "New", redirectUrl: null, escalated: true, created: new Date("2026-11-21T10:00:00Z"),
  });
  const now = new Date("2026-11-22T10:00:00Z");
  assert.equal(toSingleReadDto(row("standard"), "id", now).escalated, false);
  assert.equal(toSingleReadDto(row("standard"), "externalRef", now).escalated, false);
  assert.equal(toSingleReadDto(row("agent"), "id", now).escalated, false);
  assert.equal(toSingleReadDto(row("agent"), "externalRef", now).escalated, true);
  assert.equal(toSingleReadDto(row("agent"), "id", now).created, "2026-11-21T10:00:00.000Z");
  assert.deepEqual([toCreatedDto(row("standard"), now).created, toCreatedDto(row("standard"), now).escalated], ["0001-01-01T00:00:00", false]);
});
