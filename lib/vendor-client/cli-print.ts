// Plain-text rendering of recorded steps for the terminal: method, URL, status, decoded JWTs, JSON bodies.
import type { StepRecord } from "./types";

const indent = (text: string, by = "    ") => text.split("\n").map((l) => by + l).join("\n");
const pretty = (v: unknown) => (typeof v === "string" ? v : JSON.stringify(v, null, 2));

export function formatStep(step: StepRecord, n: number): string {
  const lines: string[] = [];
  lines.push(`── ${n}. ${step.title} ${"─".repeat(Math.max(3, 60 - step.title.length))}`);
  lines.push(`→ ${step.request.method} ${step.request.url}`);
  for (const [k, v] of Object.entries(step.request.headers)) lines.push(indent(`${k}: ${v}`));
  if (step.request.body !== undefined) lines.push(indent(pretty(step.request.body)));
  for (const jwt of step.jwts) {
    lines.push(`  ${jwt.label}, decoded:`);
    lines.push(indent(`header:  ${JSON.stringify(jwt.header)}`));
    lines.push(indent(`payload: ${pretty(jwt.payload)}`));
  }
  if (step.response) {
    lines.push(`← ${step.response.status} ${step.response.statusText}`);
    for (const [k, v] of Object.entries(step.response.headers)) lines.push(indent(`${k}: ${v}`));
    if (step.response.body !== "") lines.push(indent(pretty(step.response.body)));
  }
  if (step.note) lines.push(`  ${step.ok ? "Note" : "Failed"}: ${step.note}`);
  return lines.join("\n");
}

export function formatSteps(steps: StepRecord[], startAt = 1): string {
  return steps.map((s, i) => formatStep(s, startAt + i)).join("\n\n");
}

export const HELP = `Usage: npm run vendor -- <command> [options]

The vendor's machine against the simulator: signs Maskinporten grants, gets tokens, calls the APIs,
and prints every request and response (Authorization abbreviated, JWTs decoded).

Commands
  token                      Get a Maskinporten token.
      --agent                  sign as SmartCloud's client system (its own demo client), for an
                               agent system user
      --systemuser-org <org>   ...for the system user owned by this org (standard: the customer;
                               agent: the facilitator). Without it: an ordinary vendor token.
      --external-ref <ref>     the system user's externalRef (default on the server: the org number)
      --scope <scope>          repeatable or space-separated (default: skatteetaten:kravogbetalinger
                               with --systemuser-org, else the three Altinn vendor scopes)
  grant                      Print a freshly signed JWT grant (valid 60 s) and nothing else, for tools
                             that cannot sign one (the request collections in e2e/http); same options
                             as token. POST it to /maskinporten/token as assertion=<grant>.
  exchange                   Get a Maskinporten token (same options as token), then exchange it for an
                             Altinn token at /authentication/api/v1/exchange/maskinporten.
  call                       System-user token, then Skatteetaten's Krav og betalinger API.
      --systemuser-org <org>   owner of the system user (required; agent: the accounting firm)
      --party <org>            whose claims to read (default: the owner; agent: one of the clients)
      --agent                  sign as SmartCloud's client system, whose agent system user is called
      --external-ref <ref>
  request                    Create a system-user request; prints the confirmUrl for the customer.
      --system <id>            default 991825827_smartcloud (with --agent: 991825827_smartcloud_klient)
      --party <org>            the customer, default 310904473 (with --agent: the facilitator,
                               default 314250052)
      --external-ref <ref>  --redirect-url <url>  --integration-title <text>
      --right <resource>[:<action>]   repeatable; with neither --right nor --access-package the
      --access-package <name|urn>     request asks for everything the system offers
      --agent                  an agent request (access packages only)
  changerequest              Ask the owner of a standard system user to change its rights; prints the confirmUrl.
      --system-user <id>       the system user to change (its id)
      --right <resource[:action]>, --access-package <name|urn>            what to add (repeatable)
      --remove-right <resource[:action]>, --remove-access-package <name|urn>  what to remove (repeatable)
      --correlation-id <uuid>  the change request's id (a new one when not given); --redirect-url <url>
  changerequest <id>         Read a change request's status.
  status <requestId>         Read a request's status (standard, else agent).
      --agent                  look for an agent request only
      --wait <seconds>         poll every 3 s until it leaves New (or the time is up)

Options for every command
  --base-url <url>   the portal (default: $VENDOR_BASE_URL, $PUBLIC_BASE_URL, http://localhost:3000)
  --client-id <id>   Maskinporten client id (default: SmartCloud's demo client)
  --key <file>       private key, JWK JSON or PKCS#8 PEM (default: the committed SmartCloud demo key)
  --kid <kid>        the key's kid as registered on the client (default: the JWK's kid)
  --alg <alg>        RS256 (default), RS384 or RS512
  --json             print the recorded steps as JSON
  -h, --help

Exit status: 0 on success, 1 when a step failed (its response is printed), 2 on a usage error.

Examples
  npm run vendor -- token
  npm run vendor -- request                         (SmartCloud asks TILFELDIG SUBTIL APE)
  npm run vendor -- exchange --scope altinn:authentication/systemregister.write
  npm run vendor -- status 3f1c... --wait 300
  npm run vendor -- call --systemuser-org 310904473
  npm run vendor -- request --agent                 (SmartCloud Klient asks the accounting firm 314250052)
  npm run vendor -- call --agent --systemuser-org 314250052 --party 310609544   (a client of the firm)
`;
