import { test } from "node:test";
import assert from "node:assert/strict";
import { text } from "./text";
import { translatorFor } from "./translator";

test("a text with nested texts and lists renders in each language from the catalogue", () => {
  const verdict = text("permit", { n: 1, actions: ["'read'", "'write'"], by: text("byPackage", { package: "skatt-naering" }) });
  assert.equal(translatorFor("en", "Explain")(verdict), "Permit: rule 1 grants 'read', 'write' and the access package skatt-naering matched it.");
  assert.equal(translatorFor("nb", "Explain")(verdict), "Permit: regel 1 gir 'read', 'write', og tilgangspakken skatt-naering traff den.");
});

test("quotes in the catalogue survive ICU's apostrophe rules", () => {
  const t = translatorFor("en", "Explain");
  assert.equal(t(text("lookupVerdictRef", { ref: "demo-1", refs: [text("quoted", { value: "310904473" })] })), "MP-303 because the externalRef differs: asked 'demo-1', the system user has '310904473'.");
  assert.equal(t(text("lookupVerdictPending", { org: "310904473", request: "r1", status: "New" })), "MP-303 because 310904473's request r1 is New, not approved: no system user exists yet.");
});

test("every catalogue key has both languages", async () => {
  const { default: nb } = await import("./messages/nb.json");
  const { default: en } = await import("./messages/en.json");
  const keys = (o: unknown, p = ""): string[] => (o && typeof o === "object" ? Object.entries(o).flatMap(([k, v]) => keys(v, `${p}${k}.`)) : [p]);
  assert.deepEqual(keys(nb).sort(), keys(en).sort());
});
