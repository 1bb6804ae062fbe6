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

export const RESULTS_DIR = process.env.E2E_RESULTS || "test-results";
