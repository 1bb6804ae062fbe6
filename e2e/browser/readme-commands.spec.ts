// The README's walkthrough from a terminal: every `npm run vendor` command written in README.md is run here
// exactly as written (placeholders in angle brackets filled with this run's ids), in the walkthrough's
// order, with the people's steps (approvals, adding a client) done in between as the README says. A command
// added to the README without being added here fails the first test.
import { expect, test, type Browser } from "@playwright/test";
import { exec } from "node:child_process";
import { readFileSync } from "node:fs";
import { ORGS } from "../../prisma/cast";
import { TEST_ENV } from "../test-env";
import { approveInBrowser, bearer, altinnToken, clientUuid, DRESS_MINST, ENDUSER_API } from "../support/client-delegation";

const KONSERT = "15919110098"; // STADIG KONSERT, daglig leder of TILFELDIG SUBTIL APE

const README_COMMANDS = [
  "npm run vendor -- request",
  "npm run vendor -- status <request id>",
  "npm run vendor -- call --systemuser-org 310904473",
  "npm run vendor -- request --agent",
  "npm run vendor -- call --agent --systemuser-org 314250052 --party 310609544",
  "npm run vendor -- changerequest --system-user <system user id> --remove-right ske-krav-og-betalinger:read",
  "npm run vendor -- changerequest <change request id>",
  "npm run vendor -- exchange",
];

/** Every inline `npm run vendor ...` command of README.md, in order of appearance. */
function readmeVendorCommands(): string[] {
  const text = readFileSync("README.md", "utf8").replace(/\n\s*/g, " ");
  return [...text.matchAll(/`(npm run vendor -- [^`]+)`/g)].map((m) => m[1]!).filter((c) => c !== "npm run vendor -- --help");
}

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

/**
 * Runs the README's command through a shell, as a reader pastes it; only the portal's address differs, and
 * the locale is English (LANG=en_GB), which this spec's assertions read.
 */
function shell(command: string, fill: Record<string, string> = {}): Promise<Run> {
  const line = command.replace(/<([^>]+)>/g, (_, name: string) => {
    const value = fill[name];
    if (!value) throw new Error(`No value for <${name}> in "${command}"`);
    return value;
  });
  return new Promise((resolve) => {
    exec(line, { env: { ...process.env, VENDOR_BASE_URL: TEST_ENV.PUBLIC_BASE_URL, PUBLIC_BASE_URL: "", LC_ALL: "", LC_MESSAGES: "", LANG: "en_GB.UTF-8" }, timeout: 90_000 }, (err, stdout, stderr) =>
      resolve({ code: err ? Number(err.code ?? 1) : 0, stdout, stderr }),
    );
  });
}

async function ok(command: string, fill?: Record<string, string>): Promise<string> {
  const run = await shell(command, fill);
  expect(run.code, `${command}\n${run.stdout.slice(-2000)}\n${run.stderr}`).toBe(0);
  return run.stdout;
}

const requestIdOf = (stdout: string) => /^Request ([0-9a-f-]{36}) is (\w+)\.$/m.exec(stdout)?.slice(1) ?? [];
const confirmUrlOf = (stdout: string) => /Send the customer to: (\S+)/.exec(stdout)?.[1] ?? "";

async function approveIfNew(browser: Browser, pid: string, stdout: string): Promise<string> {
  const [id, status] = requestIdOf(stdout);
  expect(id, stdout).toBeTruthy();
  if (status === "New") await approveInBrowser(browser, pid, confirmUrlOf(stdout));
  else expect(status).toBe("Accepted");
  return id!;
}

test("the README's vendor commands are exactly the ones this spec runs", () => {
  expect(readmeVendorCommands()).toEqual(README_COMMANDS);
});

test("the README's terminal walkthrough works as written", async ({ browser, request }) => {
  test.setTimeout(240_000);
  const [request1, status1, call1, requestAgent, callAgent, changeCreate, changeRead, exchange] = README_COMMANDS as [string, string, string, string, string, string, string, string];

  // 2-3. SmartCloud asks TILFELDIG SUBTIL APE; STADIG KONSERT approves; the vendor reads the status.
  const standardOut = await ok(request1);
  expect(standardOut).toContain(`Request for system 991825827_smartcloud, party ${ORGS.ape.orgNo}`);
  const requestId = await approveIfNew(browser, KONSERT, standardOut);
  expect(await ok(status1, { "request id": requestId })).toContain(`Request ${requestId}: Accepted`);

  // 4. The machine calls Skatteetaten's API for the customer.
  expect(await ok(call1)).toMatch(new RegExp(`\\d+ claims for ${ORGS.ape.orgNo}`));

  // 5. The agent story: SmartCloud Klient asks the accounting firm; DRESS MINST approves and adds VEIK.
  const agentOut = await ok(requestAgent);
  expect(agentOut).toContain(`Agent request for system 991825827_smartcloud_klient, party ${ORGS.tiger.orgNo}`);
  const agentId = await approveIfNew(browser, DRESS_MINST, agentOut);
  expect(await ok(status1, { "request id": agentId })).toContain(`Request ${agentId}: Accepted`);
  const admin = bearer(await altinnToken(request, DRESS_MINST));
  const added = await request.post(`${ENDUSER_API}/clients?agent=${agentId}&client=${clientUuid(ORGS.veik.orgNo)}`, { headers: admin });
  expect(added.status(), await added.text()).toBe(200);
  expect(await ok(callAgent)).toMatch(new RegExp(`\\d+ claims for ${ORGS.veik.orgNo}`));

  // 6. A change request on the standard system user, and its status.
  const changeOut = await ok(changeCreate, { "system user id": requestId });
  const changeId = /Change request ([0-9a-f-]{36}) is New\./.exec(changeOut)?.[1];
  expect(changeId, changeOut).toBeTruthy();
  expect(await ok(changeRead, { "change request id": changeId! })).toContain(`Change request ${changeId} is New.`);

  // The token exchange: a Maskinporten token for an Altinn token.
  expect(await ok(exchange)).toMatch(/^altinn_token: eyJ[\w-]+\.[\w-]+\.[\w-]+$/m);
});
