// The vendor console (/vendor/console) beyond the standard story: an agent system user called for a client
// of the facilitator (and denied for a non-client), a system without a demo key, and a forged system-user id
// of another vendor.
import { expect, test, type APIRequestContext, type Browser, type Page } from "@playwright/test";
import { execFile } from "node:child_process";
import { randomUUID } from "node:crypto";
import { readFileSync } from "node:fs";
import { ORGS, SCOPES, SEED_RESOURCE_ID } from "../../prisma/cast";
import { approveInBrowser, clientUuid, createStandardSystemUser, DRESS_MINST, ENDUSER_API, portalSession, REGNSKAP_MED, SAME_ORIGIN } from "../support/client-delegation";
import { DEMO_CLIENTS, getToken, type DemoClient } from "../support/maskinporten";
import { TEST_ENV } from "../test-env";
import { loginAs, screenshot } from "./helpers";
import { createClientInBrowser, FRISK_ROD_ULV, LUR_GRONN_REV, pasteKey } from "./maskinporten-fixtures";

const KONSERT = "15919110098";
const text = { nb: "Konsolltest", nn: "Konsolltest", en: "Console test" };

async function personaPage(browser: Browser, pid: string, callbackUrl: string): Promise<Page> {
  const context = await browser.newContext({ baseURL: TEST_ENV.PUBLIC_BASE_URL, viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  await loginAs(page, pid, { callbackUrl });
  return page;
}

async function vendorPost(request: APIRequestContext, client: DemoClient, path: string, data: Record<string, unknown>): Promise<Record<string, unknown>> {
  const token = await getToken(request, client, { scopes: [SCOPES.systemregisterWrite, SCOPES.requestWrite] });
  const res = await request.post(path, { headers: { authorization: `Bearer ${token}` }, data });
  expect([200, 201], await res.text()).toContain(res.status());
  return (await res.json()) as Record<string, unknown>;
}

async function registerSystem(request: APIRequestContext, client: DemoClient, over: Record<string, unknown>): Promise<string> {
  const id = `${client.orgNo}_console${randomUUID().slice(0, 8)}`;
  await vendorPost(request, client, "/authentication/api/v1/systemregister/vendor", {
    id,
    vendor: { authority: "iso6523-actorid-upis", ID: `0192:${client.orgNo}` },
    name: text,
    description: text,
    rights: [],
    accessPackages: [],
    clientId: [],
    allowedRedirectUrls: [],
    ...over,
  });
  return id;
}

/** Runs a console-printed `npm run vendor -- ...` command line (single-quoted words, backslash continuations). */
function runPrintedCommand(command: string): Promise<{ code: number; stdout: string; stderr: string }> {
  const words = [...command.replace(/\\\n/g, " ").matchAll(/'([^']*)'|(\S+)/g)].map((m) => m[1] ?? m[2] ?? "");
  expect(words.slice(0, 4)).toEqual(["npm", "run", "vendor", "--"]);
  return new Promise((resolve) => {
    // the CLI's human text in English, as this project's pages (its language follows the locale)
    const env = { ...process.env, LC_ALL: "", LC_MESSAGES: "", LANG: "en_GB.UTF-8" };
    execFile("npm", ["run", "--silent", ...words.slice(2)], { timeout: 60_000, env }, (err, stdout, stderr) =>
      resolve({ code: err ? Number(err.code ?? 1) : 0, stdout, stderr }),
    );
  });
}

async function runConsole(page: Page, systemUserId: string, party?: string) {
  await page.getByLabel("System user", { exact: true }).selectOption(systemUserId);
  if (party) await page.getByLabel("Party: whose claims to read (organisation number)").fill(party);
  await page.getByRole("button", { name: "Run as the vendor's machine" }).click();
}

test("agent system user: one token for the facilitator, claims of its client, and a Deny for a non-client", async ({ browser, request }) => {
  test.setTimeout(120_000);
  const veik = ORGS.veik.orgNo; // client of TILBAKEHOLDEN USYMMETRISK TIGER AS through REGN

  // SmartCloud makes a client of its own in the self-service and registers the committed demo key on it,
  // so the portal can sign for it (the seeded demo client is already on the seeded system).
  const vendor = await personaPage(browser, LUR_GRONN_REV, "/vendor/maskinporten");
  const clientId = await createClientInBrowser(vendor, `Console agent ${randomUUID().slice(0, 8)}`, [SCOPES.kravOgBetalinger]);
  const demoPublic = JSON.parse(readFileSync("prisma/fixtures/demo-keys/smartcloud.public.jwk.json", "utf8")) as Record<string, unknown>;
  const kid = `console-${randomUUID().slice(0, 8)}`;
  await pasteKey(vendor, { ...demoPublic, kid });
  await expect(vendor.getByText(`Key "${kid}" registered.`)).toBeVisible();

  const systemId = await registerSystem(request, DEMO_CLIENTS.smartcloud, { accessPackages: [{ urn: REGNSKAP_MED }], clientId: [clientId], isVisible: false });
  const agentRequest = await vendorPost(request, DEMO_CLIENTS.smartcloud, "/authentication/api/v1/systemuser/request/vendor/agent", {
    systemId,
    partyOrgNo: ORGS.tiger.orgNo,
    externalRef: `test-${randomUUID()}`,
    accessPackages: [{ urn: REGNSKAP_MED }],
  });
  const agentId = String(agentRequest.id);
  await approveInBrowser(browser, DRESS_MINST, String(agentRequest.confirmUrl));
  const dress = await portalSession(DRESS_MINST, ORGS.tiger.orgNo);
  const added = await dress.post(`${ENDUSER_API}/clients?agent=${agentId}&client=${clientUuid(veik)}`, { headers: SAME_ORIGIN });
  expect(added.status(), await added.text()).toBe(200);

  await vendor.goto("/vendor/console");
  await vendor.getByLabel("System user", { exact: true }).selectOption(agentId);
  await expect(vendor.getByLabel("Party: whose claims to read (organisation number)")).toHaveValue(veik);
  await expect(vendor.getByRole("button", { name: `AUTORISERT VEIK TIGER AS (${veik})` })).toBeVisible();
  await runConsole(vendor, agentId);
  const result = vendor.getByTestId("console-result");
  for (const n of [1, 2, 3]) await expect(result.getByTestId(`step-${n}`).getByTestId("step-status")).toHaveText(/^200 /);
  // the grant and the token name the facilitator; the client is only in the API call
  await result.getByTestId("step-2").locator("summary").click();
  await expect(result.getByTestId("step-2")).toContainText(`"ID": "0192:${ORGS.tiger.orgNo}"`);
  await expect(result.getByTestId("step-2")).not.toContainText(`0192:${veik}`);
  await expect(result.getByTestId("step-3")).toContainText(`/krav/${veik}`);
  await expect(vendor.getByTestId("krav-result").getByRole("heading")).toContainText(`Claims of ${veik}`);
  await screenshot(vendor, "vendor-console-agent-client");

  // "The same call from a terminal" is the same call: run the printed command.
  const command = (await vendor.getByTestId("cli-command").textContent()) ?? "";
  expect(command).toContain(`--client-id ${clientId}`);
  expect(command).toContain(`--kid ${kid}`);
  const cli = await runPrintedCommand(command);
  expect(cli.code, cli.stderr).toBe(0);
  expect(cli.stdout).toContain(`claims for ${veik}`);

  await runConsole(vendor, agentId, ORGS.ape.orgNo);
  await expect(result.getByTestId("step-3").getByTestId("step-status")).toHaveText(/^403 /);
  await expect(result.getByTestId("step-3")).toContainText(`/krav/${ORGS.ape.orgNo}`);
  await expect(vendor.getByTestId("krav-result")).toHaveCount(0);
  await expect(vendor.getByText("The run stopped at the step marked failed")).toBeVisible();
  await screenshot(vendor, "vendor-console-agent-denied");
  await dress.dispose();
});

test("without a demo key the console explains the CLI, and another vendor's system user cannot be run", async ({ browser, request }) => {
  test.setTimeout(120_000);
  // KONKURRENT's system has no Maskinporten client: the portal holds no key for it.
  const systemId = await registerSystem(request, DEMO_CLIENTS.konkurrent, { rights: [{ action: "read", resource: [{ id: "urn:altinn:resource", value: SEED_RESOURCE_ID }] }] });
  const req = await vendorPost(request, DEMO_CLIENTS.konkurrent, "/authentication/api/v1/systemuser/request/vendor", {
    systemId,
    partyOrgNo: ORGS.ape.orgNo,
    externalRef: `test-${randomUUID()}`,
    rights: [{ action: "read", resource: [{ id: "urn:altinn:resource", value: SEED_RESOURCE_ID }] }],
  });
  await approveInBrowser(browser, KONSERT, String(req.confirmUrl));
  const smartcloudSystemUser = await createStandardSystemUser(request, browser);

  const page = await personaPage(browser, FRISK_ROD_ULV, "/vendor/console");
  const select = page.getByLabel("System user", { exact: true });
  await select.selectOption(String(req.id));
  await expect(page.getByText("The portal holds no private key for this system's Maskinporten clients")).toBeVisible();
  const run = page.getByRole("button", { name: "Run as the vendor's machine" });
  await expect(run).toBeDisabled();
  await expect(page.getByTestId("cli-command")).toContainText("--key <your private key");
  await expect(select.locator(`option[value="${smartcloudSystemUser}"]`)).toHaveCount(0);
  await screenshot(page, "vendor-console-no-demo-key");

  // A forged form: SmartCloud's system user id posted by KONKURRENT's developer.
  await select.evaluate((el, id) => {
    const option = document.createElement("option");
    option.value = id;
    option.textContent = "forged";
    el.appendChild(option);
  }, smartcloudSystemUser);
  await select.selectOption(smartcloudSystemUser);
  await run.evaluate((b) => b.removeAttribute("disabled"));
  await run.click();
  await expect(page.getByText("No system user with that id belongs to your organisation's live systems.")).toBeVisible();
  await expect(page.getByTestId("console-result")).toHaveCount(0);
});
