// Persona login: every person of the cast lands in the right area, is refused in the others, and
// anonymous visitors of role pages are sent to login.
import { expect, test } from "@playwright/test";
import { loginAs, screenshot } from "./helpers";

const AREAS = {
  serviceOwner: "/serviceowner",
  vendor: "/vendor",
  endUser: "/accessmanagement/ui/systemuser/overview",
  clientAdmin: "/accessmanagement/ui/clientadministration",
} as const;
type AreaName = keyof typeof AREAS;

// Expected from the cast's roles (prisma/cast.ts), written out independently of lib/parties/roles.ts.
const CAST: { name: string; pid: string; org?: string; areas: AreaName[] }[] = [
  { name: "RASK BLÅ ELG", pid: "11887910024", areas: ["serviceOwner"] },
  { name: "LUR GRØNN REV", pid: "23858510058", areas: ["vendor"] },
  { name: "STADIG KONSERT", pid: "15919110098", areas: ["endUser"] },
  { name: "SKEPTISK GRÅ MUS", pid: "02877310097", areas: [] },
  { name: "DRESS MINST", pid: "06857897380", areas: ["endUser", "clientAdmin"] },
  { name: "GLAD LEI PUMA", pid: "02895998748", areas: ["endUser"] },
  { name: "EVENTYRLIG FALK", pid: "31886896576", areas: ["endUser"] },
  { name: "FRISK RØD ULV", pid: "30916610064", areas: ["vendor"] },
  { name: "FLITTIG GUL HARE", pid: "09909410026", org: "FLINK REGNSKAP AS", areas: ["endUser", "clientAdmin"] },
];

for (const person of CAST) {
  test(`${person.name} lands in the right area and is refused in the others`, async ({ page }) => {
    await loginAs(page, person.pid, { orgName: person.org });
    const landed = new URL(page.url()).pathname;
    if (person.areas.length === 1) {
      expect(landed).toBe(AREAS[person.areas[0]!]);
    } else {
      expect(landed).toBe("/start");
      if (person.areas.length === 0) await expect(page.getByText("You have no role area")).toBeVisible();
      for (const a of person.areas) await expect(page.getByRole("main").locator(`a[href="${AREAS[a]}"]`)).toBeVisible();
    }
    await screenshot(page, `login-${person.pid}-landing`);

    for (const [area, path] of Object.entries(AREAS) as [AreaName, string][]) {
      const res = await page.goto(path);
      if (person.areas.includes(area)) {
        expect(res?.status()).toBe(200);
        await expect(page.getByTestId(`area-${area}`)).toBeVisible();
        await screenshot(page, `area-${area}-${person.pid}`);
      } else {
        expect(res?.status()).toBe(403);
        await expect(page.getByTestId("not-allowed")).toBeVisible();
        await expect(page.getByTestId(`area-${area}`)).toHaveCount(0);
      }
    }
  });
}

test("a person with several organisations chooses who to act for, and can switch", async ({ page }) => {
  await loginAs(page, "09909410026");
  await expect(page).toHaveURL(/\/velg-aktor/);
  await screenshot(page, "velg-aktor");
  await page.getByRole("button", { name: "KONKURRENT DATA AS" }).click();
  await expect(page).toHaveURL(/\/accessmanagement\/ui\/systemuser\/overview$/);
  await expect(page.getByTestId("whoami")).toContainText("KONKURRENT DATA AS");
  // as access manager of KONKURRENT (no client relations) the client administration is closed
  expect((await page.goto(AREAS.clientAdmin))?.status()).toBe(403);
  await page.goto("/velg-aktor");
  await page.getByRole("button", { name: "FLINK REGNSKAP AS" }).click();
  await expect(page.getByTestId("whoami")).toContainText("FLINK REGNSKAP AS");
  expect((await page.goto(AREAS.clientAdmin))?.status()).toBe(200);
});

test("anonymous visitors of any role page are sent to login, and come back after it", async ({ page }) => {
  for (const path of Object.values(AREAS)) {
    await page.goto(path);
    await expect(page).toHaveURL(new RegExp(`/login\\?callbackUrl=${encodeURIComponent(path).replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}`));
  }
  await loginAs(page, "11887910024", { callbackUrl: AREAS.serviceOwner });
  await expect(page).toHaveURL(/\/serviceowner$/);
});

test("a wrong check digit and an unknown number are refused with a clear message", async ({ page }) => {
  await page.goto("/login");
  const field = page.getByLabel("National identity number (fødselsnummer)");
  await field.fill("06857897381");
  await page.getByRole("button", { name: "Log in", exact: true }).click();
  await expect(page.getByText("The check digits of this national identity number are wrong.")).toBeVisible();
  await screenshot(page, "login-bad-checksum");
  await field.fill("12345");
  await page.getByRole("button", { name: "Log in", exact: true }).click();
  await expect(page.getByText("A national identity number has 11 digits.")).toBeVisible();
  await field.fill("14928210031"); // valid synthetic number, not in the cast
  await page.getByRole("button", { name: "Log in", exact: true }).click();
  await expect(page.getByText("No person in the test cast has this national identity number.")).toBeVisible();
  await expect(page.getByTestId("whoami")).toHaveCount(0);
});

test("the landing page lists the cast with one-click login", async ({ page }) => {
  await page.goto("/");
  await expect(page.getByRole("heading", { name: "The system-user chain on one machine" })).toBeVisible();
  await screenshot(page, "landing");
  await page.getByRole("button", { name: "Log in as LUR GRØNN REV" }).click();
  await expect(page).toHaveURL(/\/vendor$/);
  await expect(page.getByTestId("whoami")).toContainText("LUR GRØNN REV · for SMARTCLOUD AS");
});

test("the session cannot be pointed at an organisation the person has no relation to", async ({ page }) => {
  await loginAs(page, "15919110098");
  // a forged party choice posted to the chooser: the relation is checked on the server
  await page.goto("/velg-aktor");
  // after hydration: React would otherwise write the rendered value back over the forged one
  await page.waitForLoadState("networkidle");
  await page.evaluate(() => {
    const input = document.querySelector<HTMLInputElement>('input[name="orgNo"]');
    if (input) input.value = "314250052";
  });
  await page.getByRole("button", { name: "TILFELDIG SUBTIL APE" }).click();
  await expect(page.getByText("You have no relation to that organisation.")).toBeVisible();
  await expect(page.getByTestId("whoami")).toContainText("TILFELDIG SUBTIL APE");
  expect((await page.goto(AREAS.clientAdmin))?.status()).toBe(403);
});
