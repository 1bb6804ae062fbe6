// The environment of the portal under test (shared by the test server, Playwright and the test helpers).
export const TEST_ENV = {
  PORT: "3100",
  PUBLIC_BASE_URL: "http://localhost:3100",
  DATABASE_URL: "file:./prisma/e2e.db",
  AUTH_SECRET: "e2e-only-secret-not-for-real-use-0123456789",
  NEXT_TELEMETRY_DISABLED: "1",
} as const;
