// `npm run keys:rotate`: rotates the Maskinporten simulator's token-signing key in the database that
// DATABASE_URL names. The old key stays in the JWKS until every token it signed has expired, so APIs
// that cached the JWKS keep validating. Running portals sign with the new key at once on PostgreSQL (the
// rotation's NOTIFY, lib/key-changes.ts), within a second on SQLite.
import { db } from "../db";
import { publishedKeys, rotateSigningKey } from "./signing-keys";

try {
  const kid = await rotateSigningKey();
  const published = (await publishedKeys()).map((k) => k.kid);
  console.log(`New signing key: ${kid}. Published in the JWKS: ${published.join(", ")}.`);
} finally {
  await db.$disconnect();
}
process.exit(0); // the key-change listener's connection (PostgreSQL) would keep the process alive
