import { test } from "node:test";
import assert from "node:assert/strict";
import { localeFromAcceptLanguage, localized, pickLocale } from "./locale";

test("the cookie wins over the browser's languages", () => {
  assert.equal(pickLocale("en", "nb-NO,nb;q=0.9"), "en");
  assert.equal(pickLocale("nb", "en-US,en;q=0.9"), "nb");
});

test("an unknown cookie value is ignored", () => {
  assert.equal(pickLocale("de", "en-US"), "en");
});

test("Accept-Language picks the best supported language by q-value", () => {
  for (const [header, want] of [
    ["en-US,en;q=0.9", "en"],
    ["nb-NO,nb;q=0.9,en;q=0.8", "nb"],
    ["no", "nb"],
    ["nn-NO", "nb"],
    ["de-DE,en;q=0.5,nb;q=0.7", "nb"],
    ["de-DE,fr;q=0.5", undefined],
    ["en;q=0,nb;q=0.1", "nb"],
    ["", undefined],
  ] as const) {
    assert.equal(localeFromAcceptLanguage(header), want, header);
  }
});

test("Norwegian bokmål when nothing else decides", () => {
  assert.equal(pickLocale(undefined, undefined), "nb");
  assert.equal(pickLocale(undefined, "sv-SE"), "nb");
});

test("localized texts fall back to bokmål, then to any language", () => {
  assert.equal(localized({ nb: "Krav", en: "Claims" }, "en"), "Claims");
  assert.equal(localized({ nb: "Krav", en: "" }, "en"), "Krav");
  assert.equal(localized({ nn: "Krav nn" }, "en"), "Krav nn");
  assert.equal(localized(null, "nb"), "");
});

test("a row's columns per language give the chosen one", async () => {
  const { localizedColumn } = await import("./locale");
  const row = { nameNb: "Regnskap", nameNn: "Rekneskap", nameEn: "Accounting" };
  assert.equal(localizedColumn(row, "name", "en"), "Accounting");
  assert.equal(localizedColumn(row, "name", "nb"), "Regnskap");
  assert.equal(localizedColumn({ nameNb: "Regnskap", nameEn: "" }, "name", "en"), "Regnskap");
});
