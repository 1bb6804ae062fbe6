// A throwaway PostgreSQL cluster for the test run: its own data folder and port, stopped at the end.
// Debian's server binaries live in /usr/lib/postgresql/<version>/bin (not on PATH); initdb refuses to
// run as root, so as root the cluster is created and run by the `postgres` user.
import { execFileSync } from "node:child_process";
import { chmodSync, existsSync, mkdirSync, readdirSync, rmSync } from "node:fs";
import { resolve } from "node:path";
import pg from "pg";

export function pgBinDir(): string | undefined {
  const root = "/usr/lib/postgresql";
  if (!existsSync(root)) return undefined;
  const v = readdirSync(root).filter((d) => existsSync(`${root}/${d}/bin/initdb`)).sort((a, b) => Number(b) - Number(a))[0];
  return v ? `${root}/${v}/bin` : undefined;
}

/** Installs Debian's postgresql when the server binaries are missing and we are root. */
export function ensurePostgres(): string | undefined {
  if (pgBinDir()) return pgBinDir();
  if (process.getuid?.() !== 0) return undefined;
  console.log("PostgreSQL is missing: installing Debian's postgresql package.");
  execFileSync("apt-get", ["update", "-qq"], { stdio: "inherit" });
  execFileSync("apt-get", ["install", "-y", "-qq", "postgresql"], { stdio: "inherit", env: { ...process.env, DEBIAN_FRONTEND: "noninteractive" } });
  return pgBinDir();
}

export type Cluster = { url: (db: string) => string; stop: () => void };

/** `fsync: true` for figures a real server would give (the bench); tests run without it (faster, and a killed server loses nothing). */
export function startCluster(bin: string, dir: string, port: number, { fsync = false }: { fsync?: boolean } = {}): Cluster {
  const asRoot = process.getuid?.() === 0;
  const run = (cmd: string, args: string[]) =>
    execFileSync(asRoot ? "runuser" : `${bin}/${cmd}`, asRoot ? ["-u", "postgres", "--", `${bin}/${cmd}`, ...args] : args, { stdio: ["ignore", "ignore", "inherit"] });
  const data = resolve(dir);
  rmSync(data, { recursive: true, force: true });
  mkdirSync(data, { recursive: true });
  if (asRoot) execFileSync("chown", ["postgres:postgres", data]);
  chmodSync(data, 0o700);
  const user = asRoot ? "postgres" : (process.env.USER ?? "postgres");
  run("initdb", ["-D", data, "-U", user, "-A", "trust", "--no-sync", "-E", "UTF8"]);
  run("pg_ctl", ["-D", data, "-l", `${data}/log`, "-w", "-o", `-p ${port} -k ${data} -c listen_addresses=localhost -c fsync=${fsync ? "on" : "off"} -c max_connections=200`, "start"]);
  let stopped = false;
  return {
    url: (db) => `postgresql://${user}@localhost:${port}/${db}`,
    stop: () => {
      if (stopped) return;
      stopped = true;
      try {
        run("pg_ctl", ["-D", data, "-m", "fast", "-w", "stop"]);
      } catch (e) {
        console.error("could not stop the PostgreSQL cluster:", e);
      }
    },
  };
}

/**
 * A throwaway cluster under /tmp/altinn-sim-<name>-<port> on the first free port of ten from `firstPort`
 * (another run on this machine may hold one), with an empty database `db`: its URL and the cluster.
 */
export async function startThrowawayDatabase(bin: string, name: string, firstPort: number, db: string, options: { fsync?: boolean } = {}): Promise<{ cluster: Cluster; url: string }> {
  let cluster: Cluster | undefined;
  for (let port = firstPort; !cluster; port++) {
    try {
      cluster = startCluster(bin, `/tmp/altinn-sim-${name}-${port}`, port, options);
    } catch (e) {
      if (port >= firstPort + 9) throw e;
    }
  }
  const admin = new pg.Client({ connectionString: cluster.url("postgres") });
  await admin.connect();
  try {
    await admin.query(`CREATE DATABASE "${db}"`);
  } finally {
    await admin.end();
  }
  return { cluster, url: cluster.url(db) };
}
