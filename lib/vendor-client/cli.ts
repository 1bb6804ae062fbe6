// `npm run vendor -- <command>`: the vendor's machine client on the command line (see HELP).
import { randomUUID } from "node:crypto";
import { setTimeout as sleep } from "node:timers/promises";
import { runInFlow } from "../exchanges/flow";
import { parseCommand, UsageError, type Command } from "./cli-args";
import { formatSteps, HELP } from "./cli-print";
import { loadCredentials } from "./credentials";
import { buildGrantClaims, signGrant } from "./grant";
import { issuerFor } from "./maskinporten";
import { callFlow, changeRequestFlow, exchangeFlow, requestFlow, statusFlow, tokenFlow, type Flow } from "./flows";
import { VENDOR_SCOPES } from "./requests";
import { KRAV_OG_BETALINGER_SCOPE } from "./skatteetaten";
import type { StepRecord, VendorCredentials } from "./types";

const POLL_INTERVAL_MS = 3_000;

async function run(cmd: Exclude<Command, { kind: "help" | "grant" }>, creds: VendorCredentials): Promise<{ flow: Flow<unknown>; summary: string[] }> {
  switch (cmd.kind) {
    case "token": {
      const scopes = cmd.scopes ?? (cmd.systemUser ? [KRAV_OG_BETALINGER_SCOPE] : Object.values(VENDOR_SCOPES));
      const flow = await tokenFlow(creds, scopes, cmd.systemUser);
      return { flow, summary: flow.value ? [`access_token: ${flow.value.accessToken}`] : [] };
    }
    case "exchange": {
      const flow = await exchangeFlow(creds, cmd.scopes ?? Object.values(VENDOR_SCOPES), cmd.systemUser);
      return { flow, summary: flow.value ? [`altinn_token: ${flow.value}`] : [] };
    }
    case "call": {
      const flow = await callFlow(creds, { systemUser: cmd.systemUser, partyOrgNo: cmd.partyOrgNo, scopes: cmd.scopes });
      const v = flow.value;
      return { flow, summary: v ? [`${v.krav.length} claims for ${v.organisasjonsnummer}, outstanding ${v.sumGjenstaaende} ${v.valuta}`] : [] };
    }
    case "request": {
      const flow = await requestFlow(creds, cmd.request);
      const v = flow.value;
      const asked = `${cmd.request.agent ? "Agent request" : "Request"} for system ${cmd.request.systemId}, party ${cmd.request.partyOrgNo}.`;
      return { flow, summary: v ? [asked, `Request ${v.id} is ${v.status}.`, `Send the customer to: ${v.confirmUrl ?? "(no confirmUrl)"}`] : [] };
    }
    case "status": {
      const deadline = Date.now() + (cmd.waitSeconds ?? 0) * 1000;
      const steps: StepRecord[] = [];
      for (;;) {
        const flow = await statusFlow(creds, cmd.requestId, cmd.agent);
        steps.push(...flow.steps);
        const status = flow.value?.status;
        if (!flow.ok || status !== "New" || Date.now() + POLL_INTERVAL_MS > deadline) {
          return { flow: { ...flow, steps }, summary: status ? [`Request ${cmd.requestId}: ${status}`] : [] };
        }
        await sleep(POLL_INTERVAL_MS);
      }
    }
    case "changerequest": {
      const flow = await changeRequestFlow(creds, cmd.change);
      const v = flow.value;
      const link = v?.confirmUrl ? [`Send the customer to: ${v.confirmUrl}`] : [];
      return { flow, summary: v ? [`Change request ${v.id} is ${v.status}.`, ...("create" in cmd.change ? link : [])] : [] };
    }
  }
}

/** `grant`: a freshly signed JWT grant on stdout and nothing else, for tools that cannot sign (e2e/http). */
async function printGrant(cmd: Extract<Command, { kind: "grant" }>, creds: VendorCredentials): Promise<void> {
  const scopes = cmd.scopes ?? (cmd.systemUser ? [KRAV_OG_BETALINGER_SCOPE] : Object.values(VENDOR_SCOPES));
  const claims = buildGrantClaims({ issuer: issuerFor(creds.baseUrl), clientId: creds.clientId, scopes, systemUser: cmd.systemUser });
  const grant = await signGrant(creds, claims);
  console.log(cmd.json ? JSON.stringify({ assertion: grant, claims }, null, 2) : grant);
}

async function main(argv: string[]): Promise<number> {
  let cmd: Command;
  try {
    cmd = parseCommand(argv, process.env);
  } catch (e) {
    if (!(e instanceof UsageError)) throw e;
    console.error(`${e.message}\n\nRun \`npm run vendor -- --help\` for the commands.`);
    return 2;
  }
  if (cmd.kind === "help") {
    console.log(HELP);
    return 0;
  }
  let creds: VendorCredentials;
  try {
    creds = await loadCredentials(cmd.creds);
  } catch (e) {
    console.error(`Cannot load the client's key: ${(e as Error).message}`);
    return 2;
  }
  if (cmd.kind === "grant") {
    await printGrant(cmd, creds);
    return 0;
  }
  // one CLI run is one flow of the portal's sequence view: every request carries its id
  const flowId = randomUUID();
  const { flow, summary } = await runInFlow({ flowId, self: "vendor" }, () => run(cmd, creds));
  const sequence = `${creds.baseUrl}/simulator/sequence?flow=${flowId}`;
  if (cmd.json) {
    console.log(JSON.stringify({ ok: flow.ok, steps: flow.steps, value: flow.value, flowId, sequence }, null, 2));
  } else {
    console.log(formatSteps(flow.steps));
    console.log("");
    if (flow.ok) console.log(summary.join("\n"));
    console.log(`Sequence view of this run: ${sequence}`);
  }
  if (!flow.ok) {
    const last = flow.steps.at(-1);
    const why = last?.note ?? (last?.response ? JSON.stringify(last.response.body) : "no response");
    console.error(`FAILED at "${last?.title ?? "start"}" (${last?.response?.status ?? "no response"}): ${why}`);
    return 1;
  }
  return 0;
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (e) => {
    console.error(e);
    process.exit(1);
  },
);
