// POST <issuer>/token: the JWT-bearer grant (RFC 7523 §2.1) of the Maskinporten simulator. The grant
// runs through small checks (grant-checks.ts) in the order a real server would: form, header, client,
// key, signature, claims, single use, scopes, system user. A refusal issues nothing and is audited.
import { decodeJwt, decodeProtectedHeader } from "jose";
import { audit } from "../audit";
import { db } from "../db";
import { maskinportenIssuer } from "../env";
import { OAuthError } from "./oauth-error";
import { issueAccessToken } from "./access-token";
import { ACCESS_TOKEN_LIFETIME_SECONDS, GRANT_TYPE_JWT_BEARER } from "./constants";
import { checkScopesAllowed, spendJti, verifySignature } from "./client-checks";
import * as check from "./grant-checks";
import { findSystemUserForClient } from "./systemuser-lookup";

/** The raw HTTP request: its Content-Type header and body text. */
export interface TokenHttpRequest {
  contentType: string | null;
  body: string;
}

interface TokenRequestInput {
  grantType: string | null;
  assertion: string | null;
}

const MAX_BODY_CHARS = 64 * 1024;

/** RFC 6749 §3.2 / §4.1.3: form-encoded parameters, each at most once. */
function readForm(req: TokenHttpRequest): TokenRequestInput {
  if (!(req.contentType ?? "").toLowerCase().startsWith("application/x-www-form-urlencoded")) {
    throw new OAuthError("invalid_request", "Send the token request as application/x-www-form-urlencoded.");
  }
  // A grant is a few kB; a larger body is refused before any parsing work.
  if (req.body.length > MAX_BODY_CHARS) throw new OAuthError("invalid_request", "The request body is too large.");
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

/** Runs the grant; every OAuthError is audited as token.refused and rethrown for the route to answer. */
export async function requestToken(req: TokenHttpRequest, now = new Date()): Promise<TokenResponseBody> {
  const seen: { clientId?: string } = {};
  try {
    const g = await grant(readForm(req), now, seen);
    await audit(`client:${g.clientId}`, "token.issued", g.systemUserId ?? g.clientId, { scope: g.body.scope, systemUserId: g.systemUserId });
    return g.body;
  } catch (e) {
    if (e instanceof OAuthError) {
      const actor = seen.clientId ? (`client:${seen.clientId}` as const) : "system";
      await audit(actor, "token.refused", seen.clientId ?? "", { error: e.error, reason: e.description });
    }
    throw e;
  }
}

function decode(assertion: string): { header: check.GrantHeader; claims: check.GrantClaims } {
  try {
    if (assertion.split(".").length !== 3) throw new Error("not a compact JWS");
    return { header: decodeProtectedHeader(assertion) as check.GrantHeader, claims: decodeJwt(assertion) as check.GrantClaims };
  } catch {
    throw new OAuthError("invalid_request", "assertion is not a well-formed JWT (compact JWS: header.payload.signature, base64url JSON).");
  }
}

async function grant(input: TokenRequestInput, now: Date, seen: { clientId?: string }): Promise<Granted> {
  if (!input.grantType) throw new OAuthError("invalid_request", `grant_type is missing: use ${GRANT_TYPE_JWT_BEARER}.`);
  if (input.grantType !== GRANT_TYPE_JWT_BEARER) {
    throw new OAuthError("unsupported_grant_type", `Only grant_type ${GRANT_TYPE_JWT_BEARER} is supported.`);
  }
  if (!input.assertion) throw new OAuthError("invalid_request", "assertion is missing: send the signed JWT grant.");
  const { header, claims } = decode(input.assertion);

  const alg = check.checkAlg(header);
  const kid = check.checkKeyReference(header);
  const clientId = check.checkIssuer(claims);
  const client = await db.maskinportenClient.findUnique({ where: { clientId } });
  if (!client) throw new OAuthError("invalid_client", `Unknown client: iss ${JSON.stringify(clientId)} is not a registered client id.`);
  seen.clientId = clientId;

  await verifySignature(input.assertion, clientId, kid, alg, now);
  check.checkAudience(claims, maskinportenIssuer());
  check.checkKnownClaims(claims);
  const iat = check.checkIssuedAt(claims, now);
  const exp = check.checkExpiry(claims, iat, now);
  // The jti is spent once the grant is authenticated (signature, aud and time valid), even if a later
  // check refuses it: a captured grant can never be replayed, and a client fixes a refusal with a new grant.
  await spendJti(clientId, check.checkJti(claims), exp, now);

  const scopes = check.parseScopes(claims);
  await checkScopesAllowed(scopes, clientId, client.orgNo, client.scopes);
  const authorization = check.parseAuthorizationDetails(claims);

  let systemUser: { id: string; ownerOrgNo: string; systemId: string; externalRef?: string } | undefined;
  if (authorization) {
    const su = await findSystemUserForClient({
      clientId,
      systemProviderOrgNo: client.orgNo,
      systemUserOwnerOrgNo: authorization.ownerOrgNo,
      externalRef: authorization.externalRef,
    });
    if (!su) throw noSystemUser(clientId, authorization.ownerOrgNo, authorization.externalRef);
    systemUser = { id: su.id, ownerOrgNo: su.reporteeOrgNo, systemId: su.systemId, ...(authorization.externalRef ? { externalRef: su.externalRef } : {}) };
  }

  const issued = await issueAccessToken({ clientId, consumerOrgNo: client.orgNo, scopes, systemUser, now });
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
      `${JSON.stringify(externalRef ?? ownerOrgNo)}${externalRef ? "" : " (the default: the organisation number)"}. Likely causes: ` +
      "the client id is not on the system in the System Register; the system user was created with another externalRef " +
      "(or none); the system user is deleted or not yet approved; for an agent system user, a client's organisation " +
      "was named instead of the facilitator's.",
  );
}
