// `npm run vendor` argument parsing: each command's options, defaults, and refusals with a clear message.
import { test } from "node:test";
import assert from "node:assert/strict";
import { parseCommand, UsageError } from "./cli-args";

test("no command, help and -h all ask for the help text", () => {
  assert.deepEqual(parseCommand([]), { kind: "help" });
  assert.deepEqual(parseCommand(["help"]), { kind: "help" });
  assert.deepEqual(parseCommand(["token", "-h"]), { kind: "help" });
});

test("token: ordinary, with credentials and repeated or space-separated scopes", () => {
  const cmd = parseCommand(["token", "--scope", "a:b c:d", "--scope", "e:f", "--base-url", "http://localhost:3150", "--client-id", "cid", "--kid", "k1", "--key", "my.pem", "--alg", "RS384"]);
  assert.deepEqual(cmd, {
    kind: "token",
    creds: { baseUrl: "http://localhost:3150", clientId: "cid", kid: "k1", keyFile: "my.pem", alg: "RS384" },
    json: false,
    scopes: ["a:b", "c:d", "e:f"],
    systemUser: undefined,
  });
});

test("token for a system user, and the base URL from the environment when no flag is given", () => {
  const cmd = parseCommand(["token", "--systemuser-org", "310904473", "--external-ref", "ref-1", "--json"], { PUBLIC_BASE_URL: "http://localhost:4000" });
  assert.equal(cmd.kind, "token");
  if (cmd.kind !== "token") return;
  assert.deepEqual(cmd.systemUser, { orgNo: "310904473", externalRef: "ref-1" });
  assert.equal(cmd.creds.baseUrl, "http://localhost:4000");
  assert.equal(cmd.json, true);
  assert.equal(cmd.scopes, undefined);
  const preferred = parseCommand(["token"], { VENDOR_BASE_URL: "http://a:1", PUBLIC_BASE_URL: "http://b:2" });
  assert.equal(preferred.kind === "token" && preferred.creds.baseUrl, "http://a:1");
});

test("call: the party defaults to none (the owner), an agent call names the client", () => {
  const cmd = parseCommand(["call", "--systemuser-org", "314250052", "--party", "310609544"]);
  assert.equal(cmd.kind, "call");
  if (cmd.kind !== "call") return;
  assert.deepEqual(cmd.systemUser, { orgNo: "314250052", externalRef: undefined });
  assert.equal(cmd.partyOrgNo, "310609544");
});

test("request: rights as resource[:action], packages by name or URN, agent flag", () => {
  const cmd = parseCommand(["request", "--system", "991825827_smartcloud", "--party", "310904473", "--external-ref", "r", "--redirect-url", "https://x.example/cb", "--right", "ske-krav-og-betalinger:read", "--right", "other-resource", "--access-package", "skatt-naering"]);
  assert.equal(cmd.kind, "request");
  if (cmd.kind !== "request") return;
  assert.deepEqual(cmd.request, {
    agent: false,
    systemId: "991825827_smartcloud",
    partyOrgNo: "310904473",
    externalRef: "r",
    integrationTitle: undefined,
    redirectUrl: "https://x.example/cb",
    rights: [
      { action: "read", resource: [{ id: "urn:altinn:resource", value: "ske-krav-og-betalinger" }] },
      { resource: [{ id: "urn:altinn:resource", value: "other-resource" }] },
    ],
    accessPackages: [{ urn: "urn:altinn:accesspackage:skatt-naering" }],
  });
  const agent = parseCommand(["request", "--agent", "--system", "s", "--party", "314250052", "--access-package", "urn:altinn:accesspackage:regnskapsforer-lonn"]);
  assert.equal(agent.kind === "request" && agent.request.agent, true);
  assert.deepEqual(agent.kind === "request" && agent.request.accessPackages, [{ urn: "urn:altinn:accesspackage:regnskapsforer-lonn" }]);
});

test("status: one request id, --agent and --wait seconds", () => {
  assert.deepEqual(parseCommand(["status", "abc-123", "--agent", "--wait", "30"]), {
    kind: "status",
    creds: { baseUrl: undefined, clientId: undefined, kid: undefined, keyFile: undefined, alg: undefined },
    json: false,
    requestId: "abc-123",
    agent: true,
    waitSeconds: 30,
  });
});

const refusals: [string[], RegExp][] = [
  [["launch"], /Unknown command "launch"/],
  [["token", "--bogus"], /Unknown option '--bogus'/],
  [["token", "--party", "310904473"], /--party does not apply to "token"/],
  [["token", "--external-ref", "r"], /--external-ref needs --systemuser-org/],
  [["token", "--systemuser-org", "31090447"], /--systemuser-org must be a 9-digit organisation number/],
  [["token", "extra"], /Unexpected argument "extra"/],
  [["token", "--alg", "HS256"], /--alg must be one of RS256, RS384, RS512/],
  [["token", "--base-url", "localhost:3000"], /is not an http\(s\) URL/],
  [["call"], /"call" needs --systemuser-org/],
  [["call", "--systemuser-org", "310904473", "--party", "abc"], /--party must be a 9-digit/],
  [["request", "--system", "s", "--party", "310904473", "--right", "bad resource"], /--right "bad resource" is not/],
  [["request", "--system", "s", "--party", "310904473", "--access-package", "Not A Package"], /is not an access package/],
  [["request", "--agent", "--system", "s", "--party", "314250052", "--right", "r"], /agent request carries access packages only/],
  [["status"], /"status" needs exactly one request id/],
  [["status", "a", "b"], /"status" needs exactly one request id/],
  [["status", "a", "--wait", "0"], /--wait takes a number of seconds/],
  [["status", "a", "--wait", "soon"], /--wait takes a number of seconds/],
];
for (const [argv, message] of refusals) {
  test(`refused: ${argv.join(" ")}`, () => {
    assert.throws(() => parseCommand(argv), (e: unknown) => e instanceof UsageError && message.test(e.message));
  });
}

test("changerequest: create with what to add and remove, or read one by id; refusals", () => {
  const cmd = parseCommand(["changerequest", "--system-user", "su-1", "--right", "res-a:read", "--remove-right", "res-b", "--access-package", "skatt-naering", "--remove-access-package", "urn:altinn:accesspackage:regnskapsforer-lonn", "--correlation-id", "c-1"]);
  assert.equal(cmd.kind, "changerequest");
  if (cmd.kind !== "changerequest") return;
  assert.deepEqual(cmd.change, {
    create: {
      systemUserId: "su-1",
      correlationId: "c-1",
      requiredRights: [{ action: "read", resource: [{ id: "urn:altinn:resource", value: "res-a" }] }],
      unwantedRights: [{ resource: [{ id: "urn:altinn:resource", value: "res-b" }] }],
      requiredAccessPackages: [{ urn: "urn:altinn:accesspackage:skatt-naering" }],
      unwantedAccessPackages: [{ urn: "urn:altinn:accesspackage:regnskapsforer-lonn" }],
      redirectUrl: undefined,
    },
  });
  const read = parseCommand(["changerequest", "0b6f3d7e-0000-4000-8000-000000000001"]);
  assert.deepEqual(read.kind === "changerequest" ? read.change : null, { id: "0b6f3d7e-0000-4000-8000-000000000001" });
  assert.throws(() => parseCommand(["changerequest"]), UsageError);
  assert.throws(() => parseCommand(["changerequest", "id-1", "--system-user", "su-1"]), UsageError);
  assert.throws(() => parseCommand(["changerequest", "--system-user", "su-1", "--agent"]), /does not apply/);
});

test("request without --system/--party takes the story's defaults, per kind", () => {
  const standard = parseCommand(["request"]);
  assert.deepEqual(standard.kind === "request" && [standard.request.systemId, standard.request.partyOrgNo, standard.request.agent], ["991825827_smartcloud", "310904473", false]);
  const agent = parseCommand(["request", "--agent"]);
  assert.deepEqual(agent.kind === "request" && [agent.request.systemId, agent.request.partyOrgNo, agent.request.agent], ["991825827_smartcloud_klient", "314250052", true]);
  const given = parseCommand(["request", "--agent", "--system", "s", "--party", "310609544"]);
  assert.deepEqual(given.kind === "request" && [given.request.systemId, given.request.partyOrgNo], ["s", "310609544"]);
});

test("call/token --agent sign with SmartCloud's client-system demo client; not together with --client-id", () => {
  const call = parseCommand(["call", "--agent", "--systemuser-org", "314250052", "--party", "310609544"]);
  assert.equal(call.kind, "call");
  if (call.kind !== "call") return;
  assert.equal(call.creds.clientId, "7b1f4c2e-5a38-4d96-9e07-3c8a2b6d1f54");
  assert.equal(call.creds.kid, "smartcloud-klient-demo-2026");
  assert.equal(call.partyOrgNo, "310609544");
  const plain = parseCommand(["call", "--systemuser-org", "310904473"]);
  assert.equal(plain.kind === "call" && plain.creds.clientId, undefined);
  assert.throws(() => parseCommand(["call", "--agent", "--client-id", "x", "--systemuser-org", "314250052"]), /either --agent or --client-id/);
  assert.throws(() => parseCommand(["changerequest", "--system-user", "su-1", "--agent"]), /does not apply/);
});

test("exchange: the token options; --party does not apply", () => {
  const cmd = parseCommand(["exchange", "--scope", "altinn:authentication/systemregister.write", "--base-url", "http://localhost:3150"]);
  assert.deepEqual(cmd, {
    kind: "exchange",
    creds: { baseUrl: "http://localhost:3150", clientId: undefined, kid: undefined, keyFile: undefined, alg: undefined },
    json: false,
    scopes: ["altinn:authentication/systemregister.write"],
    systemUser: undefined,
  });
  assert.throws(() => parseCommand(["exchange", "--party", "310904473"]), UsageError);
});
