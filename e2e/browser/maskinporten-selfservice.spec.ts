// Maskinporten self-service in the vendor area: create a client, paste a public key, generate a key pair
// in the browser (private key only as a download), use both keys at the real token endpoint, and prove
// that another vendor can neither open nor change the client.
import { expect, test, type APIRequestContext, type Browser, type Page } from "@playwright/test";
import type { JWK } from "jose";
import { randomUUID } from "node:crypto";
import { readFileSync } from "node:fs";
import { DEMO_CLIENTS, signGrant, tokenResponse, type DemoClient } from "../support/maskinporten";
import { loginAs, screenshot } from "./helpers";
import { FRISK_ROD_ULV, LUR_GRONN_REV, createClientInBrowser, newKeyPair, pasteKey, selfServiceClient } from "./maskinporten-fixtures";

const KRAV = "skatteetaten:kravogbetalinger";
const REGISTER = "altinn:authentication/systemregister.write";

async function tokenStatus(request: APIRequestContext, client: DemoClient, scopes = [KRAV]) {
  const res = await tokenResponse(request, await signGrant(client, { scopes }));
  return { status: res.status(), error: (await res.json()).error as string | undefined };
}

test("a vendor creates a client, registers a pasted and a browser-generated key, and gets tokens with both", async ({ page, request }) => {
  await loginAs(page, LUR_GRONN_REV);
  await page.goto("/vendor/maskinporten");
  await expect(page.getByTestId("granted-scopes")).toContainText(KRAV);
  await expect(page.getByTestId("granted-scopes")).not.toContainText("altinn:authorization/authorize");
  await page.getByTestId("create-client-form").getByRole("button", { name: "Create client" }).click();
  await expect(page.getByText("Give the client a name.")).toBeVisible();
  await screenshot(page, "maskinporten-clients");

  const name = `test-${randomUUID()}`;
  const clientId = await createClientInBrowser(page, name, [KRAV]);
  await expect(page.getByRole("heading", { name })).toBeVisible();
  await expect(page.getByText("No keys yet")).toBeVisible();

  // a private key is refused and not stored
  const pasted = await newKeyPair(`pasted-${randomUUID().slice(0, 8)}`);
  await pasteKey(page, pasted.privateJwk);
  await expect(page.getByText(/This is a PRIVATE key/)).toBeVisible();
  await expect(page.getByTestId("key-table")).toHaveCount(0);
  await expect(page.getByLabel("Public key (JWK)")).toHaveValue("");
  await screenshot(page, "maskinporten-private-key-refused");

  await pasteKey(page, pasted.publicJwk);
  await expect(page.getByText(`Key "${pasted.publicJwk.kid}" registered.`)).toBeVisible();
  await expect(page.getByTestId("key-table")).toContainText(pasted.publicJwk.kid!);
  expect(await tokenStatus(request, selfServiceClient(clientId, pasted.publicJwk.kid!, pasted.privateJwk))).toEqual({ status: 200, error: undefined });
  await pasteKey(page, pasted.publicJwk);
  await expect(page.getByText(/already has a key with kid/)).toBeVisible();

  // generated in the browser: the private key arrives only as a download
  const browserKid = `browser-${randomUUID().slice(0, 8)}`;
  await page.getByLabel("kid for the new key").fill(browserKid);
  await page.getByRole("button", { name: "Generate key pair in the browser" }).click();
  await expect(page.getByTestId("generated-key")).toBeVisible();
  await expect(page.getByTestId("key-table")).toContainText(browserKid);
  await screenshot(page, "maskinporten-key-generated");
  const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("link", { name: "Download private key (JWK)" }).click()]);
  expect(download.suggestedFilename()).toBe(`${browserKid}.private.jwk.json`);
  const privateJwk = JSON.parse(readFileSync((await download.path())!, "utf8")) as JWK;
  expect(privateJwk).toMatchObject({ kty: "RSA", kid: browserKid, alg: "RS256", d: expect.any(String) });
  const [pem] = await Promise.all([page.waitForEvent("download"), page.getByRole("link", { name: "Download private key (PEM)" }).click()]);
  expect(readFileSync((await pem.path())!, "utf8")).toMatch(/^-----BEGIN PRIVATE KEY-----\n/);
  expect(await tokenStatus(request, selfServiceClient(clientId, browserKid, privateJwk))).toEqual({ status: 200, error: undefined });
  await page.getByRole("button", { name: "I have saved it" }).click();
  await expect(page.getByTestId("generated-key")).toHaveCount(0);

  // deleting a key stops its grants; editing scopes changes what the client may ask for
  await page.getByRole("button", { name: `Delete key ${pasted.publicJwk.kid}` }).click();
  await expect(page.getByTestId("key-table")).not.toContainText(pasted.publicJwk.kid!);
  expect(await tokenStatus(request, selfServiceClient(clientId, pasted.publicJwk.kid!, pasted.privateJwk))).toEqual({ status: 400, error: "invalid_grant" });
  const scopesForm = page.getByTestId("scopes-form");
  await scopesForm.getByRole("checkbox", { name: KRAV, exact: true }).uncheck();
  await scopesForm.getByRole("checkbox", { name: REGISTER, exact: true }).check();
  await scopesForm.getByRole("button", { name: "Save scopes" }).click();
  await expect(scopesForm.getByText("Scopes saved.")).toBeVisible();
  const generated = selfServiceClient(clientId, browserKid, privateJwk);
  expect(await tokenStatus(request, generated)).toEqual({ status: 400, error: "invalid_scope" });
  expect(await tokenStatus(request, generated, [REGISTER])).toEqual({ status: 200, error: undefined });
  await page.goto("/vendor/maskinporten");
  await expect(page.getByTestId("client-table")).toContainText(name);
  await screenshot(page, "maskinporten-client-list");
});

async function vendorPage(browser: Browser, pid: string): Promise<Page> {
  const page = await (await browser.newContext()).newPage();
  await loginAs(page, pid);
  return page;
}

test("another vendor can neither see, open nor change a SmartCloud client (404, forged posts change nothing)", async ({ browser, request }) => {
  const owner = await vendorPage(browser, LUR_GRONN_REV);
  const name = `test-${randomUUID()}`;
  const clientId = await createClientInBrowser(owner, name, [KRAV]);
  const key = await newKeyPair(`owner-${randomUUID().slice(0, 8)}`);
  await pasteKey(owner, key.publicJwk);
  await expect(owner.getByTestId("key-table")).toContainText(key.publicJwk.kid!);

  const other = await vendorPage(browser, FRISK_ROD_ULV);
  await other.goto("/vendor/maskinporten");
  await expect(other.getByTestId("maskinporten-clients")).not.toContainText(name);
  expect((await other.goto(`/vendor/maskinporten/${clientId}`))?.status()).toBe(404);
  expect((await other.goto(`/vendor/maskinporten/${DEMO_CLIENTS.smartcloud.clientId}`))?.status()).toBe(404);
  await screenshot(other, "maskinporten-cross-tenant-404");

  // on its own client's page, KONKURRENT's developer points the forms at SmartCloud's client
  await createClientInBrowser(other, `test-${randomUUID()}`, [KRAV]);
  const own = await newKeyPair(`own-${randomUUID().slice(0, 8)}`);
  await pasteKey(other, own.publicJwk);
  await expect(other.getByTestId("key-table")).toContainText(own.publicJwk.kid!);
  await other.evaluate(
    ({ target, kid }) => {
      document.querySelectorAll<HTMLInputElement>('input[name="clientId"]').forEach((i) => (i.value = target));
      document.querySelectorAll<HTMLInputElement>('input[name="kid"]').forEach((i) => (i.value = kid));
    },
    { target: clientId, kid: key.publicJwk.kid! },
  );
  const forged = await newKeyPair("forged");
  await pasteKey(other, forged.publicJwk);
  await expect(other.getByTestId("paste-key-form").getByText("No such client in your organisation.")).toBeVisible();
  await other.getByRole("button", { name: `Delete key ${own.publicJwk.kid}` }).click();
  await expect(other.getByText("No such client in your organisation.").last()).toBeVisible();
  const scopesForm = other.getByTestId("scopes-form");
  await scopesForm.getByRole("checkbox", { name: KRAV, exact: true }).uncheck();
  await scopesForm.getByRole("button", { name: "Save scopes" }).click();
  await expect(scopesForm.getByText("No such client in your organisation.")).toBeVisible();

  // SmartCloud's client is unchanged: same key, same scope, no forged key
  await owner.reload();
  await expect(owner.getByTestId("key-table")).toContainText(key.publicJwk.kid!);
  await expect(owner.getByTestId("key-table")).not.toContainText("forged");
  expect(await tokenStatus(request, selfServiceClient(clientId, key.publicJwk.kid!, key.privateJwk))).toEqual({ status: 200, error: undefined });
});
