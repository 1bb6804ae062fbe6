// POST <issuer>/token: the JWT-bearer grant (RFC 7523 §2.1) of the Maskinporten simulator. The grant
// runs through small checks (grant-checks.ts) in the order a real server would: form, header, client,
// key, signature, claims, single use, scopes, system user. A refusal issues nothing and is audited.
import { decodeJwt, decodeProtectedHeader } from "jose";
import { commitTogether, type AuditRow, type JtiSpend } from "../group-commit";
import { maskinportenIssuer } from "../env";
import { BodyTooLarge, readBodyText } from "../body";
import { OAuthError } from "./oauth-error";
import { issueAccessToken } from "./access-token";
import { ACCESS_TOKEN_LIFETIME_SECONDS, GRANT_TYPE_JWT_BEARER } from "./constants";
import { checkScopesAllowed, claimJti, loadClientAndKey, replayedJti, verifySignature } from "./client-checks";
import * as check from "./grant-checks";
import { lookupSystemUserForToken } from "./systemuser-lookup";
import { WindowLimiter } from "../rate-limit";
import { processGlobal } from "../process-global";
import { mp303Fault, tokenEndpointFault } from "../simulator/fault-answers";
import { now as clockNow } from "../clock";

/** The raw HTTP request: its Content-Type header and body text. */
export interface TokenHttpRequest {
  contentType: string | null;
  body: string;
}

interface TokenRequestInput {
  grantType: string | null;
  assertion: string | null;
}

/** A grant is a few kB: a larger body is refused (413) before it is read in full. */
const MAX_BODY_BYTES = 64 * 1024;

/** The HTTP request's Content-Type and body, read with the byte limit. */
export async function readTokenRequest(req: Request): Promise<TokenHttpRequest> {
  try {
    return { contentType: req.headers.get("content-type"), body: await readBodyText(req, MAX_BODY_BYTES) };
  } catch (e) {
    if (e instanceof BodyTooLarge) throw new OAuthError("invalid_request", `The request body is larger than ${MAX_BODY_BYTES} bytes.`, 413);
    throw e;
  }
}

/** RFC 6749 §3.2 / §4.1.3: form-encoded parameters, each at most once. */
function readForm(req: TokenHttpRequest): TokenRequestInput {
  if (!(req.contentType ?? "").toLowerCase().startsWith("application/x-www-form-urlencoded")) {
    throw new OAuthError("invalid_request", "Send the token request as application/x-www-form-urlencoded.");
  }
  const form = new URLSearchParams(req.body);
  for (const name of ["grant_type", "assertion"]) {
    if (form.getAll(name).length > 1) throw new OAuthError("invalid_request", `${name} is repeated.`);
  }
  return { grantType: form.get("grant_type"), assertion: form.get("assertion") };
}

export interface TokenResponseBody {
  access_token: string;
  token_type: "Bearer";
  expires_in: number;
  scope: string;
}

interface Granted {
  clientId: string;
  body: TokenResponseBody;
  systemUserId: string | null;
}

/**
 * Refusals are audited at most 30 a minute per client, and 30 a minute in all for grants whose signature
 * did not hold (a stranger must not be able to fill the audit log).
 */
const refusalAudits = processGlobal("token-refusal-audits", () => new WindowLimiter(30, 60_000));

/**
 * Runs the grant, then spends its jti (once the grant got that far) and audits the outcome, token.issued or
 * token.refused (refusals within the rate), in one group commit (lib/group-commit.ts) that the answer waits
 * for. A jti the commit finds spent already (a replay after a restart, or on another instance) refuses the
 * grant as a replay. An OAuthError is rethrown for the route to answer.
 */
export async function requestToken(req: TokenHttpRequest, now = clockNow()): Promise<TokenResponseBody> {
  const seen: Seen = {};
  let granted: Granted | undefined;
  let refusal: unknown;
  await tokenEndpointFault();
  try {
    granted = await grant(readForm(req), now, seen);
  } catch (e) {
    refusal = e;
  }
  if (!granted && !seen.jti && !(refusal instanceof OAuthError)) throw refusal; // a fault: nothing to write
  const refused = (e: OAuthError): AuditRow[] => {
    // A refusal is attributed to a client only once the grant's signature held (seen.clientId).
    if (!refusalAudits.allow(seen.clientId ?? "")) return [];
    const actor = seen.clientId ? (`client:${seen.clientId}` as const) : "system";
    return [{ actor, action: "token.refused", subject: seen.clientId ?? "", details: { error: e.error, reason: e.description.slice(0, 1000) } }];
  };
  const spent = await commitTogether(seen.jti, (spent) => {
    if (!spent) return refused(replayedJti(seen.jti!.jti));
    if (granted) return [{ actor: `client:${granted.clientId}`, action: "token.issued", subject: granted.systemUserId ?? granted.clientId, details: { scope: granted.body.scope, systemUserId: granted.systemUserId } }];
    return refusal instanceof OAuthError ? refused(refusal) : [];
  });
  if (!spent) throw replayedJti(seen.jti!.jti);
  if (!granted) throw refusal;
  return granted.body;
}

/** What the grant has established so far: the client once its signature held, the jti once spent. */
interface Seen {
  clientId?: string;
  jti?: JtiSpend;
}

function decode(assertion: string): { header: check.GrantHeader; claims: check.GrantClaims } {
  try {
    if (assertion.split(".").length !== 3) throw new Error("not a compact JWS");
    return { header: decodeProtectedHeader(assertion) as check.GrantHeader, claims: decodeJwt(assertion) as check.GrantClaims };
  } catch {
    throw new OAuthError("invalid_request", "assertion is not a well-formed JWT (compact JWS: header.payload.signature, base64url JSON).");
  }
}

async function grant(input: TokenRequestInput, now: Date, seen: Seen): Promise<Granted> {
  if (!input.grantType) throw new OAuthError("invalid_request", `grant_type is missing: use ${GRANT_TYPE_JWT_BEARER}.`);
  if (input.grantType !== GRANT_TYPE_JWT_BEARER) {
    throw new OAuthError("unsupported_grant_type", `Only grant_type ${GRANT_TYPE_JWT_BEARER} is supported.`);
  }
  if (!input.assertion) throw new OAuthError("invalid_request", "assertion is missing: send the signed JWT grant.");
  const { header, claims } = decode(input.assertion);

  const alg = check.checkAlg(header);
  const kid = check.checkKeyReference(header);
  const clientId = check.checkIssuer(claims);
  const { client, key } = await loadClientAndKey(clientId, kid);
  await verifySignature(input.assertion, client ? key : null, kid, alg, now);
  seen.clientId = clientId;
  if (!client) throw new Error("unreachable: a verified signature implies a registered client");

  check.checkAudience(claims, maskinportenIssuer());
  check.checkKnownClaims(claims);
  const iat = check.checkIssuedAt(claims, now);
  const exp = check.checkExpiry(claims, iat, now);
  check.checkNotBefore(claims, now);
  // The jti is spent once the grant is authenticated (signature, aud and time valid), even if a later
  // check refuses it: a captured grant can never be replayed, and a client fixes a refusal with a new grant.
  // Claimed here (a replay this process has seen is refused at once), committed by requestToken.
  seen.jti = claimJti(clientId, check.checkJti(claims), exp, now);

  const scopes = check.parseScopes(claims);
  await checkScopesAllowed(scopes, clientId, client.orgNo, client.scopes);
  const audience = check.parseResource(claims);
  const authorization = check.parseAuthorizationDetails(claims);

  let systemUser: { id: string; ownerOrgNo: string; systemId: string; externalRef?: string } | undefined;
  if (authorization) {
    const su = await lookupSystemUserForToken({
      clientId,
      systemProviderOrgNo: client.orgNo,
      systemUserOwnerOrgNo: authorization.ownerOrgNo,
      externalRef: authorization.externalRef,
    });
    if (!su || (await mp303Fault())) throw noSystemUser(clientId, authorization.ownerOrgNo, authorization.externalRef);
    systemUser = { id: su.id, ownerOrgNo: su.reporteeOrgNo, systemId: su.systemId, ...(authorization.externalRef ? { externalRef: su.externalRef } : {}) };
  }

  const issued = await issueAccessToken({ clientId, consumerOrgNo: client.orgNo, scopes, systemUser, audience, now });
  return {
    clientId,
    systemUserId: systemUser?.id ?? null,
    body: { access_token: issued.accessToken, token_type: "Bearer", expires_in: ACCESS_TOKEN_LIFETIME_SECONDS, scope: issued.claims.scope },
  };
}

function noSystemUser(clientId: string, ownerOrgNo: string, externalRef?: string): OAuthError {
  return new OAuthError(
    "invalid_altinn_customer_configuration",
    `MP-303: No system user found in Altinn for client ${clientId}, systemuser_org 0192:${ownerOrgNo} and externalRef ` +
      `${check.quote(externalRef ?? ownerOrgNo)}${externalRef ? "" : " (the default: the organisation number)"}. Likely causes: ` +
      "the client id is not on the system in the System Register; the system user was created with another externalRef " +
      "(or none); the system user is deleted or not yet approved; for an agent system user, a client's organisation " +
      "was named instead of the facilitator's.",
  );
}
