// The README's agent walkthrough done from the pages alone, as a newcomer does it: no terminal, no API
// call. SmartCloud asks the accounting firm from the request form of its seeded client system (agent kind
// and packages preselected); the confirmUrl, opened while still logged in as the vendor, offers to log in
// as someone else and come back; DRESS MINST approves and adds a client; the console runs the agent system
// user for that client with SmartCloud Klient's demo client.
import { expect, test } from "@playwright/test";
import { randomUUID } from "node:crypto";
import { ORGS, SEED_AGENT_SYSTEM_ID } from "../../prisma/cast";
import { DRESS_MINST } from "../support/client-delegation";
import { loginAs, screenshot } from "./helpers";
import { LUR_GRONN_REV } from "./maskinporten-fixtures";

test("agent story from the pages alone: request form, log in as another person, approval, client, console", async ({ browser }) => {
  test.setTimeout(180_000);
  const { tiger, veik } = ORGS;
  const externalRef = `walkthrough-${randomUUID().slice(0, 8)}`;
  const context = await browser.newContext();
  const page = await context.newPage();

  // 1. The vendor: the client system's request form starts on an agent request with its packages ticked.
  await loginAs(page, LUR_GRONN_REV, { callbackUrl: `/vendor/requests/new?systemId=${SEED_AGENT_SYSTEM_ID}` });
  await expect(page.getByRole("radio", { name: /^Agent/ })).toBeChecked();
  const packages = page.getByTestId("request-packages").getByRole("checkbox");
  await expect(packages.first()).toBeChecked();
  for (const box of await packages.all()) await expect(box).toBeChecked();
  await expect(page.getByText("e.g. 314250052 (TILBAKEHOLDEN USYMMETRISK TIGER AS, an accounting firm)")).toBeVisible();
  await page.getByLabel("Facilitator's organisation number (the accounting firm)").fill(tiger.orgNo);
  await page.getByLabel("External reference (optional)").fill(externalRef);
  await screenshot(page, "walkthrough-agent-01-request-form");
  await page.getByRole("button", { name: "Create request" }).click();
  await page.waitForURL(/\/vendor\/requests\/[0-9a-f-]{36}/);
  const agentId = new URL(page.url()).pathname.split("/").at(-1)!;
  const confirmUrl = new URL(await page.getByTestId("confirm-url").inputValue());

  // 2. The confirmUrl opened in the same browser: refused for the vendor, with a way to switch person.
  await page.goto(`${confirmUrl.pathname}${confirmUrl.search}`);
  await expect(page.getByTestId("request-refused")).toBeVisible();
  await screenshot(page, "walkthrough-agent-02-refused");
  await page.getByTestId("switch-person").click();
  await page.waitForURL((u) => u.pathname === "/login");
  expect(new URL(page.url()).searchParams.get("callbackUrl")).toBe(`${confirmUrl.pathname}${confirmUrl.search}`);
  await page.getByLabel("National identity number (fødselsnummer)").fill(DRESS_MINST);
  await page.getByRole("button", { name: "Log in", exact: true }).click();
  await page.waitForURL((u) => u.pathname === confirmUrl.pathname);
  await expect(page.getByTestId("request-page")).toBeVisible();
  await page.getByRole("button", { name: "Approve", exact: true }).click();
  await page.waitForURL((u) => u.pathname === "/accessmanagement/ui/systemuser/done");

  // 3. DRESS MINST, as client administrator, adds VEIK to the new agent system user.
  await loginAs(page, DRESS_MINST, { callbackUrl: "/accessmanagement/ui/clientadministration" });
  await page.goto("/accessmanagement/ui/clientadministration");
  await page.getByTestId(`agent-${agentId}`).getByRole("link", { name: "Manage clients" }).click();
  await page.getByRole("button", { name: `Add ${veik.name}` }).click();
  await expect(page.getByTestId(`delegated-${veik.orgNo}`)).toBeVisible();

  // 4. The vendor's console runs the agent system user for the client: the claims come back.
  await loginAs(page, LUR_GRONN_REV, { callbackUrl: "/vendor/console" });
  await page.goto("/vendor/console");
  await page.getByLabel("System user", { exact: true }).selectOption(agentId);
  await page.getByRole("button", { name: `${veik.name} (${veik.orgNo})` }).click();
  await expect(page.getByLabel("Party: whose claims to read (organisation number)")).toHaveValue(veik.orgNo);
  await page.getByRole("button", { name: "Run as the vendor's machine" }).click();
  await expect(page.getByTestId("console-result")).toBeVisible({ timeout: 30_000 });
  await expect(page.getByTestId("krav-result").getByRole("heading")).toContainText(`Claims of ${veik.orgNo}`);
  await screenshot(page, "walkthrough-agent-03-console");
  await context.close();
});

test("the key form offers SmartCloud's demo public key, and the system form says which clients are free", async ({ page }) => {
  await loginAs(page, LUR_GRONN_REV, { callbackUrl: "/vendor/systems/new" });
  const hint = page.getByText(/None of your Maskinporten clients is free|Your clients free for this system/);
  await expect(hint).toBeVisible();
  // the seeded clients are taken by the seeded systems and are named as such, never offered
  await expect(page.getByText(/In use by another system .*SmartCloud regnskap \(demo\) \(991825827_smartcloud\)/)).toBeVisible();
  await screenshot(page, "walkthrough-system-form-clients");

  await page.goto("/vendor/maskinporten");
  await page.getByRole("link", { name: /SmartCloud regnskap \(demo\)/ }).first().click();
  await page.getByTestId("use-demo-key").click();
  const jwk = JSON.parse(await page.getByLabel("Public key (JWK)").inputValue()) as Record<string, string>;
  expect(jwk).toMatchObject({ kty: "RSA", e: "AQAB", alg: "RS256" });
  expect(jwk.n).toMatch(/^[\w-]{300,}$/);
  expect(jwk).not.toHaveProperty("d");
});
