// `npm test`: the whole suite, as CI runs it. Unit tests (node:test, lib/**/*.test.ts), then the HTTP
// integration, browser, durability and control tests (Playwright, against a built portal on a throwaway
// SQLite database), then the api, durability and control projects again against the same build on
// PostgreSQL (a throwaway cluster) with the two-instance project. Ends
// with the line "N passed, N failed" counting every run and exits non-zero on any failure.
import { execFileSync, spawn, spawnSync } from "node:child_process";
import { closeSync, existsSync, openSync, readFileSync, readdirSync, statSync } from "node:fs";
import { join } from "node:path";
import { chromiumPath } from "./chromium";
import { ensurePostgres, startCluster } from "../lib/ops/pg-cluster";
import { RESULTS_DIR, TEST_ENV } from "./test-env";

const env = { ...process.env, ...TEST_ENV };
const sh = (cmd: string, args: string[]) => execFileSync(cmd, args, { stdio: "inherit", env });

function ensureChromium() {
  if (chromiumPath()) return;
  if (process.getuid?.() === 0) {
    console.log("Chromium is missing: installing Debian's chromium package.");
    sh("apt-get", ["update", "-qq"]);
    sh("apt-get", ["install", "-y", "-qq", "chromium"]);
    return;
  }
  console.log("No Chromium at /usr/bin/chromium (set CHROMIUM_PATH); Playwright's own browser will be tried.");
}

function findTests(dir: string, suffix: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    if (name === "node_modules" || name === "generated") return [];
    if (statSync(p).isDirectory()) return findTests(p, suffix);
    return p.endsWith(suffix) ? [p] : [];
  });
}

function unitTests(): { passed: number; failed: number } {
  const files = [...findTests("lib", ".test.ts"), ...findTests("prisma", ".test.ts")];
  const r = spawnSync(process.execPath, ["--import", "tsx", "--test", "--test-reporter=spec", "--test-reporter-destination=stdout", "--test-reporter=tap", `--test-reporter-destination=${RESULTS_DIR}/unit.tap`, ...files], { stdio: "inherit", env });
  const tap = existsSync(`${RESULTS_DIR}/unit.tap`) ? readFileSync(`${RESULTS_DIR}/unit.tap`, "utf8") : "";
  const count = (k: string) => Number(new RegExp(`^# ${k} (\\d+)$`, "m").exec(tap)?.[1] ?? 0);
  const failed = count("fail") + count("cancelled") + (r.status !== 0 && count("fail") === 0 ? 1 : 0);
  return { passed: count("pass"), failed };
}

function playwrightTests(args: string[], runEnv: NodeJS.ProcessEnv = env, resultsDir = RESULTS_DIR): { passed: number; failed: number; skipped: number } {
  const r = spawnSync("npx", ["playwright", "test", ...args], { stdio: "inherit", env: runEnv });
  const file = `${resultsDir}/playwright.json`;
  if (!existsSync(file)) return { passed: 0, failed: 1, skipped: 0 };
  const stats = JSON.parse(readFileSync(file, "utf8")).stats as { expected: number; unexpected: number; flaky: number; skipped: number };
  const failed = stats.unexpected + stats.flaky + (r.status !== 0 && stats.unexpected === 0 ? 1 : 0);
  return { passed: stats.expected, failed, skipped: stats.skipped };
}

// The projects on PostgreSQL, against the same build (it carries both Prisma clients: lib/db-client.ts).
function postgresTests(): { passed: number; failed: number; skipped: number } {
  const bin = ensurePostgres();
  if (!bin) {
    console.log("PostgreSQL server binaries are missing and we are not root: the PostgreSQL run counts as failed.");
    return { passed: 0, failed: 1, skipped: 0 };
  }
  // A port of our own: the next one up when another cluster (another run on this machine) holds it.
  const first = Number(process.env.E2E_PG_PORT || 55432);
  let cluster: ReturnType<typeof startCluster> | undefined;
  for (let port = first; !cluster; port++) {
    try {
      cluster = startCluster(bin, process.env.E2E_PG_DIR || `/tmp/altinn-sim-pg-${port}`, port);
    } catch (e) {
      if (port >= first + 9) {
        console.error("PostgreSQL could not start:", e);
        return { passed: 0, failed: 1, skipped: 0 };
      }
    }
  }
  const resultsDir = `${RESULTS_DIR}/pg`;
  // Two instances of the build on the one database (E2E_INSTANCES=2): the api project runs against the
  // first, the multi project sends its steps to both, the durability project kills a portal of its own.
  const pgEnv = { ...process.env, E2E_DB: cluster.url("e2e"), E2E_RESULTS: resultsDir, E2E_INSTANCES: "2" };
  try {
    sh("rm", ["-rf", resultsDir]);
    return playwrightTests(["--project=api", "--project=multi", "--project=durability", "--project=control", ...process.argv.slice(2)], pgEnv, resultsDir);
  } finally {
    cluster.stop();
  }
}

ensureChromium();
sh("mkdir", ["-p", "test-results"]);
sh("rm", ["-f", `${RESULTS_DIR}/unit.tap`, `${RESULTS_DIR}/playwright.json`]);
// The build runs beside the unit tests (its output is printed once they are done): on 2 cores the two
// overlap well, as neither keeps both cores busy all the time.
// (To a file, not a pipe: the unit tests' spawnSync blocks this process, and a full pipe would stall the build.)
const buildLog = `${RESULTS_DIR}/next-build.log`;
const buildFd = openSync(buildLog, "w");
const build = spawn("npx", ["next", "build"], { env, stdio: ["ignore", buildFd, buildFd] });
const built = new Promise<number>((resolve) => build.on("close", (code) => resolve(code ?? 1)));
const unit = unitTests();
const buildStatus = await built;
closeSync(buildFd);
process.stdout.write(readFileSync(buildLog));
if (buildStatus !== 0) {
  console.log(`\nnext build failed (exit ${buildStatus}): no Playwright run.\n${unit.passed} passed, ${unit.failed + 1} failed`);
  process.exit(1);
}
const pw = playwrightTests(process.argv.slice(2));
const pgRun = postgresTests();
const passed = unit.passed + pw.passed + pgRun.passed;
const failed = unit.failed + pw.failed + pgRun.failed;
const skipped = pw.skipped + pgRun.skipped;
console.log(`\nunit: ${unit.passed} passed, ${unit.failed} failed; playwright: ${pw.passed} passed, ${pw.failed} failed, ${pw.skipped} skipped; PostgreSQL (api, multi, durability): ${pgRun.passed} passed, ${pgRun.failed} failed, ${pgRun.skipped} skipped`);
console.log(`${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ""}`);
process.exit(failed > 0 ? 1 : 0);
