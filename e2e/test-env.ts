// The environment of the portal under test (shared by the test server, Playwright and the test helpers).
// E2E_PORT, E2E_DB, NEXT_DIST_DIR and E2E_RESULTS let several test runs share one checkout.
const port = process.env.E2E_PORT || "3100";

export const TEST_ENV = {
  PORT: port,
  PUBLIC_BASE_URL: `http://localhost:${port}`,
  DATABASE_URL: process.env.E2E_DB || "file:./prisma/e2e.db",
  AUTH_SECRET: "e2e-only-secret-not-for-real-use-0123456789",
  NEXT_TELEMETRY_DISABLED: "1",
} as const;

/**
 * A second portal on the same database (E2E_INSTANCES=2, PostgreSQL runs): the `multi` project sends each
 * step to a different instance. Both answer for the same public origin (PUBLIC_BASE_URL), as instances
 * behind one front do: the issuer, `aud` and `confirmUrl`s are the same whichever instance serves.
 */
export const INSTANCE_B_PORT = process.env.E2E_PORT_B || String(Number(port) + 1);
export const INSTANCE_B = process.env.E2E_INSTANCES === "2" ? `http://localhost:${INSTANCE_B_PORT}` : undefined;

/** The port of the durability test's own server (it kills and restarts it). */
export const KILL_PORT = process.env.E2E_PORT_KILL || String(Number(port) + 2);

// The control API's server (E2E_CONTROL_PORT, default E2E_PORT + 3): the control API's tests and the test
// kit's example suite reset it, move its clock and arm faults, so they get a portal and a database of
// their own (a SQLite file beside the run's, or a sibling PostgreSQL database) and never disturb the api
// and browser projects' workers.
const controlPort = process.env.E2E_CONTROL_PORT || String(Number(port) + 3);
export const CONTROL_ENV = {
  ...TEST_ENV,
  PORT: controlPort,
  PUBLIC_BASE_URL: `http://localhost:${controlPort}`,
  DATABASE_URL: TEST_ENV.DATABASE_URL.startsWith("file:") ? TEST_ENV.DATABASE_URL.replace(/(\.db)?$/, "-control.db") : `${TEST_ENV.DATABASE_URL}_control`,
  // A small table of recorded exchanges, so e2e/control/exchanges.spec.ts can prove the bound (lib/exchanges/recorder.ts)
  SIMULATOR_EXCHANGES_LIMIT: "200",
} as const;

export const RESULTS_DIR = process.env.E2E_RESULTS || "test-results";
