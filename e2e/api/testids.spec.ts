// The data-testids the README promises to outside suites (README "Test kit") are still in the pages: a
// rename breaks this test before it breaks someone else's suite. The pages' behaviour behind them is
// tested in the browser project and the kit's example suite.
import { expect, test } from "@playwright/test";
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";

function sources(dir: string): string {
  return readdirSync(dir)
    .map((name) => join(dir, name))
    .map((p) => (statSync(p).isDirectory() ? sources(p) : p.endsWith(".tsx") ? readFileSync(p, "utf8") : ""))
    .join("\n");
}

function documentedTestIds(): string[] {
  const readme = readFileSync("README.md", "utf8");
  const start = readme.indexOf("Stable `data-testid`s for suites");
  const table = readme.slice(start, readme.indexOf("\n\n", readme.indexOf("| page | data-testids |", start)));
  return table
    .split("\n")
    .filter((line) => line.startsWith("| ") && !line.startsWith("| page"))
    .flatMap((line) => [...line.split("|")[2]!.matchAll(/`([a-z][a-z0-9{}-]*)`/gi)].map((m) => m[1]!))
    .filter((id) => id !== "data-id"); // the attribute beside some testids, not one itself
}

test("every data-testid the README documents is in the pages", () => {
  const app = sources("app");
  const ids = documentedTestIds();
  expect(ids.length).toBeGreaterThan(40);
  // `agent-{systemUserId}` is written as a template: `agent-${...}`
  const missing = ids.filter((id) => (id.includes("{") ? !app.includes(`"${id.slice(0, id.indexOf("{"))}\${`) && !app.includes(`\`${id.slice(0, id.indexOf("{"))}\${`) : !app.includes(`"${id}"`)));
  expect(missing).toEqual([]);
});
