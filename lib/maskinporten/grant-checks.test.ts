// Each grant check on its own, with a frozen clock: the exact OAuth error, and the boundary values.
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { OAuthError } from "./oauth-error";
import * as check from "./grant-checks";

const NOW = new Date("2026-11-21T12:00:00Z");
const T = Math.floor(NOW.getTime() / 1000);
const ISSUER = "http://localhost:3000/maskinporten/";

function refuses(fn: () => unknown, error: string, says?: RegExp) {
  assert.throws(fn, (e: unknown) => {
    assert.ok(e instanceof OAuthError, String(e));
    assert.equal(e.error, error);
    if (says) assert.match(e.description, says);
    return true;
  });
}

describe("checkAlg", () => {
  for (const alg of ["RS256", "RS384", "RS512"]) it(`accepts ${alg}`, () => assert.equal(check.checkAlg({ alg }), alg));
  for (const alg of ["none", "HS256", "ES256", "PS256", "rs256", undefined]) {
    it(`refuses ${String(alg)}`, () => refuses(() => check.checkAlg({ alg }), "invalid_grant", /^MP-100: .*Unsupported JWT alg/));
  }
});

describe("checkKeyReference", () => {
  it("returns the kid", () => assert.equal(check.checkKeyReference({ kid: "k1" }), "k1"));
  it("refuses x5c as unsupported", () => refuses(() => check.checkKeyReference({ x5c: ["MII"] }), "invalid_grant", /x5c/));
  it("refuses an empty or missing kid", () => {
    refuses(() => check.checkKeyReference({ kid: "" }), "invalid_grant", /no kid/);
    refuses(() => check.checkKeyReference({}), "invalid_grant", /no kid/);
  });
});

describe("checkIssuer", () => {
  it("returns the client id", () => assert.equal(check.checkIssuer({ iss: "abc" }), "abc"));
  it("refuses a missing or non-string iss as invalid_client (401)", () => {
    refuses(() => check.checkIssuer({}), "invalid_client");
    refuses(() => check.checkIssuer({ iss: 42 }), "invalid_client");
    assert.equal(new OAuthError("invalid_client", "x").status, 401);
  });
});

describe("checkAudience", () => {
  it("accepts the exact issuer or the token endpoint, also as a one-element array", () => {
    check.checkAudience({ aud: ISSUER }, ISSUER);
    check.checkAudience({ aud: [ISSUER] }, ISSUER);
    // RFC 7523 §3; Altinn's Maskinporten test client signs aud = <issuer>token
    check.checkAudience({ aud: `${ISSUER}token` }, ISSUER);
  });
  for (const aud of [ISSUER.slice(0, -1), `${ISSUER}token/`, `${ISSUER.slice(0, -1)}token`, [ISSUER, "https://other/"], undefined, "https://maskinporten.no/"]) {
    it(`refuses ${JSON.stringify(aud)}`, () => refuses(() => check.checkAudience({ aud }, ISSUER), "invalid_grant", /^MP-110/));
  }
});

describe("checkIssuedAt (±10 s)", () => {
  for (const d of [-10, 0, 10]) it(`accepts iat ${d} s from now`, () => assert.equal(check.checkIssuedAt({ iat: T + d }, NOW), T + d));
  it("refuses 11 s ahead", () => refuses(() => check.checkIssuedAt({ iat: T + 11 }, NOW), "invalid_grant", /11 s ahead/));
  it("refuses 11 s behind", () => refuses(() => check.checkIssuedAt({ iat: T - 11 }, NOW), "invalid_grant", /11 s behind/));
  it("refuses a missing or string iat", () => {
    refuses(() => check.checkIssuedAt({}, NOW), "invalid_grant", /numeric iat/);
    refuses(() => check.checkIssuedAt({ iat: String(T) }, NOW), "invalid_grant", /numeric iat/);
  });
});

describe("checkExpiry", () => {
  it("accepts exp - iat = 120", () => assert.equal(check.checkExpiry({ exp: T + 120 }, T, NOW), T + 120));
  it("refuses exp - iat = 121", () => refuses(() => check.checkExpiry({ exp: T + 121 }, T, NOW), "invalid_grant", /lives 121 s/));
  it("refuses exp not after iat", () => refuses(() => check.checkExpiry({ exp: T }, T, NOW), "invalid_grant", /after iat/));
  it("refuses a passed exp", () => refuses(() => check.checkExpiry({ exp: T }, T - 5, NOW), "invalid_grant", /expired/));
  it("refuses a missing exp", () => refuses(() => check.checkExpiry({}, T, NOW), "invalid_grant", /numeric exp/));
});

describe("checkJti", () => {
  it("returns the jti", () => assert.equal(check.checkJti({ jti: "j" }), "j"));
  for (const jti of [undefined, "", 5, "x".repeat(256)]) {
    it(`refuses ${JSON.stringify(jti)?.slice(0, 12)}`, () => refuses(() => check.checkJti({ jti }), "invalid_grant", /jti/));
  }
});

describe("checkKnownClaims", () => {
  it("accepts the documented claims", () =>
    check.checkKnownClaims({ aud: 1, iss: 1, sub: 1, iat: 1, exp: 1, nbf: 1, jti: 1, scope: 1, resource: 1, authorization_details: 1 }));
  it("refuses an undocumented claim, naming it", () => refuses(() => check.checkKnownClaims({ iss: "c", client_id: "c" }), "invalid_grant", /Unknown claim\(s\) in the grant: client_id\./));
  it("refuses consumer_org as not simulated", () => refuses(() => check.checkKnownClaims({ consumer_org: "0192:991825827" }), "invalid_grant", /consumer_org/));
});

describe("parseScopes", () => {
  it("splits on whitespace and drops duplicates", () => assert.deepEqual(check.parseScopes({ scope: " a:b  c:d\ta:b " }), ["a:b", "c:d"]));
  it("refuses none", () => {
    refuses(() => check.parseScopes({}), "invalid_scope", /no scope/);
    refuses(() => check.parseScopes({ scope: "  " }), "invalid_scope", /no scope/);
  });
  it("refuses a non-string scope", () => refuses(() => check.parseScopes({ scope: ["a:b"] }), "invalid_scope", /string/));
});

describe("parseAuthorizationDetails", () => {
  const entry = (over: Record<string, unknown> = {}) => ({
    type: "urn:altinn:systemuser",
    systemuser_org: { authority: "iso6523-actorid-upis", ID: "0192:310904473" },
    ...over,
  });
  it("absent: an ordinary token", () => assert.equal(check.parseAuthorizationDetails({}), null));
  it("reads the owner and the externalRef", () => {
    assert.deepEqual(check.parseAuthorizationDetails({ authorization_details: [entry()] }), { ownerOrgNo: "310904473" });
    assert.deepEqual(check.parseAuthorizationDetails({ authorization_details: [entry({ externalRef: "x-1" })] }), { ownerOrgNo: "310904473", externalRef: "x-1" });
  });
  const bad: [string, unknown, RegExp][] = [
    ["a bare object", entry(), /JSON array/],
    ["an empty array", [], /holds 0/],
    ["two entries", [entry(), entry()], /holds 2/],
    ["a string entry", ["urn:altinn:systemuser"], /must be an object/],
    ["another type", [entry({ type: "urn:altinn:other" })], /unsupported type/],
    ["no systemuser_org", [entry({ systemuser_org: undefined })], /systemuser_org is missing/],
    ["a wrong authority", [entry({ systemuser_org: { authority: "x", ID: "0192:310904473" } })], /authority/],
    ["an ID without 0192", [entry({ systemuser_org: { authority: "iso6523-actorid-upis", ID: "310904473" } })], /0192/],
    ["a wrong check digit", [entry({ systemuser_org: { authority: "iso6523-actorid-upis", ID: "0192:310904474" } })], /check digit/],
    ["an empty externalRef", [entry({ externalRef: "" })], /externalRef/],
    ["a numeric externalRef", [entry({ externalRef: 7 })], /externalRef/],
  ];
  for (const [name, value, says] of bad) {
    it(`refuses ${name}`, () => refuses(() => check.parseAuthorizationDetails({ authorization_details: value }), "invalid_request", says));
  }
});

// Issue 8, item 5: RFC 7523 §3 (a JWT must not be used before its nbf), with the iat check's 10 s leeway.
describe("checkNotBefore", () => {
  for (const d of [-3600, 0, 10]) it(`accepts nbf ${d} s from now`, () => assert.equal(check.checkNotBefore({ nbf: T + d }, NOW), undefined));
  it("accepts a grant without nbf", () => assert.equal(check.checkNotBefore({}, NOW), undefined));
  it("refuses nbf 11 s ahead", () => refuses(() => check.checkNotBefore({ nbf: T + 11 }, NOW), "invalid_grant", /^MP-100: .*not valid yet: nbf is 11 s ahead/));
  it("refuses nbf an hour ahead", () => refuses(() => check.checkNotBefore({ nbf: T + 3600 }, NOW), "invalid_grant", /3600 s ahead/));
  it("refuses a non-numeric nbf", () => refuses(() => check.checkNotBefore({ nbf: String(T) }, NOW), "invalid_grant", /numeric/));
});

// Issue 8, item 9: Digdir's "audience-restricted tokens" (docs.digdir.no oidc_func_aud): resource → aud, only valid URIs.
describe("parseResource", () => {
  it("is absent without resource", () => assert.equal(check.parseResource({}), undefined));
  it("keeps a URI or a list of URIs", () => {
    assert.equal(check.parseResource({ resource: "https://api.bank1.no/" }), "https://api.bank1.no/");
    assert.deepEqual(check.parseResource({ resource: ["https://a.no/", "urn:x:y"] }), ["https://a.no/", "urn:x:y"]);
  });
  for (const resource of ["not a uri", "", 42, [], ["https://a.no/", 1], "x".repeat(2000)]) {
    it(`refuses ${JSON.stringify(resource).slice(0, 30)} as invalid_target`, () => refuses(() => check.parseResource({ resource }), "invalid_target", /resource must be an absolute URI/));
  }
});

// Issue 8, item 4: values echoed into descriptions (and so into audit rows) are cut.
describe("quote", () => {
  it("JSON-quotes short values", () => assert.equal(check.quote("k1"), '"k1"'));
  it("cuts long values", () => assert.equal(check.quote("x".repeat(45_000)).length, 65));
  it("refuses an over-long kid and iss before any lookup", () => {
    refuses(() => check.checkKeyReference({ kid: "k".repeat(256) }), "invalid_grant", /no kid/);
    refuses(() => check.checkIssuer({ iss: "i".repeat(256) }), "invalid_client");
  });
  it("cuts an attacker's unknown claim names", () => {
    refuses(() => check.checkKnownClaims({ ["a".repeat(40_000)]: 1 }), "invalid_grant", /^.{0,400}$/s);
  });
});
