// `npm run vendor -- <command>`: the vendor's machine client on the command line (see Cli.help in
// lib/i18n/messages; the human text in Norwegian bokmål or English, lib/vendor-client/cli-i18n.ts).
import { randomUUID } from "node:crypto";
import { setTimeout as sleep } from "node:timers/promises";
import { runInFlow } from "../exchanges/flow";
import { parseCommand, UsageError, type Command } from "./cli-args";
import { cliLocale, cliTexts, type CliTexts } from "./cli-i18n";
import { formatSteps, machineSteps } from "./cli-print";
import { loadCredentials } from "./credentials";
import { buildGrantClaims, signGrant } from "./grant";
import { issuerFor } from "./maskinporten";
import { callFlow, changeRequestFlow, exchangeFlow, requestFlow, statusFlow, tokenFlow, type Flow } from "./flows";
import { VENDOR_SCOPES } from "./requests";
import { KRAV_OG_BETALINGER_SCOPE } from "./skatteetaten";
import type { StepRecord, VendorCredentials } from "./types";

const POLL_INTERVAL_MS = 3_000;

async function run(cmd: Exclude<Command, { kind: "help" | "grant" }>, creds: VendorCredentials, t: CliTexts): Promise<{ flow: Flow<unknown>; summary: string[] }> {
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
      return { flow, summary: v ? [t.cli("claims", { count: v.krav.length, org: v.organisasjonsnummer, sum: v.sumGjenstaaende, currency: v.valuta })] : [] };
    }
    case "request": {
      const flow = await requestFlow(creds, cmd.request);
      const v = flow.value;
      const asked = t.cli(cmd.request.agent ? "askedAgent" : "asked", { system: cmd.request.systemId, party: cmd.request.partyOrgNo });
      return { flow, summary: v ? [asked, t.cli("requestIs", { id: v.id, status: v.status }), t.cli("sendCustomer", { url: v.confirmUrl ?? t.cli("noConfirmUrl") })] : [] };
    }
    case "status": {
      const deadline = Date.now() + (cmd.waitSeconds ?? 0) * 1000;
      const steps: StepRecord[] = [];
      for (;;) {
        const flow = await statusFlow(creds, cmd.requestId, cmd.agent);
        steps.push(...flow.steps);
        const status = flow.value?.status;
        if (!flow.ok || status !== "New" || Date.now() + POLL_INTERVAL_MS > deadline) {
          return { flow: { ...flow, steps }, summary: status ? [t.cli("requestStatus", { id: cmd.requestId, status })] : [] };
        }
        await sleep(POLL_INTERVAL_MS);
      }
    }
    case "changerequest": {
      const flow = await changeRequestFlow(creds, cmd.change);
      const v = flow.value;
      const link = v?.confirmUrl ? [t.cli("sendCustomer", { url: v.confirmUrl })] : [];
      return { flow, summary: v ? [t.cli("changeIs", { id: v.id, status: v.status }), ...("create" in cmd.change ? link : [])] : [] };
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
  const t = cliTexts(cliLocale(argv, process.env));
  let cmd: Command;
  try {
    cmd = parseCommand(argv, process.env);
  } catch (e) {
    if (!(e instanceof UsageError)) throw e;
    console.error(`${t.cli(`usage.${e.key}`, e.values)}\n\n${t.cli("seeHelp")}`);
    return 2;
  }
  if (cmd.kind === "help") {
    console.log(t.help());
    return 0;
  }
  let creds: VendorCredentials;
  try {
    creds = await loadCredentials(cmd.creds);
  } catch (e) {
    console.error(t.cli("cannotLoadKey", { detail: (e as Error).message }));
    return 2;
  }
  if (cmd.kind === "grant") {
    await printGrant(cmd, creds);
    return 0;
  }
  // one CLI run is one flow of the portal's sequence view: every request carries its id
  const flowId = randomUUID();
  const { flow, summary } = await runInFlow({ flowId, self: "vendor" }, () => run(cmd, creds, t));
  const sequence = `${creds.baseUrl}/simulator/sequence?flow=${flowId}`;
  if (cmd.json) {
    console.log(JSON.stringify({ ok: flow.ok, steps: machineSteps(flow.steps), value: flow.value, flowId, sequence }, null, 2));
  } else {
    console.log(formatSteps(flow.steps, t));
    console.log("");
    if (flow.ok) console.log(summary.join("\n"));
    console.log(t.cli("sequence", { url: sequence }));
  }
  if (!flow.ok) {
    const last = flow.steps.at(-1);
    const note = last?.i18n?.note ? t.step(last.i18n.note) : last?.note;
    const why = note ?? (last?.response ? JSON.stringify(last.response.body) : t.cli("noResponse"));
    const title = last ? (last.i18n ? t.step(last.i18n.title) : last.title) : t.cli("start");
    console.error(t.cli("failed", { title, status: last?.response?.status ?? t.cli("noResponse"), why }));
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
