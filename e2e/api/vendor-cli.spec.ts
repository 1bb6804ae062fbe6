// `npm run vendor` as a vendor runs it: a child process against the running test server, printing the
// recorded steps (--json here, so the test can read them) and exiting non-zero when Maskinporten refuses.
import { expect, test } from "@playwright/test";
import { execFile } from "node:child_process";
import { randomUUID } from "node:crypto";
import { DEMO_CLIENTS, ORGS, SCOPES } from "../../prisma/cast";
import { TEST_ENV } from "../test-env";

interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

/** The CLI's human text is in English here (LANG=en_GB); `lang` overrides the environment's locale. */
function runCli(args: string[], lang: Record<string, string> = { LC_ALL: "", LC_MESSAGES: "", LANG: "en_GB.UTF-8" }): Promise<CliRun> {
  return new Promise((resolve) => {
    execFile(
      "npm",
      ["run", "--silent", "vendor", "--", ...args, "--base-url", TEST_ENV.PUBLIC_BASE_URL],
      { env: { ...process.env, VENDOR_BASE_URL: "", PUBLIC_BASE_URL: "", ...lang }, timeout: 60_000 },
      (err, stdout, stderr) => resolve({ code: err ? Number(err.code ?? 1) : 0, stdout, stderr }),
    );
  });
}

interface Steps {
  ok: boolean;
  steps: { title: string; ok: boolean; request: { method: string; url: string }; response?: { status: number; body: Record<string, unknown> }; jwts: { label: string; header: Record<string, unknown>; payload: Record<string, unknown> }[] }[];
}

test("token: discovers the token endpoint, signs a grant with the demo key and prints the decoded token", async () => {
  const run = await runCli(["token", "--json"]);
  expect(run.stderr).not.toContain("FAILED");
  expect(run.code).toBe(0);
  const out = JSON.parse(run.stdout) as Steps;
  expect(out.ok).toBe(true);
  const [discover, token] = out.steps;
  expect(discover?.request.url).toBe(`${TEST_ENV.PUBLIC_BASE_URL}/maskinporten/.well-known/oauth-authorization-server`);
  expect(discover?.response?.status).toBe(200);
  expect(token?.request.method).toBe("POST");
  expect(token?.response?.status).toBe(200);
  const grant = token?.jwts.find((j) => j.label.startsWith("Grant"));
  expect(grant?.header).toMatchObject({ alg: "RS256", kid: DEMO_CLIENTS.smartcloud.kid });
  expect(grant?.payload).toMatchObject({ iss: DEMO_CLIENTS.smartcloud.clientId, aud: `${TEST_ENV.PUBLIC_BASE_URL}/maskinporten/` });
  const access = token?.jwts.find((j) => j.label.startsWith("Access token"));
  expect(access?.payload).toMatchObject({
    client_id: DEMO_CLIENTS.smartcloud.clientId,
    consumer: { authority: "iso6523-actorid-upis", ID: `0192:${ORGS.smartcloud.orgNo}` },
    scope: [SCOPES.systemregisterWrite, SCOPES.requestWrite, SCOPES.requestRead].join(" "),
  });
});

// The request collection's way to sign (e2e/http/altinn-systemuser.http): `grant` prints only a signed
// grant, which the token endpoint takes as any tool would send it.
test("grant prints a signed grant alone on stdout, which the token endpoint accepts once", async ({ request }) => {
  const run = await runCli(["grant"]);
  expect(run.code).toBe(0);
  const grant = run.stdout.trim();
  expect(grant).toMatch(/^eyJ[\w-]+\.[\w-]+\.[\w-]+$/);
  const form = { grant_type: "urn:ietf:params:oauth:grant-type:jwt-bearer", assertion: grant };
  const res = await request.post("/maskinporten/token", { form });
  expect(res.status()).toBe(200);
  expect(((await res.json()) as { scope: string }).scope.split(" ").sort()).toEqual(
    [SCOPES.systemregisterWrite, SCOPES.requestWrite, SCOPES.requestRead].sort(),
  );
  // single use (RFC 7523 §3: the jti)
  const replay = await request.post("/maskinporten/token", { form });
  expect(replay.status()).toBe(400);
  expect(((await replay.json()) as { error: string }).error).toBe("invalid_grant");
});

test("grant --systemuser-org --json: the system-user grant and its claims; the token endpoint looks the system user up", async ({ request }) => {
  const ref = `grant-${randomUUID()}`;
  const run = await runCli(["grant", "--systemuser-org", ORGS.ape.orgNo, "--external-ref", ref, "--json"]);
  expect(run.code).toBe(0);
  const out = JSON.parse(run.stdout) as { assertion: string; claims: Record<string, unknown> };
  expect(out.claims).toMatchObject({
    iss: DEMO_CLIENTS.smartcloud.clientId,
    aud: `${TEST_ENV.PUBLIC_BASE_URL}/maskinporten/`,
    scope: "skatteetaten:kravogbetalinger",
    authorization_details: [{ type: "urn:altinn:systemuser", systemuser_org: { authority: "iso6523-actorid-upis", ID: `0192:${ORGS.ape.orgNo}` }, externalRef: ref }],
  });
  // No such system user: Maskinporten's MP-303, reached only after the grant's signature and claims passed.
  const res = await request.post("/maskinporten/token", { form: { grant_type: "urn:ietf:params:oauth:grant-type:jwt-bearer", assertion: out.assertion } });
  expect(res.status()).toBe(400);
  const body = (await res.json()) as { error: string; error_description: string };
  expect(body.error).toBe("invalid_altinn_customer_configuration");
  expect(body.error_description).toMatch(/^MP-303/);
});

test("token in text form prints method, URL, status and the access token", async () => {
  const run = await runCli(["token", "--scope", SCOPES.requestRead]);
  expect(run.code).toBe(0);
  expect(run.stdout).toContain(`→ POST ${TEST_ENV.PUBLIC_BASE_URL}/maskinporten/token`);
  expect(run.stdout).toContain("← 200");
  expect(run.stdout).toMatch(/^access_token: eyJ[\w-]+\.[\w-]+\.[\w-]+$/m);
});

test("token for a system user that does not exist: MP-303, exit status 1 with the error body", async () => {
  const run = await runCli(["token", "--systemuser-org", ORGS.ape.orgNo, "--external-ref", `test-${randomUUID()}`]);
  expect(run.code).toBe(1);
  expect(run.stdout).toContain("← 400");
  expect(run.stderr).toContain("invalid_altinn_customer_configuration");
  expect(run.stderr).toContain("MP-303");
  expect(run.stdout).not.toMatch(/^access_token:/m);
});

test("token with a scope not granted to the vendor: invalid_scope, exit status 1", async () => {
  const run = await runCli(["token", "--scope", SCOPES.authorize, "--json"]);
  expect(run.code).toBe(1);
  const out = JSON.parse(run.stdout) as Steps;
  expect(out.ok).toBe(false);
  expect(out.steps[1]?.response?.status).toBe(400);
  expect(out.steps[1]?.response?.body.error).toBe("invalid_scope");
});

test("a usage error exits with status 2 and names the problem", async () => {
  const run = await runCli(["token", "--systemuser-org", "12345"]);
  expect(run.code).toBe(2);
  expect(run.stderr).toContain("--systemuser-org must be a 9-digit organisation number");
});

test("request then status: the CLI asks for the system's rights, prints the confirmUrl, and reads the status", async () => {
  test.setTimeout(120_000); // three CLI runs
  const externalRef = `test-${randomUUID()}`;
  const args = ["request", "--system", "991825827_smartcloud", "--party", ORGS.ape.orgNo, "--external-ref", externalRef];
  const created = await runCli([...args, "--json"]);
  expect(created.code).toBe(0);
  const out = JSON.parse(created.stdout) as Steps & { value: { id: string; status: string; confirmUrl: string; rights: unknown[] } };
  // discover, token, the system from the System Register, the request
  expect(out.steps.map((s) => s.response?.status)).toEqual([200, 200, 200, 201]);
  expect(out.steps[2]?.request.url).toBe(`${TEST_ENV.PUBLIC_BASE_URL}/authentication/api/v1/systemregister/vendor/991825827_smartcloud`);
  expect(out.value.status).toBe("New");
  expect(out.value.rights).toEqual([{ action: "read", resource: [{ id: "urn:altinn:resource", value: "ske-krav-og-betalinger" }] }]);
  expect(out.value.confirmUrl).toBe(`${TEST_ENV.PUBLIC_BASE_URL}/accessmanagement/ui/systemuser/request?id=${out.value.id}&DONTCHOOSEREPORTEE=true`);

  // the same triple again: Altinn answers 200 with the live request (idempotent), and the CLI succeeds
  const again = await runCli(args);
  expect(again.code).toBe(0);
  expect(again.stdout).toContain("← 200");
  expect(again.stdout).toContain(`Request ${out.value.id} is New.`);
  expect(again.stdout).toContain(`Send the customer to: ${out.value.confirmUrl}`);

  const status = await runCli(["status", out.value.id]);
  expect(status.code).toBe(0);
  expect(status.stdout).toContain(`Request ${out.value.id}: New`);
});

test("status of an unknown request: the API's 404 problem, exit status 1", async () => {
  const run = await runCli(["status", randomUUID(), "--json"]);
  expect(run.code).toBe(1);
  const out = JSON.parse(run.stdout) as Steps;
  expect(out.steps.at(-1)?.response?.status).toBe(404);
  expect(out.steps.at(-1)?.response?.body.code).toBe("AUTH-00010");
});

// AuthenticationController exchange/maskinporten: the CLI gets a Maskinporten token, exchanges it and
// prints the Altinn token decoded.
test("exchange: a Maskinporten token, then the Altinn token of the exchange", async () => {
  const run = await runCli(["exchange", "--json", "--scope", SCOPES.systemregisterWrite]);
  expect(run.code, run.stderr).toBe(0);
  const out = JSON.parse(run.stdout) as Steps;
  const ex = out.steps.at(-1);
  expect(ex?.request.url).toBe(`${TEST_ENV.PUBLIC_BASE_URL}/authentication/api/v1/exchange/maskinporten`);
  expect(ex?.response?.status).toBe(200);
  expect(ex?.jwts.at(-1)?.payload).toMatchObject({ iss: `${TEST_ENV.PUBLIC_BASE_URL}/authentication/api/v1/openid/`, "urn:altinn:authenticatemethod": "maskinporten", scope: SCOPES.systemregisterWrite });
});

test("the same command prints Norwegian bokmål or English: --lang, else the environment's locale, else Norwegian", async () => {
  test.setTimeout(180_000); // eight CLI runs (each starts npm and tsx)
  const id = randomUUID();
  const noLocale = { LC_ALL: "", LC_MESSAGES: "", LANG: "" };
  const runs = await Promise.all([
    runCli(["status", id, "--lang", "nb"], { ...noLocale, LANG: "en_US.UTF-8" }),
    runCli(["status", id, "--lang", "en"], { ...noLocale, LANG: "nb_NO.UTF-8" }),
    runCli(["status", id], { ...noLocale, LC_ALL: "nn_NO.UTF-8", LANG: "en_US.UTF-8" }),
    runCli(["status", id], { ...noLocale, LC_MESSAGES: "en_GB.UTF-8" }),
    runCli(["status", id], noLocale),
  ]);
  const [nb, en, nn, enEnv, none] = runs;
  for (const run of runs) expect(run.code, run.stderr).toBe(1); // no such request: 404 on both endpoints
  for (const run of [nb, nn, none]) {
    expect(run!.stdout).toMatch(/── \d\. Hent et Maskinporten-token ─/);
    expect(run!.stdout).toContain("Sekvensvisning av denne kjøringen: ");
    expect(run!.stderr).toContain("FEILET ved «Les forespørselens status» (404)");
  }
  for (const run of [en, enEnv]) {
    expect(run!.stdout).toMatch(/── \d\. Get a Maskinporten token ─/);
    expect(run!.stdout).toContain("Sequence view of this run: ");
    expect(run!.stderr).toContain(`FAILED at "Read the request's status" (404)`);
  }
  // the machine-readable output is the same in both languages
  const [jsonNb, jsonEn] = await Promise.all([runCli(["token", "--json", "--lang", "nb"]), runCli(["token", "--json", "--lang", "en"])]);
  const titles = (run: CliRun) => (JSON.parse(run.stdout) as Steps).steps.map((s) => s.title);
  expect(titles(jsonNb)).toEqual(["Discover the token endpoint (issuer metadata)", "Get a Maskinporten token"]);
  expect(titles(jsonEn)).toEqual(titles(jsonNb));
  // usage errors too, before anything is sent
  const usage = await runCli(["call", "--lang", "nb"]);
  expect(usage.code).toBe(2);
  expect(usage.stderr).toContain("«call» krever --systemuser-org");
  expect(usage.stderr).toContain("Kjør `npm run vendor -- --help` for å se kommandoene.");
});
