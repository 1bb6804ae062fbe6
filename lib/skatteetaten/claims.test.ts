import { test } from "node:test";
import assert from "node:assert/strict";
import { toKravOgBetalinger } from "./claims";

test("amounts in NOK from øre, dates as YYYY-MM-DD, the sum exact", () => {
  const rows = [
    { id: "k1", claimType: "MVA", description: "d", period: "2026-T5", dueDate: new Date("2026-12-10T00:00:00Z"), amountOre: 10, kid: "1" },
    { id: "k2", claimType: "MVA", description: "d", period: "2026-T5", dueDate: new Date("2027-01-10T00:00:00Z"), amountOre: 20, kid: "2" },
  ];
  const out = toKravOgBetalinger("310904473", rows);
  assert.equal(out.krav[0]?.gjenstaaendeBeloep, 0.1);
  assert.equal(out.krav[1]?.forfallsdato, "2027-01-10");
  assert.equal(out.sumGjenstaaende, 0.3); // 0.1 + 0.2 would be 0.30000000000000004
  assert.equal(out.valuta, "NOK");
  assert.deepEqual(toKravOgBetalinger("310904473", []), { organisasjonsnummer: "310904473", krav: [], sumGjenstaaende: 0, valuta: "NOK" });
});
