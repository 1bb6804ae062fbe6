// Generates lib/parties/access-package-catalogue.json from Altinn's own constants, once per upgrade:
//
//   npx tsx prisma/generate-access-packages.ts <bare git dir of Altinn/altinn-authorization-tmp> [commit]
//
// (the `fetch` tool gives such a git dir). Read from the Access Management's static data:
//   Constants/PackageConstants.cs   every access package: urn, code, names and descriptions (nb, en, nn),
//                                   isDelegable, isAssignable, isAvailableForServiceOwners, entity type, area
//   Constants/AreaConstants.cs      areas ("fullmaktsområder") and their group
//   Constants/AreaGroupConstants.cs area groups (Allment, Bransje, Særskilt, Innbygger, Vergemål)
//   Constants/RoleConstants.cs      roles: code, urn, legacy (Enhetsregisteret) code
//   Data/IngestRolePackage.cs       which role gives which package (RolePackage rows)
// under src/apps/Altinn.AccessManagement/src/Altinn.AccessMgmt.PersistenceEF/. The parser reads the
// files' regular layout (one `ConstantDefinition<T>` per property) and fails loudly if that layout changes.
import { execFileSync } from "node:child_process";
import { writeFileSync } from "node:fs";
import path from "node:path";

const [gitDir, commitArg] = process.argv.slice(2);
if (!gitDir) throw new Error("usage: tsx prisma/generate-access-packages.ts <git dir> [commit]");
const git = (...args: string[]) => execFileSync("git", ["--git-dir", gitDir, ...args], { encoding: "utf8", maxBuffer: 64 << 20 });
const commit = git("rev-parse", commitArg ?? "HEAD").trim();
const committed = git("show", "-s", "--format=%cs", commit).trim();
const BASE = "src/apps/Altinn.AccessManagement/src/Altinn.AccessMgmt.PersistenceEF";
const read = (file: string) => git("show", `${commit}:${BASE}/${file}`).replace(/^\uFEFF/, "");

const csString = (s: string) => JSON.parse(s) as string;

interface Definition {
  prop: string;
  id: string;
  fields: Record<string, string>;
  en: Record<string, string>;
  nn: Record<string, string>;
}

/** Splits a C# constants class into its `ConstantDefinition<T>` properties. */
function definitions(source: string, type: string): Definition[] {
  const head = new RegExp(`public static ConstantDefinition<${type}> (\\w+) \\{ get; \\} = new ConstantDefinition<${type}>\\("([0-9a-f-]{36})"\\)`, "g");
  const starts = [...source.matchAll(head)];
  return starts.map((m, i) => {
    const body = source.slice(m.index! + m[0].length, starts[i + 1]?.index ?? source.length);
    const entity = body.slice(body.indexOf("Entity = new()"), body.search(/\n\s+(EN|NN) = /) >>> 0);
    const fields: Record<string, string> = {};
    for (const f of entity.matchAll(/^\s+(\w+) = ("(?:[^"\\]|\\.)*"|[^,\n]+),?\s*$/gm)) fields[f[1]!] = f[2]!.trim();
    const translations = (lang: string) => {
      const block = body.match(new RegExp(`\\b${lang} = TranslationEntryList\\.Create\\(([\\s\\S]*?)\\)\\s*,?\\s*\\n\\s*(?:[A-Z]{2} =|\\};)`));
      const out: Record<string, string> = {};
      for (const kv of block?.[1]?.matchAll(/KeyValuePair\.Create\("(\w+)", ("(?:[^"\\]|\\.)*")\)/g) ?? []) out[kv[1]!] = csString(kv[2]!);
      return out;
    };
    return { prop: m[1]!, id: m[2]!, fields, en: translations("EN"), nn: translations("NN") };
  });
}

const str = (d: Definition, field: string): string => {
  const v = d.fields[field];
  if (v === undefined || !v.startsWith('"')) throw new Error(`${d.prop}: ${field} is not a string literal (${v})`);
  return csString(v);
};
const bool = (d: Definition, field: string): boolean => {
  const v = d.fields[field];
  if (v !== "true" && v !== "false") throw new Error(`${d.prop}: ${field} is not a boolean (${v})`);
  return v === "true";
};
const ref = (d: Definition, field: string, cls: string): string => {
  const m = d.fields[field]?.match(new RegExp(`^${cls}\\.(\\w+)(?:\\.Id)?$`));
  if (!m) throw new Error(`${d.prop}: ${field} is not a ${cls} reference (${d.fields[field]})`);
  return m[1]!;
};

const groups = new Map(definitions(read("Constants/AreaGroupConstants.cs"), "AreaGroup").map((g) => [g.prop, { name: str(g, "Name"), en: g.en.Name }]));
const areas = new Map(
  definitions(read("Constants/AreaConstants.cs"), "Area").map((a) => {
    const group = groups.get(ref(a, "GroupId", "AreaGroupConstants"));
    if (!group) throw new Error(`area ${a.prop}: unknown group`);
    return [a.prop, { urn: str(a, "Urn"), name: str(a, "Name"), nameEn: a.en.Name, nameNn: a.nn.Name, group: group.name, groupEn: group.en }];
  }),
);

const packageDefs = definitions(read("Constants/PackageConstants.cs"), "Package");
const packages = packageDefs.map((p) => {
  const area = areas.get(ref(p, "AreaId", "AreaConstants"));
  if (!area) throw new Error(`package ${p.prop}: unknown area`);
  return {
    id: p.id,
    urn: str(p, "Urn"),
    code: str(p, "Code"),
    name: { nb: str(p, "Name"), ...(p.en.Name ? { en: p.en.Name } : {}), ...(p.nn.Name ? { nn: p.nn.Name } : {}) },
    description: { nb: str(p, "Description"), ...(p.en.Description ? { en: p.en.Description } : {}), ...(p.nn.Description ? { nn: p.nn.Description } : {}) },
    isDelegable: bool(p, "IsDelegable"),
    isAssignable: bool(p, "IsAssignable"),
    isAvailableForServiceOwners: bool(p, "IsAvailableForServiceOwners"),
    entityType: ref(p, "EntityTypeId", "EntityTypeConstants"),
    area: area.urn,
  };
});
const packageByProp = new Map(packageDefs.map((p, i) => [p.prop, packages[i]!]));

const roleDefs = definitions(read("Constants/RoleConstants.cs"), "Role");
const roleByProp = new Map(
  roleDefs.map((r) => [r.prop, { code: str(r, "Code"), urn: str(r, "Urn"), legacyCode: r.fields.LegacyCode?.startsWith('"') ? str(r, "LegacyCode") : null, name: str(r, "Name") }]),
);

// IngestRolePackage: `var roleX = RoleConstants.Y.Id;`, `var packageX = PackageConstants.Y.Id;`, then rows.
const ingest = read("Data/IngestRolePackage.cs");
const vars = new Map([...ingest.matchAll(/var (\w+) = (RoleConstants|PackageConstants)\.(\w+)\.Id;/g)].map((m) => [m[1]!, m[3]!]));
const resolve = (expr: string, cls: string) => {
  const m = expr.match(new RegExp(`^${cls}\\.(\\w+)(?:\\.Id)?$`));
  return m ? m[1]! : vars.get(expr);
};
const rolePackages = [...ingest.matchAll(/new RolePackage\(\) \{([^}]*)\}/g)].map((m) => {
  const f = Object.fromEntries([...m[1]!.matchAll(/(\w+) = ([^,]+?)\s*(?:,|$)/g)].map((x) => [x[1]!, x[2]!.trim()]));
  const role = roleByProp.get(resolve(f.RoleId ?? "", "RoleConstants") ?? "");
  const pkg = packageByProp.get(resolve(f.PackageId ?? "", "PackageConstants") ?? "");
  if (!role || !pkg) throw new Error(`RolePackage row not resolved: ${m[0]}`);
  const variant = (f.EntityVariantId ?? f.EntityVariant ?? "null").match(/^EntityVariantConstants\.(\w+)\.Id$/)?.[1] ?? null;
  return { role: role.urn, package: pkg.urn, entityVariant: variant, canDelegate: f.CanDelegate === "true", hasAccess: f.HasAccess === "true" };
});

const usedRoles = new Set(rolePackages.map((r) => r.role));
const catalogue = {
  source: { repository: "Altinn/altinn-authorization-tmp", commit, committed, path: BASE },
  areas: [...areas.values()],
  packages,
  roles: [...roleByProp.values()].filter((r) => usedRoles.has(r.urn)),
  rolePackages,
};
const out = path.join(import.meta.dirname, "../lib/parties/access-package-catalogue.json");
writeFileSync(out, JSON.stringify(catalogue, null, 1) + "\n");
console.log(`${packages.length} packages, ${areas.size} areas, ${rolePackages.length} role-package rows from ${commit} → ${out}`);
