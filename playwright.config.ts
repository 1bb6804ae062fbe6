import { defineConfig } from "@playwright/test";
import { CHROMIUM_ARGS, chromiumPath } from "./e2e/chromium";
import { RESULTS_DIR, TEST_ENV } from "./e2e/test-env";

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
    // English pages for the browser specs (Playwright sends Accept-Language from `locale`); the Norwegian
    // pages are tested explicitly (e2e/browser/language.spec.ts, a11y.spec.ts).
    { name: "browser", testMatch: "browser/**/*.spec.ts", use: { viewport: { width: 1280, height: 900 }, locale: "en-GB" } },
  ],
  webServer: {
    command: "npx tsx e2e/test-server.ts",
    url: `${TEST_ENV.PUBLIC_BASE_URL}/api/health`,
    reuseExistingServer: false,
    timeout: 120_000,
    stdout: "ignore",
    stderr: "pipe",
  },
});
