// Process-wide state shared by every copy of a module. The portal's server (lib/server.ts) loads the hot
// route handlers outside Next's bundle, so each lib/ module they reach exists twice in the process: once
// in the bundle, once as loaded by tsx. Module-level state would then be kept twice (two Prisma clients,
// two key caches, two rate limits, two write batches); state made through here lives once, on globalThis.

/** The process's one value under `name`, made by `create` on first use (by whichever copy comes first). */
export function processGlobal<T>(name: string, create: () => T): T {
  const store = globalThis as unknown as Record<symbol, T | undefined>;
  const key = Symbol.for(`altinn-simulator:${name}`);
  return (store[key] ??= create());
}
