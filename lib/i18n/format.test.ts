// Norway's wall-clock time in the audit log's filter fields (Europe/Oslo: UTC+1 in winter, UTC+2 in summer).
import { test } from "node:test";
import assert from "node:assert/strict";
import { norwayLocalInput, norwayLocalToIso } from "./format";

test("a datetime-local value is read as Norway's time, winter and summer", () => {
  assert.equal(norwayLocalToIso("2026-12-03T15:05"), "2026-12-03T14:05:00.000Z");
  assert.equal(norwayLocalToIso("2026-07-01T15:05:30"), "2026-07-01T13:05:30.000Z");
  // the night of the change to summer time (29 March 2026, 02:00 → 03:00) and back (25 October, 03:00 → 02:00)
  assert.equal(norwayLocalToIso("2026-03-29T01:30"), "2026-03-29T00:30:00.000Z");
  assert.equal(norwayLocalToIso("2026-03-29T03:30"), "2026-03-29T01:30:00.000Z");
  assert.equal(norwayLocalToIso("2026-10-25T04:00"), "2026-10-25T03:00:00.000Z");
});

test("anything but a datetime-local value is not read", () => {
  for (const v of ["2026-12-03", "2026-12-03T15:05Z", "2026-12-03T15:05+01:00", "yesterday", ""]) assert.equal(norwayLocalToIso(v), null, v);
});

test("a moment is shown as Norway's wall clock, and read back to the same moment", () => {
  const at = new Date("2026-12-03T14:05:09.000Z");
  assert.equal(norwayLocalInput(at), "2026-12-03T15:05:09");
  assert.equal(norwayLocalToIso(norwayLocalInput(at)), at.toISOString());
  assert.equal(norwayLocalInput(new Date("2026-07-01T22:30:00Z")), "2026-07-02T00:30:00");
});
