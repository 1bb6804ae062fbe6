// Shared by the Maskinporten specs: a vendor's self-service in the browser (create a client, register a
// public key) and fresh RSA key pairs to sign grants with.
import type { Page } from "@playwright/test";
import { exportJWK, generateKeyPair, type JWK } from "jose";
import { DEMO_CLIENTS, type DemoClient } from "../support/maskinporten";

export const LUR_GRONN_REV = "23858510058"; // SmartCloud's developer
export const FRISK_ROD_ULV = "30916610064"; // KONKURRENT's developer

export async function newKeyPair(kid: string): Promise<{ publicJwk: JWK; privateJwk: JWK }> {
  const { publicKey, privateKey } = await generateKeyPair("RS256", { extractable: true });
  return { publicJwk: { ...(await exportJWK(publicKey)), kid }, privateJwk: { ...(await exportJWK(privateKey)), kid } };
}

/** Creates a client through the form and returns its id (the page is then the client's page). */
export async function createClientInBrowser(page: Page, name: string, scopes: string[]): Promise<string> {
  await page.goto("/vendor/maskinporten");
  const form = page.getByTestId("create-client-form");
  await form.getByLabel("Name").fill(name);
  await form.getByLabel("Description").fill("Created by a Maskinporten test.");
  for (const s of scopes) await form.getByRole("checkbox", { name: s, exact: true }).check();
  await form.getByRole("button", { name: "Create client" }).click();
  await page.waitForURL(/\/vendor\/maskinporten\/[0-9a-f-]{36}\?created=1$/);
  return (await page.getByTestId("client-id").textContent())!.trim();
}

/** Pastes `jwk` into the client page's key form and submits it. */
export async function pasteKey(page: Page, jwk: unknown) {
  const form = page.getByTestId("paste-key-form");
  await form.getByLabel("Public key (JWK)").fill(JSON.stringify(jwk));
  await form.getByRole("button", { name: "Register key" }).click();
}

/** A client made in the self-service, in the shape signGrant takes. */
export const selfServiceClient = (clientId: string, kid: string, privateJwk: JWK, orgNo = DEMO_CLIENTS.smartcloud.orgNo): DemoClient => ({
  name: "smartcloud",
  clientId,
  kid,
  orgNo,
  privateJwk,
});
