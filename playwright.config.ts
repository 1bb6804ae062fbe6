import { defineConfig } from "@playwright/test";
import { CHROMIUM_ARGS, chromiumPath } from "./e2e/chromium";
import { CONTROL_ENV, RESULTS_DIR, TEST_ENV } from "./e2e/test-env";

export default defineConfig({
  testDir: "e2e",
  fullyParallel: false,
  workers: 2,
  retries: 0,
  forbidOnly: Boolean(process.env.CI),
  timeout: 60_000,
  outputDir: `${RESULTS_DIR}/artifacts`,
  reporter: [["list"], ["json", { outputFile: `${RESULTS_DIR}/playwright.json` }]],
  use: {
    baseURL: TEST_ENV.PUBLIC_BASE_URL,
    launchOptions: { executablePath: chromiumPath(), args: CHROMIUM_ARGS },
    trace: "retain-on-failure",
  },
  projects: [
    // HTTP integration tests against the real server: no browser is launched.
    { name: "api", testMatch: "api/**/*.spec.ts" },
    { name: "browser", testMatch: "browser/**/*.spec.ts", use: { viewport: { width: 1280, height: 900 } } },
    // The control API's tests and the test kit's example suite: they reset the data, move the clock and
    // arm faults, so they run one at a time against a server and database of their own.
    {
      name: "control",
      testMatch: ["control/**/*.spec.ts", "kit-example/**/*.spec.ts"],
      workers: 1,
      use: { baseURL: CONTROL_ENV.PUBLIC_BASE_URL, viewport: { width: 1280, height: 900 } },
    },
  ],
  webServer: [
    {
      command: "npx tsx e2e/test-server.ts",
      url: `${TEST_ENV.PUBLIC_BASE_URL}/api/health`,
      reuseExistingServer: false,
      timeout: 120_000,
      stdout: "ignore",
      stderr: "pipe",
    },
    {
      command: "npx tsx e2e/test-server.ts",
      env: { E2E_SERVER: "control" },
      url: `${CONTROL_ENV.PUBLIC_BASE_URL}/api/health`,
      reuseExistingServer: false,
      timeout: 120_000,
      stdout: "ignore",
      stderr: "pipe",
    },
  ],
});
