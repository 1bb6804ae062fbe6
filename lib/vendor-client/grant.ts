// The JWT grant a vendor signs to get a Maskinporten token (reference §6; RFC 7523 §2.1 and §3).
// Claims: aud = the issuer identifier, iss = the client id, iat/exp (at most 120 s apart; 60 s here),
// a single-use jti, the scopes, and for a system user one authorization_details object naming the
// system user's owner org (for an agent system user: the facilitator, never the client).
import { SignJWT } from "jose";
import { randomUUID } from "node:crypto";
import type { VendorCredentials } from "./types";

export const GRANT_LIFETIME_SECONDS = 60;

export interface SystemUserSelector {
  /** Owner of the system user: the customer (standard) or the facilitator (agent). */
  orgNo: string;
  /** Left out when the system user was created without one (it then defaults to the org number). */
  externalRef?: string;
}

export interface GrantInput {
  issuer: string;
  clientId: string;
  scopes: string[];
  systemUser?: SystemUserSelector;
  now?: Date;
  jti?: string;
}

export interface SystemUserAuthorizationDetail {
  type: "urn:altinn:systemuser";
  systemuser_org: { authority: "iso6523-actorid-upis"; ID: string };
  externalRef?: string;
}

export interface GrantClaims {
  aud: string;
  iss: string;
  iat: number;
  exp: number;
  jti: string;
  scope: string;
  authorization_details?: SystemUserAuthorizationDetail[];
}

export function buildGrantClaims(input: GrantInput): GrantClaims {
  const iat = Math.floor((input.now ?? new Date()).getTime() / 1000);
  const claims: GrantClaims = {
    aud: input.issuer,
    iss: input.clientId,
    iat,
    exp: iat + GRANT_LIFETIME_SECONDS,
    jti: input.jti ?? randomUUID(),
    scope: input.scopes.join(" "),
  };
  if (input.systemUser) {
    claims.authorization_details = [
      {
        type: "urn:altinn:systemuser",
        systemuser_org: { authority: "iso6523-actorid-upis", ID: `0192:${input.systemUser.orgNo}` },
        ...(input.systemUser.externalRef ? { externalRef: input.systemUser.externalRef } : {}),
      },
    ];
  }
  return claims;
}

/** Signs the grant with the client's private key; the header's kid tells Maskinporten which key to use. */
export async function signGrant(creds: VendorCredentials, claims: GrantClaims): Promise<string> {
  return new SignJWT({ ...claims })
    .setProtectedHeader({ alg: creds.alg, kid: creds.kid, typ: "JWT" })
    .sign(creds.privateKey);
}
