// The portal's configuration, read once from the environment (see .env.example).

export const env = {
  databaseUrl: process.env.DATABASE_URL || "file:./prisma/dev.db",
  /** The public origin: every URL the portal issues (confirmUrl, Location, issuer) starts with it. */
  baseUrl: (process.env.PUBLIC_BASE_URL || "http://localhost:3000").replace(/\/+$/, ""),
  /** The simulator's test features (e.g. /simulator/api/token/person): on unless SIMULATOR_TEST_FEATURES=off. */
  testFeatures: !/^(off|false|0|no)$/i.test(process.env.SIMULATOR_TEST_FEATURES ?? ""),
};

/** The Maskinporten simulator's issuer identifier: the `aud` of grants and the `iss` of its tokens. */
export function maskinportenIssuer(): string {
  return `${env.baseUrl}/maskinporten/`;
}

/** The issuer of the Altinn tokens the portal signs (platform's AltinnOidcIssuerUrl). */
export function altinnIssuer(): string {
  return `${env.baseUrl}/authentication/api/v1/openid/`;
}

export function isPostgres(url = env.databaseUrl): boolean {
  return /^postgres(ql)?:\/\//.test(url);
}
