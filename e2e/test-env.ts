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

/** The control API's own database beside the run's: a SQLite file next to it, or a sibling PostgreSQL database. */
function controlDatabase(url: string): string {
  if (/^postgres(ql)?:\/\//.test(url)) {
    const u = new URL(url);
    u.pathname = `${u.pathname}_control`;
    return u.toString();
  }
  return url.replace(/(\.db)?$/, "-control.db");
}

// The second server of a run (E2E_CONTROL_PORT, default E2E_PORT + 1): the control API's tests and the test
// kit's example suite reset it, move its clock and arm faults, so they get a portal and database of their
// own and never disturb the api and browser projects' workers.
const controlPort = process.env.E2E_CONTROL_PORT || String(Number(port) + 1);
export const CONTROL_ENV = {
  ...TEST_ENV,
  PORT: controlPort,
  PUBLIC_BASE_URL: `http://localhost:${controlPort}`,
  DATABASE_URL: controlDatabase(TEST_ENV.DATABASE_URL),
} as const;

export const RESULTS_DIR = process.env.E2E_RESULTS || "test-results";
