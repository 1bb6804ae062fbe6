// The system form's hint about Maskinporten client ids (pure: the form is a client component).

export interface VendorClientOption {
  clientId: string;
  name: string;
  /** The system the client id is registered on, if any: a client id belongs to one system only (AUTH.VLD-00004). */
  systemId: string | null;
}

type Translate = (key: "clientsFree" | "noClientFree" | "clientsInUse", values?: { clients: string }) => string;

/**
 * The form's hint about client ids: the clients it may take (free ones, and the system's own when editing)
 * and, when none is free, the way out, since a client id belongs to one system only.
 */
export function clientIdHint(clients: readonly VendorClientOption[], systemId: string | undefined, t: Translate): string {
  const usable = clients.filter((c) => c.systemId === null || c.systemId === systemId);
  const taken = clients.filter((c) => c.systemId !== null && c.systemId !== systemId);
  const free = usable.length ? t("clientsFree", { clients: usable.map((c) => `${c.name} = ${c.clientId}`).join("; ") }) : t("noClientFree");
  return taken.length ? `${free} ${t("clientsInUse", { clients: taken.map((c) => `${c.name} (${c.systemId})`).join("; ") })}` : free;
}
