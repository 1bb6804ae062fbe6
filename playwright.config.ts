import { defineConfig } from "@playwright/test";
import { CHROMIUM_ARGS, chromiumPath } from "./e2e/chromium";
import { CONTROL_ENV, INSTANCE_B, RESULTS_DIR, TEST_ENV } from "./e2e/test-env";

const server = (args: string, url: string, env: Record<string, string> = {}) => ({
  command: `npx tsx e2e/test-server.ts${args}`,
  url: `${url}/api/health`,
  env,
  reuseExistingServer: false,
  timeout: 120_000,
  stdout: "ignore" as const,
  stderr: "pipe" as const,
});

export default defineConfig({
  testDir: "e2e",
  fullyParallel: false,
  workers: 2,
  retries: 0,
  forbidOnly: Boolean(process.env.CI),
  // Generous on purpose: CI runs on 2 cores with two workers, a server and a browser; a navigation that
  // takes 5 s there is slow, not wrong. A failing assertion still fails, only later.
  timeout: 120_000,
  expect: { timeout: 15_000 },
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
    // Kills a portal of its own with SIGKILL under a write load and checks every acknowledged write.
    { name: "durability", testMatch: "durability/**/*.spec.ts", timeout: 300_000 },
    // Two instances on one PostgreSQL database (E2E_INSTANCES=2): each step goes to a different one.
    ...(INSTANCE_B ? [{ name: "multi", testMatch: "multi/**/*.spec.ts", timeout: 180_000 }] : []),
    // The control API's tests and the test kit's example suite: they reset the data, move the clock and
    // arm faults, so they run one at a time against a server and database of their own.
    {
      name: "control",
      testMatch: ["control/**/*.spec.ts", "kit-example/**/*.spec.ts"],
      workers: 1,
      use: { baseURL: CONTROL_ENV.PUBLIC_BASE_URL, viewport: { width: 1280, height: 900 } },
    },
  ],
  // Web servers start one after the other: the second instance attaches to the database the first prepared.
  webServer: [
    server("", TEST_ENV.PUBLIC_BASE_URL),
    ...(INSTANCE_B ? [server(" --instance-b", INSTANCE_B)] : []),
    server("", CONTROL_ENV.PUBLIC_BASE_URL, { E2E_SERVER: "control" }),
  ],
});
