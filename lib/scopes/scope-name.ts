// Maskinporten scope names: "<prefix>:<subscope>". Digdir allocates prefixes to organisations; the
// simulator gives a service owner the prefixes listed here by its org code, else its lower-case org code.
// Platform prefixes (altinn, digdir, ...) belong to the platform and are never given out. Pure.

export const SCOPE_PREFIXES_BY_ORGCODE: Record<string, string[]> = {
  SKD: ["skatteetaten", "skd"],
};

export const PLATFORM_PREFIXES = ["altinn", "digdir", "idporten", "maskinporten", "difi"];

const SUBSCOPE = /^[a-z0-9][a-z0-9._\/-]{0,99}$/;

export function scopePrefixes(orgCode: string): string[] {
  const prefixes = SCOPE_PREFIXES_BY_ORGCODE[orgCode] ?? [orgCode.toLowerCase()];
  return prefixes.filter((p) => !PLATFORM_PREFIXES.includes(p));
}

/** Null when `name` is a scope the org may create, else why not. */
export function scopeNameError(name: string, orgCode: string): string | null {
  const m = /^([a-z0-9]+):(.*)$/.exec(name);
  if (!m) return "A scope is written <prefix>:<name>, in lower case, e.g. skatteetaten:kravogbetalinger.";
  const [, prefix, sub] = m as unknown as [string, string, string];
  if (PLATFORM_PREFIXES.includes(prefix)) return `The prefix '${prefix}:' belongs to the platform.`;
  const own = scopePrefixes(orgCode);
  if (!own.includes(prefix)) return `The prefix '${prefix}:' is not yours; use ${own.map((p) => `'${p}:'`).join(" or ")}.`;
  if (!SUBSCOPE.test(sub)) return "After the prefix: 1–100 lower-case letters, digits, '.', '_', '/' or '-'.";
  return null;
}
