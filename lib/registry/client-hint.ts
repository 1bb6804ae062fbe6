// The system form's hint about Maskinporten client ids (pure: the form is a client component).

export interface VendorClientOption {
  clientId: string;
  name: string;
  /** The system the client id is registered on, if any: a client id belongs to one system only (AUTH.VLD-00004). */
  systemId: string | null;
}

/**
 * The form's hint about client ids: the clients it may take (free ones, and the system's own when editing)
 * and, when none is free, the way out: a client id belongs to one system only.
 */
export function clientIdHint(clients: readonly VendorClientOption[], systemId?: string): string {
  const usable = clients.filter((c) => c.systemId === null || c.systemId === systemId);
  const taken = clients.filter((c) => c.systemId !== null && c.systemId !== systemId);
  const inUse = taken.length ? ` In use by another system (a client id belongs to one system only): ${taken.map((c) => `${c.name} (${c.systemId})`).join("; ")}.` : "";
  if (usable.length) return `Your clients free for this system: ${usable.map((c) => `${c.name} = ${c.clientId}`).join("; ")}.${inUse}`;
  return `None of your Maskinporten clients is free: create one under Maskinporten clients first, then paste its client id here.${inUse}`;
}
