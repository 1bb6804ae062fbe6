import { test } from "node:test";
import assert from "node:assert/strict";
import { cliLocale, cliTexts } from "./cli-i18n";

test("--lang decides, then LC_ALL, LC_MESSAGES and LANG, then Norwegian bokmål", () => {
  for (const [argv, env, want] of [
    [["token", "--lang", "en"], { LANG: "nb_NO.UTF-8" }, "en"],
    [["token", "--lang=nb"], { LC_ALL: "en_GB.UTF-8" }, "nb"],
    [["token"], { LC_ALL: "en_US.UTF-8", LANG: "nb_NO.UTF-8" }, "en"],
    [["token"], { LC_MESSAGES: "nn_NO", LANG: "en_US.UTF-8" }, "nb"],
    [["token"], { LANG: "no_NO" }, "nb"],
    [["token"], { LANG: "en" }, "en"],
    [["token"], { LC_ALL: "C.UTF-8", LANG: "en_US.UTF-8" }, "en"],
    [["token"], { LANG: "de_DE.UTF-8" }, "nb"],
    [["token"], {}, "nb"],
    [["token", "--lang", "de"], { LANG: "en_US" }, "en"],
  ] as const) {
    assert.equal(cliLocale([...argv], env), want, `${argv.join(" ")} ${JSON.stringify(env)}`);
  }
});

test("the same text in both languages, from the portal's catalogue", () => {
  assert.equal(cliTexts("en").cli("requestIs", { id: "x", status: "New" }), "Request x is New.");
  assert.equal(cliTexts("nb").cli("requestIs", { id: "x", status: "New" }), "Forespørsel x har status New.");
  assert.equal(cliTexts("nb").step({ key: "tokenSystemUser", values: { org: "310904473" } }), "Hent et systembrukertoken for 310904473");
  assert.match(cliTexts("en").help(), /^Usage: npm run vendor -- <command> \[options\]/);
  assert.match(cliTexts("nb").help(), /^Bruk: npm run vendor -- <kommando> \[valg\]/);
});
