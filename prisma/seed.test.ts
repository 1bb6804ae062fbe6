// The seed on a throwaway SQLite database: every number in the cast is valid, and seeding twice
// changes nothing (idempotent).
import { test } from "node:test";
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { DEMO_CLIENTS, ER_ROLES, ORGS, PERSONS } from "./cast";
import { isValidOrgNo } from "../lib/identifiers/orgno";
import { isValidPid } from "../lib/identifiers/pid";

test("every organisation and person in the cast has valid check digits", () => {
  for (const o of Object.values(ORGS)) assert.equal(isValidOrgNo(o.orgNo), true, o.name);
  for (const p of PERSONS) assert.equal(isValidPid(p.pid), true, p.name);
  for (const e of ER_ROLES) assert.ok(ORGS[e.client] && ORGS[e.holder]);
});

test("seeding twice gives the same rows", async () => {
  const dir = mkdtempSync(join(tmpdir(), "seed-"));
  const url = `file:${join(dir, "seed.db")}`;
  const env = { ...process.env, DATABASE_URL: url };
  try {
    execFileSync("npx", ["prisma", "migrate", "deploy"], { env, stdio: "ignore" });
    const counts = () => JSON.parse(execFileSync("npx", ["tsx", "-e", COUNT], { env }).toString().trim().split("\n").pop()!);
    execFileSync("npx", ["tsx", "prisma/seed.ts"], { env, stdio: "ignore" });
    const first = counts();
    execFileSync("npx", ["tsx", "prisma/seed.ts"], { env, stdio: "ignore" });
    assert.deepEqual(counts(), first);
    assert.equal(first.person, PERSONS.length);
    assert.equal(first.organization, Object.keys(ORGS).length);
    assert.equal(first.erRole, ER_ROLES.length);
    assert.ok(first.taxClaim > 0 && first.policyRule === 2 && first.policyFile === 1 && first.clientKey === Object.keys(DEMO_CLIENTS).length);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

const COUNT = `
(async () => {
const { db } = await import("./lib/db.ts");
const c = {
  organization: await db.organization.count(), person: await db.person.count(), personRole: await db.personRole.count(),
  personAccessPackage: await db.personAccessPackage.count(), erRole: await db.erRole.count(), resource: await db.resource.count(),
  policyRule: await db.policyRule.count(), policyFile: await db.resourcePolicyFile.count(), scope: await db.maskinportenScope.count(), scopeGrant: await db.scopeGrant.count(),
  client: await db.maskinportenClient.count(), clientKey: await db.clientKey.count(), system: await db.registeredSystem.count(),
  systemClientId: await db.systemClientId.count(), changelog: await db.systemChangeLog.count(), taxClaim: await db.taxClaim.count(),
};
console.log(JSON.stringify(c));
})();
`;
