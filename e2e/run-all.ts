// `npm test`: the whole suite, as CI runs it. Unit tests (node:test, lib/**/*.test.ts), then the HTTP
// integration and browser tests (Playwright, against a built portal on a throwaway database). Ends with
// the line "N passed, N failed" and exits non-zero on any failure.
import { execFileSync, spawnSync } from "node:child_process";
import { existsSync, readFileSync, readdirSync, statSync } from "node:fs";
import { join } from "node:path";
import { chromiumPath } from "./chromium";
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

function playwrightTests(): { passed: number; failed: number; skipped: number } {
  const r = spawnSync("npx", ["playwright", "test", ...process.argv.slice(2)], { stdio: "inherit", env });
  const file = `${RESULTS_DIR}/playwright.json`;
  if (!existsSync(file)) return { passed: 0, failed: 1, skipped: 0 };
  const stats = JSON.parse(readFileSync(file, "utf8")).stats as { expected: number; unexpected: number; flaky: number; skipped: number };
  const failed = stats.unexpected + stats.flaky + (r.status !== 0 && stats.unexpected === 0 ? 1 : 0);
  return { passed: stats.expected, failed, skipped: stats.skipped };
}

ensureChromium();
sh("mkdir", ["-p", "test-results"]);
sh("rm", ["-f", `${RESULTS_DIR}/unit.tap`, `${RESULTS_DIR}/playwright.json`]);
sh("npx", ["prisma", "generate"]);
const unit = unitTests();
sh("npx", ["next", "build"]);
const pw = playwrightTests();
const passed = unit.passed + pw.passed;
const failed = unit.failed + pw.failed;
console.log(`\nunit: ${unit.passed} passed, ${unit.failed} failed; playwright: ${pw.passed} passed, ${pw.failed} failed, ${pw.skipped} skipped`);
console.log(`${passed} passed, ${failed} failed${pw.skipped ? `, ${pw.skipped} skipped` : ""}`);
process.exit(failed > 0 ? 1 : 0);
