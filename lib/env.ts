// The portal's configuration, read once from the environment (see .env.example).

export const env = {
  databaseUrl: process.env.DATABASE_URL || "file:./prisma/dev.db",
  /** The public origin: every URL the portal issues (confirmUrl, Location, issuer) starts with it. */
  baseUrl: (process.env.PUBLIC_BASE_URL || "http://localhost:3000").replace(/\/+$/, ""),
};

/** The Maskinporten simulator's issuer identifier: the `aud` of grants and the `iss` of its tokens. */
export function maskinportenIssuer(): string {
  return `${env.baseUrl}/maskinporten/`;
}

export function isPostgres(url = env.databaseUrl): boolean {
  return /^postgres(ql)?:\/\//.test(url);
}
