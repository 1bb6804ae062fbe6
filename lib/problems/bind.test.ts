import { test } from "node:test";
import assert from "node:assert/strict";
import { z } from "zod";
import { bind } from "./bind";
import { BindingProblem } from "./problem";

const schema = z.object({
  id: z.string(),
  vendor: z.object({ authority: z.string(), ID: z.string() }),
  allowedRedirectUrls: z.array(z.string()).default([]),
  rights: z.array(z.object({ resource: z.array(z.object({ id: z.string(), value: z.string() })), action: z.string().optional() })).optional(),
  redirectUrl: z.string().optional(),
});

test("property names bind case-insensitively, as ASP.NET Core's web defaults do", () => {
  const v = bind(schema, {
    Id: "x",
    Vendor: { Authority: "iso6523-actorid-upis", id: "0192:991825827" },
    allowedredirecturls: ["https://a.example"],
    RIGHTS: [{ Resource: [{ ID: "urn:altinn:resource", VALUE: "r" }] }],
  });
  assert.deepEqual(v, {
    id: "x",
    vendor: { authority: "iso6523-actorid-upis", ID: "0192:991825827" },
    allowedRedirectUrls: ["https://a.example"],
    rights: [{ resource: [{ id: "urn:altinn:resource", value: "r" }] }],
  });
});

test("null for an optional member is absent; unknown members are ignored", () => {
  const v = bind(schema, { id: "x", vendor: { authority: "a", ID: "b" }, redirectUrl: null, rights: [{ resource: [], action: null }], extra: 1 });
  assert.deepEqual(v, { id: "x", vendor: { authority: "a", ID: "b" }, allowedRedirectUrls: [], rights: [{ resource: [] }] });
});

test("a body of the wrong shape is ASP.NET's binding problem with JSON paths", () => {
  assert.throws(
    () => bind(schema, { id: 1, vendor: null }),
    (e: unknown) => e instanceof BindingProblem && "$.id" in e.errors && "$.vendor" in e.errors,
  );
  assert.throws(() => bind(schema, { id: "x", vendor: { authority: "a", ID: "b" }, redirectUrl: 5 }), BindingProblem);
});
